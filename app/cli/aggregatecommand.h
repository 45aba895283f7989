// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QStringList>

namespace Workbench::Cli {

//! \c{diziner-cli aggregate FILE... [--method plurality|span-vote|weighted|cascade] [--min-votes K]
//! [--first K] -o OUT}
int runAggregate(const QStringList &arguments);

} // namespace Workbench::Cli
