// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "metrics/tokenlabeler.h"

#include <algorithm>

namespace Workbench::Core {

TokenLabeler::Result TokenLabeler::label(
    const TokenGrid &grid, const DocumentSpans &spans, const LabelCodec &codec)
{
    Result result;
    result.labels.fill(LabelCodec::outside, grid.tokenCount());
    struct Range
    {
        qsizetype first;
        qsizetype end;
        int type;
    };
    QList<Range> ranges;
    const qsizetype documents = std::min(spans.size(), grid.documentCount());
    for (qsizetype d = 0; d < documents; ++d) {
        const qsizetype docFirst = grid.documentFirst(d);
        const qsizetype docEnd = grid.documentFirst(d + 1);
        ranges.clear();
        for (const Span &span : spans.at(d)) {
            const int type = codec.typeIndex(span.type);
            if (type < 0) {
                continue;
            }
            // First token ending after the span's start; first token starting at or after its end.
            qsizetype first = docFirst;
            qsizetype lo = docFirst;
            qsizetype hi = docEnd;
            while (lo < hi) {
                const qsizetype mid = (lo + hi) / 2;
                if (grid.end(mid) <= span.start) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            first = lo;
            qsizetype end = first;
            while (end < docEnd && grid.start(end) < span.end) {
                ++end;
            }
            if (first < end) {
                ranges.append(Range{first, end, type});
            }
        }
        std::ranges::stable_sort(
            ranges, [](const Range &a, const Range &b) { return (a.end - a.first) > (b.end - b.first); });
        for (const Range &range : std::as_const(ranges)) {
            const bool free =
                std::all_of(result.labels.cbegin() + range.first, result.labels.cbegin() + range.end,
                    [](LabelCodec::Label l) { return l == LabelCodec::outside; });
            if (!free) {
                ++result.overlapsDropped;
                continue;
            }
            result.labels[range.first] = LabelCodec::begin(range.type);
            for (qsizetype t = range.first + 1; t < range.end; ++t) {
                result.labels[t] = LabelCodec::inside(range.type);
            }
        }
    }
    return result;
}

} // namespace Workbench::Core
