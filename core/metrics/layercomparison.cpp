// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "layercomparison.h"

#include <QMap>

#include <algorithm>

namespace Workbench::Core {

QList<qsizetype> LayerComparison::differingDocuments(const DocumentSpans &a, const DocumentSpans &b)
{
    QList<qsizetype> documents;
    const qsizetype count = std::max(a.size(), b.size());
    for (qsizetype d = 0; d < count; ++d) {
        QList<Span> x = a.value(d);
        QList<Span> y = b.value(d);
        std::ranges::sort(x);
        std::ranges::sort(y);
        x.erase(std::unique(x.begin(), x.end()), x.end());
        y.erase(std::unique(y.begin(), y.end()), y.end());
        if (x != y) {
            documents.append(d);
        }
    }
    return documents;
}

QList<int> LayerComparison::disputedSpans(const QList<DocumentSpans> &layers, const qsizetype documentCount)
{
    QList<int> disputed(documentCount, 0);
    if (layers.size() < 2) {
        return disputed;
    }
    QMap<Span, int> votes; // reused: cleared per document
    for (qsizetype d = 0; d < documentCount; ++d) {
        votes.clear();
        for (const DocumentSpans &layer : layers) {
            QList<Span> spans = layer.value(d); // shared, not copied, unless it must be sorted
            if (!std::ranges::is_sorted(std::as_const(spans))) {
                std::ranges::sort(spans);
            }
            for (qsizetype i = 0; i < spans.size(); ++i) {
                if (i == 0 || spans.at(i) != spans.at(i - 1)) { // a layer votes once per span
                    ++votes[spans.at(i)];
                }
            }
        }
        disputed[d] = int(std::ranges::count_if(votes, [&layers](int n) { return n < layers.size(); }));
    }
    return disputed;
}

} // namespace Workbench::Core
