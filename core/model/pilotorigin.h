// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace Workbench::Core {

/*! \brief Which pilot round made a layer: the annotator's labels of one round's batch.
 *
 * Kept in the layer's Provenance (its "pilot" object in the project). Documents are corpus
 * positions. A round layer speaks only of its batch: a document outside it was never asked about,
 * and one of \c failed was asked but not (wholly) labelled; both are missing values, never
 * "no entities". Usage: \c{if (layer.provenance.pilot) covered = layer.provenance.pilot->covered();}
 */
struct PilotOrigin
{
    qint64 runId = 0; //!< the project's run (PilotRepository::run())
    int round = 0;
    QString annotator;
    QString model;
    QString endpoint; //!< the endpoint's id in the run's configuration
    int guidelineVersion = 0; //!< the version the round's prompts carried
    QList<qsizetype> batch; //!< the round's documents, in corpus order
    //! Documents of the batch with a piece the annotator could not label: the layer holds no
    //! spans there (the round's loss report says why, piece by piece).
    QList<qsizetype> failed;

    //! The documents the layer speaks for: the batch without the failed ones.
    [[nodiscard]] QSet<qsizetype> covered() const;
    //! Every other document of a corpus of \a documentCount: what a coverage column holds.
    [[nodiscard]] QSet<qsizetype> uncovered(qsizetype documentCount) const;

    [[nodiscard]] QJsonObject toJson() const;
    //! Nothing when \a object is not a round's origin (no "round").
    [[nodiscard]] static std::optional<PilotOrigin> fromJson(const QJsonObject &object);

    friend bool operator==(const PilotOrigin &, const PilotOrigin &) = default;
};

} // namespace Workbench::Core
