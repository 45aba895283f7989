// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "store/projectstore.h"

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
    };

    qint64 documents = 0;
    qint64 sentences = 0;
    qint64 tokens = 0;
    QList<Layer> layers;
    qint64 guidelineVersions = 0;
    qint64 rounds = 0;
    qint64 calls = 0;
    double cost = 0.0;
    int schemaVersion = 0;

    [[nodiscard]] static std::expected<ProjectSummary, StoreError> read(ProjectStore &store);
    //! \c{{"documents", "sentences", "tokens", "layers": [{"name", "kind", "spans"}],
    //! "guideline_versions", "rounds", "calls", "cost", "schema_version"}}
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace Workbench::Core
