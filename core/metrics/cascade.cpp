// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "metrics/cascade.h"

#include "metrics/agreementanalysis.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {

// One document's spans as a set in order: a layer listing a span twice still agrees with one
// listing it once.
QList<Span> normalised(QList<Span> spans)
{
    std::ranges::sort(spans);
    const auto [first, last] = std::ranges::unique(spans);
    spans.erase(first, last);
    return spans;
}

} // namespace

qsizetype Cascade::Result::escalatedCount() const
{
    return std::ranges::count(escalated, true);
}

double Cascade::Result::escalatedShare() const
{
    return escalated.isEmpty() ? 0.0 : double(escalatedCount()) / double(escalated.size());
}

double Cascade::Result::callsPerDocument() const
{
    return first + escalatedShare() * double(order.size() - first);
}

QSet<qsizetype> Cascade::Result::uncovered() const
{
    QSet<qsizetype> documents;
    for (qsizetype d = 0; d < annotators.size(); ++d) {
        if (annotators.at(d) == 0) {
            documents.insert(d);
        }
    }
    return documents;
}

QList<qsizetype> Cascade::agreementOrder(const AgreementResult &agreement)
{
    QList<qsizetype> order;
    for (qsizetype l = 0; l < agreement.layers.size(); ++l) {
        order.append(l);
    }
    const auto key = [&agreement](
                         const qsizetype l) { return agreement.hasMean(l) ? agreement.mean.value(l) : -1.0; };
    std::ranges::stable_sort(order, [&key](const qsizetype a, const qsizetype b) { return key(a) > key(b); });
    return order;
}

QList<qsizetype> Cascade::agreementOrder(const TokenGrid &grid, const QList<AnnotatorLayer> &layers)
{
    return agreementOrder(AgreementAnalysis::compute(grid, layers, std::nullopt, {.bootstrapSamples = 0}));
}

QList<AnnotatorLayer> Cascade::ordered(const QList<AnnotatorLayer> &layers, const QList<qsizetype> &order)
{
    QList<AnnotatorLayer> result;
    result.reserve(order.size());
    for (const qsizetype l : order) {
        result.append(layers.at(l));
    }
    return result;
}

QSet<qsizetype> Cascade::disputed(const QList<AnnotatorLayer> &first, const qsizetype documentCount)
{
    QSet<qsizetype> documents;
    for (qsizetype d = 0; d < documentCount; ++d) {
        const bool lacking = std::ranges::any_of(
            first, [d](const AnnotatorLayer &layer) { return layer.missing.contains(d); });
        if (lacking || first.isEmpty()) {
            documents.insert(d);
            continue;
        }
        const QList<Span> reference = normalised(first.first().spans.value(d));
        for (qsizetype l = 1; l < first.size(); ++l) {
            if (normalised(first.at(l).spans.value(d)) != reference) {
                documents.insert(d);
                break;
            }
        }
    }
    return documents;
}

Cascade::Result Cascade::run(
    const TokenGrid &grid, const QList<AnnotatorLayer> &ordered, const Options &options)
{
    const qsizetype documentCount = grid.documentCount();
    const int first = int(std::clamp<qsizetype>(options.first, 1, std::max<qsizetype>(ordered.size(), 1)));
    Result result;
    result.first = first;
    for (const AnnotatorLayer &layer : ordered) {
        result.order.append(layer.name);
    }
    result.spans = DocumentSpans(documentCount);
    result.escalated = QList<bool>(documentCount, false);
    result.annotators = QList<int>(documentCount, 0);
    if (ordered.isEmpty()) {
        return result;
    }
    const QSet<qsizetype> escalated = disputed(ordered.first(first), documentCount);

    // The later annotators never saw the agreed documents: every layer votes on the escalated
    // ones only, and the default weights are the agreement measured there.
    QList<AnnotatorLayer> escalation = ordered;
    for (AnnotatorLayer &layer : escalation) {
        for (qsizetype d = 0; d < documentCount; ++d) {
            if (!escalated.contains(d)) {
                layer.missing.insert(d);
            }
        }
    }
    const DocumentSpans decided = escalated.isEmpty()
        ? DocumentSpans(documentCount)
        : Aggregator::aggregate(grid, escalation, options.aggregate);

    for (qsizetype d = 0; d < documentCount; ++d) {
        if (escalated.contains(d)) {
            result.escalated[d] = true;
            result.spans[d] = decided.value(d);
            result.annotators[d] = int(std::ranges::count_if(
                ordered, [d](const AnnotatorLayer &layer) { return !layer.missing.contains(d); }));
        } else {
            result.spans[d] = normalised(ordered.first().spans.value(d));
            result.annotators[d] = first;
        }
    }
    return result;
}

ImportedLayer Cascade::cascadeLayer(
    const Result &result, const Options &options, const QString &name, const QDateTime &created)
{
    return {.name = name,
        .kind = LayerKind::Aggregate,
        .provenance = {.source = result.order.join(u", "_s),
            .tool = u"workbench cascade (first %1, then %2)"_s.arg(
                QString::number(result.first), Aggregator::methodName(options.aggregate.method)),
            .tagScheme = {},
            .created = created},
        .spans = result.spans,
        .loss = {},
        .unalignedTokens = 0,
        .substitutedTokens = 0,
        .uncoveredDocuments = result.uncovered()};
}

} // namespace Workbench::Core
