// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QStringList>

namespace Workbench::Cli {

//! \c{diziner-cli agreement FILE... [--gold GOLD] [--from F] [--seed N] [--bootstrap N] [--format text|json]}
int runAgreement(const QStringList &arguments);

} // namespace Workbench::Cli
