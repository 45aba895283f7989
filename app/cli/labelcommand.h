// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QStringList>

namespace Workbench::Cli {

//! \c{diziner-cli label PROJECT [--annotator NAME] [--batch openai|anthropic|off] [--poll-seconds N]
//! [--detach] [--estimate]}
int runLabel(const QStringList &arguments);

} // namespace Workbench::Cli
