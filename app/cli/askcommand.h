// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QStringList>

namespace Workbench::Cli {

//! \c{diziner-cli ask --endpoint URL --api STYLE --model M [--key-env VAR] [--json-schema FILE] PROMPT}
int runAsk(const QStringList &arguments);

} // namespace Workbench::Cli
