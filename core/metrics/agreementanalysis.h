// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "metrics/agreementresult.h"
#include "metrics/annotatorlayer.h"
#include "metrics/statistics.h"
#include "model/tokengrid.h"

#include <QList>
#include <QSet>

#include <optional>

namespace Workbench::Core {

/*! \brief Pairwise agreement among annotator layers, model weights and the elite coalition.
 *
 * - Pairwise F1: strict span F1 (exact start, end, type), pooled over documents with spans keyed
 *   by document; symmetric (the Dice coefficient). Per type too. A pair is measured over the
 *   documents both layers labelled: a layer's missing documents are left out, not taken as empty.
 *   A pair where neither layer has a span scores 0, not 1: agreeing on finding nothing is no sign
 *   of quality, and a pilot whose annotators all refused must not look like one that converged.
 *   (LayerComparison::documentAgreement scores such a document 1: there it only says that the
 *   document is not disputed.)
 * - Mean per layer against the others; pool mean over all pairs; bootstrap intervals over documents.
 * - Token-level Cohen's kappa over full BIO labels (O included).
 * - Weights: 0.5 x normalised mean F1 + 0.5 x normalised mean (kappa + 1) / 2, each term summing to 1.
 * - Elite: layers by weight, descending, until the cumulative weight reaches the cutoff; the
 *   layer that crosses it is in.
 * Gold, when given, is never a layer of the matrix: only each layer's F1 against it and the
 * Pearson correlation of mean agreement with that F1 are computed.
 * Usage: \c{auto r = AgreementAnalysis::compute(grid, layers, gold, {});}
 */
class AgreementAnalysis
{
public:
    struct Options
    {
        //! 0 turns the intervals off (they are then [mean, mean])
        int bootstrapSamples = Statistics::defaultBootstrapResamples;
        quint64 seed = Statistics::defaultBootstrapSeed;
        double eliteCutoff = 0.5;
        //! The documents the gold lacks: each layer's gold F1 is over the documents both the gold
        //! and the layer cover, a document either lacks is a missing value, not "no entities".
        QSet<qsizetype> goldMissing = {};
    };

    [[nodiscard]] static AgreementResult compute(const TokenGrid &grid, const QList<AnnotatorLayer> &layers,
        const std::optional<DocumentSpans> &gold, const Options &options);
};

} // namespace Workbench::Core
