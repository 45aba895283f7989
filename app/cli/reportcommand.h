// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QStringList>

namespace Workbench::Cli {

//! \c{diziner-cli report FILE... -o DIR [--gold GOLD] [--seed N] [--format text|json]}
int runReport(const QStringList &arguments);

} // namespace Workbench::Cli
