// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "metrics/agreementanalysis.h"
#include "metrics/agreementresult.h"
#include "metrics/annotatorlayer.h"
#include "metrics/disagreementanalysis.h"
#include "metrics/disagreementresult.h"
#include "metrics/layercomparison.h"
#include "metrics/reliabilityanalysis.h"
#include "metrics/reliabilityresult.h"
#include "model/tokengrid.h"

#include <QList>

#include <optional>

namespace Workbench::Core {

/*! \brief The analysis of a corpus's annotator layers that the workbench shows and reports: agreement
 * (method.md section 4), disagreement and its hotspots (section 5), reliability, and per document
 * the disputed spans, the mean pairwise agreement and the hotspot classes.
 *
 * One pipeline for every face: the main window runs it off the UI thread on values, \c{diziner-cli
 * report} and \c{diziner-cli agreement} run it in the foreground. Deterministic for given options
 * (the bootstraps are seeded). Usage: \c{auto r = CorpusAnalysis::run(grid, layers, gold, {});}
 */
class CorpusAnalysis
{
public:
    struct Options
    {
        AgreementAnalysis::Options agreement = {};
        //! The disagreement analysis over the agreement's weights and elite (needs a layer).
        bool disagreement = true;
        DisagreementAnalysis::Options hotspots = {};
        //! Krippendorff's alpha and Fleiss' kappa; nothing: not computed.
        std::optional<ReliabilityAnalysis::Options> reliability = std::nullopt;
        //! The per-document figures (disputes, agreement, hotspot classes).
        bool perDocument = true;
    };

    struct Result
    {
        AgreementResult agreement;
        //! Empty when not asked for or without a layer; blocks only where two layers disagree.
        std::optional<DisagreementResult> disagreement;
        std::optional<ReliabilityResult> reliability; //!< when asked for
        //! Per document (empty unless Options::perDocument): what LayerComparison::disputes finds
        //! among the layers covering it.
        LayerComparison::Disputes disputes;
        //! Per document: LayerComparison::documentAgreement over the layers covering it (NaN where
        //! fewer than two do; empty with fewer than two layers).
        QList<double> documentAgreement;
        //! Per document (empty when documentAgreement is): two or more layers cover it and none
        //! marked anything there. Its agreement of 1 then says only that nothing is disputed:
        //! agreeing on emptiness is no quality signal (AgreementAnalysis), so it is shown as none.
        QList<bool> documentUnmarked;
        //! Per document: the classes of its hotspots, each once, in the order first met.
        QList<QList<HotspotBlock::Kind>> hotspotKinds;
    };

    [[nodiscard]] static Result run(const TokenGrid &grid, const QList<AnnotatorLayer> &layers,
        const std::optional<DocumentSpans> &gold, const Options &options);
    /*! run() over the documents of \a documents at the positions \a part only, as if they were
     * the corpus: what a pilot round measured over its batch (the hotspot percentiles and the
     * bootstrap are the part's). \a layers and \a gold are indexed by corpus position, and so
     * are the per-document figures returned: outside \a part no dispute, NaN agreement and no
     * hotspot. Result::disagreement, when asked for, speaks of the part's documents in its order. */
    [[nodiscard]] static Result runOnPart(const QList<Document> &documents, const QList<qsizetype> &part,
        const QList<AnnotatorLayer> &layers, const std::optional<DocumentSpans> &gold,
        const Options &options);
    //! Per document of \a documentCount: the classes of the hotspots \a disagreement found there.
    [[nodiscard]] static QList<QList<HotspotBlock::Kind>> hotspotKinds(
        const DisagreementResult &disagreement, qsizetype documentCount);
};

} // namespace Workbench::Core
