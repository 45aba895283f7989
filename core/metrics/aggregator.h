// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "metrics/annotatorlayer.h"
#include "model/importedlayer.h"
#include "model/tokengrid.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace Workbench::Core {

/*! \brief Builds one layer from several annotators' layers, without ever looking at gold.
 *
 * - Plurality: per token the BIO label most annotators gave (O votes count; ties give O).
 * - SpanVote: every distinct span with at least minVotes votes (default: a majority); where
 *   kept spans overlap, the one with more votes (then the longer) stays.
 * - Weighted: per token the label with the highest summed annotator weight (O included; ties
 *   give O), weights from AgreementAnalysis (method.md section 4).
 * Token-level methods decode their labels with conlleval's chunking. The result is flat.
 * A layer votes only on the documents it covers (AnnotatorLayer::missing): the vote on a document
 * is among the layers covering it, and a document no layer covers gets no spans.
 * Usage: \c{auto spans = Aggregator::aggregate(grid, layers, {.method = Aggregator::Method::Weighted});}
 */
class Aggregator
{
public:
    enum class Method { Plurality, SpanVote, Weighted };

    struct Options
    {
        Method method = Method::Weighted;
        int minVotes = 0; //!< SpanVote only; 0 means a strict majority of the layers covering the document
        QList<double> weights; //!< Weighted only; empty means the agreement weights
    };

    [[nodiscard]] static DocumentSpans aggregate(
        const TokenGrid &grid, const QList<AnnotatorLayer> &layers, const Options &options);
    /*! The aggregate of \a layers as the layer \a name (LayerKind::Aggregate) a project keeps:
     * its provenance names the layers and the method, made at \a created. It covers the documents
     * some of \a layers cover: one no layer labelled (outside a round's batch) is missing there. */
    [[nodiscard]] static ImportedLayer aggregateLayer(const TokenGrid &grid,
        const QList<AnnotatorLayer> &layers, const Options &options, const QString &name,
        const QDateTime &created);
    [[nodiscard]] static QString methodName(Method method);
    [[nodiscard]] static std::optional<Method> methodFromName(const QString &name);
};

} // namespace Workbench::Core
