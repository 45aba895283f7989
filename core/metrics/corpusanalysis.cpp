// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "metrics/corpusanalysis.h"

#include <QHash>

#include <limits>

namespace Workbench::Core {

namespace {

// Per document: whether two or more of \a layers cover it and none of them marked a span there.
QList<bool> unmarked(const QList<AnnotatorLayer> &layers, const qsizetype documents)
{
    QList<bool> result(documents, false);
    for (qsizetype d = 0; d < documents; ++d) {
        int covering = 0;
        bool marked = false;
        for (const AnnotatorLayer &layer : layers) {
            if (!layer.missing.contains(d)) {
                ++covering;
                marked = marked || !layer.spans.value(d).isEmpty();
            }
        }
        result[d] = covering >= 2 && !marked;
    }
    return result;
}

} // namespace

CorpusAnalysis::Result CorpusAnalysis::run(const TokenGrid &grid, const QList<AnnotatorLayer> &layers,
    const std::optional<DocumentSpans> &gold, const Options &options)
{
    Result result;
    result.agreement = AgreementAnalysis::compute(grid, layers, gold, options.agreement);
    if (options.disagreement && !layers.isEmpty()) {
        result.disagreement = DisagreementAnalysis::analyse(
            grid, layers, result.agreement.weights, result.agreement.elite, options.hotspots);
    }
    if (options.reliability) {
        result.reliability = ReliabilityAnalysis::compute(grid, layers, *options.reliability);
    }
    if (!options.perDocument) {
        return result;
    }
    const qsizetype documents = grid.documentCount();
    QList<DocumentSpans> spans;
    QList<QSet<qsizetype>> missing;
    spans.reserve(layers.size());
    missing.reserve(layers.size());
    for (const AnnotatorLayer &layer : layers) {
        spans.append(layer.spans);
        missing.append(layer.missing);
    }
    result.disputes = LayerComparison::disputes(spans, documents, missing);
    result.documentAgreement = LayerComparison::documentAgreement(spans, documents, missing);
    if (!result.documentAgreement.isEmpty()) {
        result.documentUnmarked = unmarked(layers, documents);
    }
    // Hotspots need annotators to disagree: with one layer there are none to show.
    result.hotspotKinds = result.disagreement && layers.size() >= 2
        ? hotspotKinds(*result.disagreement, documents)
        : QList<QList<HotspotBlock::Kind>>(documents);
    return result;
}

namespace {

// \a spans of the corpus, only at \a part, in its order.
DocumentSpans spansAt(const DocumentSpans &spans, const QList<qsizetype> &part)
{
    DocumentSpans picked;
    picked.reserve(part.size());
    for (const qsizetype position : part) {
        picked.append(spans.value(position));
    }
    return picked;
}

} // namespace

CorpusAnalysis::Result CorpusAnalysis::runOnPart(const QList<Document> &documents,
    const QList<qsizetype> &part, const QList<AnnotatorLayer> &layers,
    const std::optional<DocumentSpans> &gold, const Options &options)
{
    QList<Document> partDocuments;
    QHash<qsizetype, qsizetype> local; // corpus position -> position in the part
    for (const qsizetype position : part) {
        if (position >= 0 && position < documents.size() && !local.contains(position)) {
            local.insert(position, partDocuments.size());
            partDocuments.append(documents.at(position));
        }
    }
    const QList<qsizetype> positions = [&local] {
        QList<qsizetype> kept(local.size());
        for (auto it = local.cbegin(); it != local.cend(); ++it) {
            kept[it.value()] = it.key();
        }
        return kept;
    }();
    QList<AnnotatorLayer> partLayers;
    for (const AnnotatorLayer &layer : layers) {
        AnnotatorLayer picked{layer.name, spansAt(layer.spans, positions), {}};
        for (const qsizetype missing : layer.missing) {
            if (local.contains(missing)) {
                picked.missing.insert(local.value(missing));
            }
        }
        partLayers.append(picked);
    }
    const std::optional<DocumentSpans> partGold =
        gold ? std::optional(spansAt(*gold, positions)) : std::nullopt;
    Options partOptions = options; // gold's missing documents, as the part numbers them
    partOptions.agreement.goldMissing.clear();
    for (const qsizetype missing : options.agreement.goldMissing) {
        if (local.contains(missing)) {
            partOptions.agreement.goldMissing.insert(local.value(missing));
        }
    }
    Result result = run(TokenGrid(partDocuments), partLayers, partGold, partOptions);
    if (!options.perDocument) {
        return result;
    }
    // Back to corpus positions: a document outside the part was not measured.
    LayerComparison::Disputes disputes{QList<int>(documents.size(), 0), QList<QStringList>(documents.size())};
    QList<double> agreement(
        result.documentAgreement.isEmpty() ? 0 : documents.size(), std::numeric_limits<double>::quiet_NaN());
    QList<bool> unmarked(result.documentUnmarked.isEmpty() ? 0 : documents.size(), false);
    QList<QList<HotspotBlock::Kind>> kinds(documents.size());
    for (qsizetype d = 0; d < positions.size(); ++d) {
        const qsizetype position = positions.at(d);
        disputes.spans[position] = result.disputes.spans.value(d);
        disputes.types[position] = result.disputes.types.value(d);
        if (!agreement.isEmpty()) {
            agreement[position] = result.documentAgreement.value(d);
        }
        if (!unmarked.isEmpty()) {
            unmarked[position] = result.documentUnmarked.value(d);
        }
        kinds[position] = result.hotspotKinds.value(d);
    }
    result.disputes = disputes;
    result.documentAgreement = agreement;
    result.documentUnmarked = unmarked;
    result.hotspotKinds = kinds;
    return result;
}

QList<QList<HotspotBlock::Kind>> CorpusAnalysis::hotspotKinds(
    const DisagreementResult &disagreement, const qsizetype documentCount)
{
    QList<QList<HotspotBlock::Kind>> kinds(documentCount);
    for (const HotspotBlock &block : disagreement.blocks) {
        if (block.document < 0 || block.document >= documentCount) {
            continue;
        }
        QList<HotspotBlock::Kind> &found = kinds[block.document];
        if (!found.contains(block.kind)) {
            found.append(block.kind);
        }
    }
    return kinds;
}

} // namespace Workbench::Core
