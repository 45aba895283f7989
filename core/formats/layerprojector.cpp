// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "layerprojector.h"

#include "tokenaligner.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {

QStringList tokenTexts(const TokenGrid &grid)
{
    QStringList texts;
    texts.reserve(grid.tokenCount());
    for (qsizetype t = 0; t < grid.tokenCount(); ++t) {
        const Document &document = grid.documents().at(grid.documentOf(t));
        texts.append(document.text().mid(grid.start(t), grid.end(t) - grid.start(t)));
    }
    return texts;
}

// The first token of [first, end) that ends after \a offset.
qsizetype firstTokenEndingAfter(const TokenGrid &grid, qsizetype first, qsizetype end, int offset)
{
    while (first < end) {
        const qsizetype mid = (first + end) / 2;
        if (grid.end(mid) <= offset) {
            first = mid + 1;
        } else {
            end = mid;
        }
    }
    return first;
}

} // namespace

LayerProjector::Result LayerProjector::project(
    const TokenGrid &reference, const QList<Document> &otherDocuments, const DocumentSpans &otherSpans)
{
    const TokenGrid other(otherDocuments);
    const TokenAligner::Result alignment = TokenAligner::align(tokenTexts(reference), tokenTexts(other));
    Result result;
    result.unalignedTokens = alignment.unalignedOther;
    result.substitutedTokens = alignment.substituted;
    result.spans.resize(reference.documentCount());

    for (qsizetype d = 0; d < std::min(otherSpans.size(), other.documentCount()); ++d) {
        const Document &document = otherDocuments.at(d);
        const qsizetype docFirst = other.documentFirst(d);
        const qsizetype docEnd = other.documentFirst(d + 1);
        for (const Span &span : otherSpans.at(d)) {
            const QString detail =
                u"%1 '%2'"_s.arg(span.type, document.text().mid(span.start, span.end - span.start));
            const qsizetype first = firstTokenEndingAfter(other, docFirst, docEnd, span.start);
            qsizetype last = first;
            while (last + 1 < docEnd && other.start(last + 1) < span.end) {
                ++last;
            }
            if (first >= docEnd || other.start(first) >= span.end) {
                result.loss.add({u"no-token"_s, document.id(), 0, detail});
                continue;
            }
            const int line =
                document.sentences().value(other.sentenceOf(first) - other.sentenceOf(docFirst)).sourceLine;
            if (other.start(first) != span.start || other.end(last) != span.end) {
                result.loss.add({u"endpoint-inside-token"_s, document.id(), line, detail});
                continue;
            }
            const qsizetype refFirst = alignment.otherToReference.at(first);
            const qsizetype refLast = alignment.otherToReference.at(last);
            if (refFirst < 0 || refLast < 0) {
                result.loss.add({u"endpoint-unaligned"_s, document.id(), line, detail});
                continue;
            }
            // Exact only when the span's tokens map one to one onto consecutive reference tokens
            // of one sentence, none of them a guess inside a merged or split token.
            bool oneToOne = reference.sentenceOf(refFirst) == reference.sentenceOf(refLast);
            for (qsizetype t = first; oneToOne && t <= last; ++t) {
                oneToOne =
                    !alignment.fuzzy.at(t) && alignment.otherToReference.at(t) == refFirst + (t - first);
            }
            if (!oneToOne) {
                result.loss.add({u"tokenisation-differs"_s, document.id(), line, detail});
                continue;
            }
            result.spans[reference.documentOf(refFirst)].append(
                Span{reference.start(refFirst), reference.end(refLast), span.type});
        }
    }
    for (QList<Span> &spans : result.spans) {
        std::ranges::sort(spans);
        spans.erase(std::unique(spans.begin(), spans.end()), spans.end());
    }
    return result;
}

} // namespace Workbench::Core
