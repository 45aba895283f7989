// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QStringList>

namespace Workbench::Cli {

//! \c{diziner-cli convert IN OUT [--from F] [--to F] [--scheme iob1|iob2|bioes] [--docstart] [--tag-col N]}
int runConvert(const QStringList &arguments);

} // namespace Workbench::Cli
