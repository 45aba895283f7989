// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QStringList>

namespace Workbench::Cli {

//! \c{diziner-cli project create|import|export|info|purge ...}
int runProject(const QStringList &arguments);

} // namespace Workbench::Cli
