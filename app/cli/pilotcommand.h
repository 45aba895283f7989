// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QStringList>

namespace Workbench::Cli {

//! \c{diziner-cli pilot CONFIG.json --corpus FILE --out DIR [--gold FILE] [--rounds N] [--auto-accept]
//! [--dry-run]}
int runPilot(const QStringList &arguments);
//! \c{diziner-cli decide DIR --accept 1,3 --reject 2 --edit 4=FILE [--auto-accept]}
int runDecide(const QStringList &arguments);

} // namespace Workbench::Cli
