// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "metrics/spanscorer.h"

#include <algorithm>

namespace Workbench::Core {

ScoreTable SpanScorer::score(const DocumentSpans &gold, const DocumentSpans &predicted)
{
    ScoreTable table;
    const qsizetype documents = std::max(gold.size(), predicted.size());
    static const QList<Span> none;
    for (qsizetype d = 0; d < documents; ++d) {
        const QList<Span> &g = d < gold.size() ? gold.at(d) : none;
        const QList<Span> &p = d < predicted.size() ? predicted.at(d) : none;
        // Merge of two sorted lists; equal neighbours (duplicates) are skipped.
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < g.size() || j < p.size()) {
            if (j >= p.size() || (i < g.size() && g.at(i) < p.at(j))) {
                ++table.types[g.at(i).type].gold;
                ++table.overall.gold;
                ++i;
            } else if (i >= g.size() || p.at(j) < g.at(i)) {
                ++table.types[p.at(j).type].predicted;
                ++table.overall.predicted;
                ++j;
            } else {
                ScoreCounts &counts = table.types[g.at(i).type];
                ++counts.gold;
                ++counts.predicted;
                ++counts.truePositives;
                ++table.overall.gold;
                ++table.overall.predicted;
                ++table.overall.truePositives;
                ++i;
                ++j;
            }
            while (i > 0 && i < g.size() && g.at(i) == g.at(i - 1)) {
                ++i;
            }
            while (j > 0 && j < p.size() && p.at(j) == p.at(j - 1)) {
                ++j;
            }
        }
    }
    return table;
}

} // namespace Workbench::Core
