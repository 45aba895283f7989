// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QStringList>

namespace Workbench::Cli {

//! \c{diziner-cli score GOLD PRED [--tag-col N] [--format text|json]}
int runScore(const QStringList &arguments);

} // namespace Workbench::Cli
