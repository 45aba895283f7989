// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "metrics/scorecounts.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace Workbench::Core {

//! Strict scores of one layer against another: micro overall and per type (types sorted by name).
struct ScoreTable
{
    ScoreCounts overall;
    QMap<QString, ScoreCounts> types;

    //! \c{{"overall": {"precision","recall","f1","tp","gold","pred"}, "types": {"<type>": {...}}}},
    //! fractions in [0, 1], unrounded.
    [[nodiscard]] QJsonObject toJson() const;

    friend bool operator==(const ScoreTable &, const ScoreTable &) = default;
};

} // namespace Workbench::Core
