// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "metrics/corpusanalysis.h"

namespace Workbench::Core {

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
    // Hotspots need annotators to disagree: with one layer there are none to show.
    result.hotspotKinds = result.disagreement && layers.size() >= 2
        ? hotspotKinds(*result.disagreement, documents)
        : QList<QList<HotspotBlock::Kind>>(documents);
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
