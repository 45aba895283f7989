// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "pilot/guideline.h"
#include "pilot/proposal.h"
#include "pilot/roundsummary.h"
#include "store/runstatus.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Workbench::Core {

//! A project's pilot as a reviewer sees it: the guideline so far, its versions, the rounds and
//! the proposal awaiting a decision, if any (a value: safe across threads).
struct PilotSnapshot
{
    qint64 runId = 0;
    QJsonObject config; //!< the run's configuration (PilotConfig::fromJson reads it)
    RunStatus status = RunStatus::Running;
    Guideline guideline; //!< the latest version
    QList<Guideline> versions; //!< oldest first
    QList<RoundSummary> rounds;
    std::optional<Proposal> pending;
    //! The last round is analysed and not decided (its proposal pending, or not made yet):
    //! running it again, its failed pieces afresh, changes nothing a person decided.
    bool lastRoundOpen = false;
};

} // namespace Workbench::Core
