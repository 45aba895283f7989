// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "store/runstatus.h"

#include "model/nametable.h"

namespace Workbench::Core {

namespace {

constexpr NameTable<RunStatus, 2> names{
    {{{RunStatus::Running, "running"}, {RunStatus::Finished, "finished"}}}};

} // namespace

QString runStatusName(const RunStatus status)
{
    return names.name(status);
}

RunStatus runStatusFromName(const QString &name)
{
    return names.value(name, Qt::CaseSensitive).value_or(RunStatus::Running);
}

} // namespace Workbench::Core
