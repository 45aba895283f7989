// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "store/projectstore.h"
#include "store/roundlayerrepository.h"

#include <QJsonObject>
#include <QList>

namespace Workbench::Core {

//! What a project holds, in numbers: \c{diziner-cli project info}.
struct ProjectSummary
{
    struct Layer
    {
        QString name;
        QString kind;
        qint64 spans = 0;
        qint64 coveredDocuments = 0; //!< the corpus documents the layer speaks for
        //! How that is known: recorded, or derived or assumed for a layer of an older project.
        CoverageOrigin coverage = CoverageOrigin::Recorded;
    };

    //! An annotator's layer of a pilot round (RoundLayerRepository).
    struct RoundLayer
    {
        QString name;
        PilotOrigin origin;
        qint64 spans = 0;
        QStringList failedDocuments; //!< ids of the batch's documents it could not label
        qsizetype mentionsNotFound = 0;
        qsizetype mentionsAmbiguous = 0;
        qsizetype mentionsSnapped = 0;
    };

    qint64 documents = 0;
    qint64 sentences = 0;
    qint64 tokens = 0;
    QList<Layer> layers;
    QList<RoundLayer> roundLayers; //!< by round
    //! Analysed rounds whose annotators have no layer (a project from before they were kept).
    QList<RoundLayerRepository::MissingLayers> missingRoundLayers;
    qint64 guidelineVersions = 0;
    qint64 rounds = 0;
    qint64 calls = 0;
    double cost = 0.0; //!< USD of the calls with a price
    qint64 unpricedCalls = 0; //!< calls of a model without a price: not in \c cost
    int schemaVersion = 0;

    [[nodiscard]] static std::expected<ProjectSummary, StoreError> read(ProjectStore &store);
    /*! \c{{"documents", "sentences", "tokens", "layers": [{"name", "kind", "spans",
     * "covered_documents", "coverage": "recorded", "derived" or "assumed"}],
     * "round_layers": [{"name", "round", "annotator", "model", "endpoint", "guideline_version",
     * "run", "spans", "documents", "failed_documents": [ids], "mentions_not_found",
     * "mentions_ambiguous", "mentions_snapped"}], "round_layers_missing": [{"round", "annotators"}],
     * "guideline_versions", "rounds", "calls", "cost", "unpriced_calls", "schema_version"}} */
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace Workbench::Core
