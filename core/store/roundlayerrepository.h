// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "model/importedlayer.h"
#include "store/projectstore.h"

#include <QList>
#include <QStringList>

#include <expected>

namespace Workbench::Core {

/*! \brief The pilot rounds' annotator layers in a project: each annotator's labels of each round.
 *
 * A round layer is an ordinary layer (LayerRepository reads and exports it) of kind llm, named
 * "round<N>/<annotator>" (RoundLayerBuilder), whose provenance carries a PilotOrigin: run, round,
 * annotator, model, endpoint, guideline version, the round's batch and the documents it failed
 * on. PilotSession writes a round's layers in the transaction that saves the round's summary;
 * RoundLayerRebuild writes those a project made before them lacks.
 * Usage: \c{for (const auto &layer : *RoundLayerRepository(store).list()) ...}
 */
class RoundLayerRepository
{
public:
    //! A round layer as the project holds it.
    struct RoundLayer
    {
        qint64 layerId = 0; //!< LayerRepository's id: its spans are LayerRepository::spans(layerId, ...)
        QString name;
        PilotOrigin origin;
        LossReport loss; //!< mentions not placed, guessed or widened; pieces not labelled
        qint64 spanCount = 0;

        //! The batch's documents (corpus positions) it could not label: missing values, never
        //! "no entities"; it holds no spans there.
        [[nodiscard]] const QList<qsizetype> &failedDocuments() const { return origin.failed; }
        //! The same documents by their ids, as the loss report names them.
        [[nodiscard]] QStringList failedDocumentIds() const;
    };
    //! A layer moved aside because a round layer took its name: kept whole, never deleted.
    struct Renamed
    {
        QString from;
        QString to;
    };
    //! An analysed round with annotators that have no layer.
    struct MissingLayers
    {
        int round = 0;
        QStringList annotators; //!< in the round's order
    };

    explicit RoundLayerRepository(ProjectStore &store);

    //! Every round layer, by round, each round's in the order written (the configuration's).
    [[nodiscard]] std::expected<QList<RoundLayer>, StoreError> list() const;
    //! Round \a round's layers of run \a runId.
    [[nodiscard]] std::expected<QList<RoundLayer>, StoreError> round(qint64 runId, int round) const;
    /*! Writes \a layers as round \a round's of run \a runId: the layers that round had go first.
     * One transaction, or part of the caller's when one is open (then a failure here rolls the
     * caller's back too). Returns the layers write() moved aside. */
    [[nodiscard]] std::expected<QList<Renamed>, StoreError> replaceRound(
        qint64 runId, int round, const QList<ImportedLayer> &layers);
    /*! Adds \a layers (round layers, each with its PilotOrigin), each replacing that run's layer
     * of its name, in one transaction. Any other layer holding the name (imported by an older
     * workbench, or another run's) is renamed, never replaced: "round1/alpha (imported)",
     * "round1/alpha (run 3)". Returns those renamed. */
    [[nodiscard]] std::expected<QList<Renamed>, StoreError> write(const QList<ImportedLayer> &layers);
    /*! The analysed rounds of run \a runId where an annotator has no layer: a project written
     * before round layers were kept (RoundLayerRebuild makes them). Empty when none lacks any. */
    [[nodiscard]] std::expected<QList<MissingLayers>, StoreError> missing(qint64 runId) const;

private:
    ProjectStore &m_store;
};

} // namespace Workbench::Core
