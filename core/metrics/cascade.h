// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "metrics/aggregator.h"
#include "metrics/agreementresult.h"
#include "metrics/annotatorlayer.h"
#include "model/importedlayer.h"
#include "model/tokengrid.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QStringList>

namespace Workbench::Core {

/*! \brief Cascade labelling: the most agreeing annotators label every document, the rest only
 * the documents where those disagree (issue 22), without ever looking at gold.
 *
 * The layers come ordered, most agreeing first (agreementOrder(): mean pairwise F1, label-free).
 * The first K label every document. A document where all K gave exactly the same spans keeps
 * them; every other document (the K disagree, or one of them lacks it) is escalated: every layer
 * labels it and the aggregate decides (Aggregator, the default method unless told otherwise).
 * The escalation vote sees the layers only on the escalated documents, which is all a real
 * cascade has of the later annotators: its agreement weights are measured there, so a simulation
 * on complete layers computes what the real run would.
 * Usage: \c{auto r = Cascade::run(grid, Cascade::ordered(layers, Cascade::agreementOrder(grid, layers)),
 * {});}
 */
class Cascade
{
public:
    struct Options
    {
        int first = 2; //!< K: the annotators that label every document (at least 1)
        Aggregator::Options aggregate = {}; //!< how escalated documents are decided
    };

    struct Result
    {
        QStringList order; //!< the layers' names in the order used, most agreeing first
        int first = 0; //!< K
        DocumentSpans spans;
        QList<bool> escalated; //!< per document
        //! Per document: how many layers labelled it (0: none did; the result does not cover it).
        QList<int> annotators;

        [[nodiscard]] qsizetype documentCount() const { return escalated.size(); }
        [[nodiscard]] qsizetype escalatedCount() const;
        //! Escalated documents over all documents; 0 without documents.
        [[nodiscard]] double escalatedShare() const;
        //! What labelling costs per document: K + share x (N - K), N the number of layers.
        [[nodiscard]] double callsPerDocument() const;
        //! The documents no layer labelled: no vote there, not "no entities".
        [[nodiscard]] QSet<qsizetype> uncovered() const;
    };

    Cascade() = delete;

    /*! Indices of \a agreement's layers, most agreeing (highest mean pairwise F1) first; a tie
     * keeps the given order, and a layer without a mean (measured against none) comes last. */
    [[nodiscard]] static QList<qsizetype> agreementOrder(const AgreementResult &agreement);
    //! The order of \a layers' own agreement over \a grid's documents.
    [[nodiscard]] static QList<qsizetype> agreementOrder(
        const TokenGrid &grid, const QList<AnnotatorLayer> &layers);
    //! \a layers rearranged by \a order (indices into \a layers).
    [[nodiscard]] static QList<AnnotatorLayer> ordered(
        const QList<AnnotatorLayer> &layers, const QList<qsizetype> &order);
    /*! The documents of \a documentCount where \a first (the first K layers) do not give exactly
     * the same spans, or one of them lacks the document: those the cascade escalates. */
    [[nodiscard]] static QSet<qsizetype> disputed(
        const QList<AnnotatorLayer> &first, qsizetype documentCount);
    /*! The cascade over \a ordered (most agreeing first, at least options.first of them); the
     * layers after the first K are read only on the escalated documents. */
    [[nodiscard]] static Result run(
        const TokenGrid &grid, const QList<AnnotatorLayer> &ordered, const Options &options);
    /*! \a result as the layer \a name (LayerKind::Aggregate) a project keeps, made at \a created:
     * its provenance names the layers in order, K and the aggregate method. */
    [[nodiscard]] static ImportedLayer cascadeLayer(
        const Result &result, const Options &options, const QString &name, const QDateTime &created);
};

} // namespace Workbench::Core
