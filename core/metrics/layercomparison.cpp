// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "metrics/layercomparison.h"

#include <QMap>

#include <algorithm>
#include <limits>

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

namespace {

// A layer's spans of one document, sorted and each once (shared, not copied, when already so).
QList<Span> distinctSorted(const DocumentSpans &layer, const qsizetype document)
{
    QList<Span> spans = layer.value(document);
    if (!std::ranges::is_sorted(std::as_const(spans))) {
        std::ranges::sort(spans);
    }
    if (std::ranges::adjacent_find(std::as_const(spans)) != spans.cend()) {
        spans.erase(std::unique(spans.begin(), spans.end()), spans.end());
    }
    return spans;
}

bool covers(const QList<QSet<qsizetype>> &missing, const qsizetype layer, const qsizetype document)
{
    return !missing.value(layer).contains(document);
}

} // namespace

QList<double> LayerComparison::documentAgreement(
    const QList<DocumentSpans> &layers, const qsizetype documentCount, const QList<QSet<qsizetype>> &missing)
{
    if (layers.size() < 2) {
        return {};
    }
    QList<double> agreement(documentCount, 0.0);
    QList<QList<Span>> spans(layers.size());
    for (qsizetype d = 0; d < documentCount; ++d) {
        for (qsizetype l = 0; l < layers.size(); ++l) {
            spans[l] = distinctSorted(layers.at(l), d);
        }
        double sum = 0;
        int pairs = 0;
        for (qsizetype a = 0; a < spans.size(); ++a) {
            if (!covers(missing, a, d)) {
                continue;
            }
            for (qsizetype b = a + 1; b < spans.size(); ++b) {
                if (!covers(missing, b, d)) {
                    continue;
                }
                const QList<Span> &x = spans.at(a);
                const QList<Span> &y = spans.at(b);
                qsizetype shared = 0;
                for (qsizetype i = 0, j = 0; i < x.size() && j < y.size();) {
                    if (x.at(i) < y.at(j)) {
                        ++i;
                    } else if (y.at(j) < x.at(i)) {
                        ++j;
                    } else {
                        ++shared;
                        ++i;
                        ++j;
                    }
                }
                const qsizetype total = x.size() + y.size();
                sum += total == 0 ? 1.0 : 2.0 * double(shared) / double(total);
                ++pairs;
            }
        }
        agreement[d] = pairs > 0 ? sum / pairs : std::numeric_limits<double>::quiet_NaN();
    }
    return agreement;
}

QList<int> LayerComparison::disputedSpans(
    const QList<DocumentSpans> &layers, const qsizetype documentCount, const QList<QSet<qsizetype>> &missing)
{
    return disputes(layers, documentCount, missing).spans;
}

QList<Span> LayerComparison::disputedSpansIn(const QList<QList<Span>> &layers)
{
    QList<Span> disputed;
    if (layers.size() < 2) {
        return disputed;
    }
    QMap<Span, int> votes;
    for (const QList<Span> &layer : layers) {
        for (const Span &span : distinctSorted({layer}, 0)) { // a layer votes once per span
            ++votes[span];
        }
    }
    for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
        if (it.value() < layers.size()) {
            disputed.append(it.key());
        }
    }
    return disputed;
}

LayerComparison::Disputes LayerComparison::disputes(
    const QList<DocumentSpans> &layers, const qsizetype documentCount, const QList<QSet<qsizetype>> &missing)
{
    Disputes result{QList<int>(documentCount, 0), QList<QStringList>(documentCount)};
    if (layers.size() < 2) {
        return result;
    }
    QMap<Span, int> votes; // reused: cleared per document
    for (qsizetype d = 0; d < documentCount; ++d) {
        votes.clear();
        qsizetype covering = 0;
        for (qsizetype l = 0; l < layers.size(); ++l) {
            if (!covers(missing, l, d)) {
                continue;
            }
            ++covering;
            for (const Span &span : distinctSorted(layers.at(l), d)) { // a layer votes once per span
                ++votes[span];
            }
        }
        if (covering < 2) {
            continue; // nobody to dispute with
        }
        QStringList &types = result.types[d];
        for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
            if (it.value() < covering) {
                ++result.spans[d];
                if (!types.contains(it.key().type)) {
                    types.append(it.key().type);
                }
            }
        }
        types.sort();
    }
    return result;
}

} // namespace Workbench::Core
