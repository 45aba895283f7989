// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "pilot/pilotconfig.h"

#include <QHash>
#include <QString>

#include <optional>

namespace Workbench::Cli {

//! The key of every endpoint of \a config from its environment variable (the CLI's keychain);
//! nothing, after naming each endpoint the run calls that needs a key and has none
//! (Core::MissingKeys) and how to give it one.
std::optional<QHash<QString, QString>> pilotKeys(const Core::PilotConfig &config);

} // namespace Workbench::Cli
