// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "model/coverageorigin.h"

#include "model/nametable.h"

namespace Workbench::Core {

namespace {
constexpr NameTable<CoverageOrigin, 3> names{{{{CoverageOrigin::Recorded, "recorded"},
    {CoverageOrigin::Derived, "derived"}, {CoverageOrigin::Assumed, "assumed"}}}};
} // namespace

QString coverageOriginName(const CoverageOrigin origin)
{
    return names.name(origin);
}

std::optional<CoverageOrigin> coverageOriginFromName(const QString &name)
{
    return names.value(name, Qt::CaseSensitive);
}

} // namespace Workbench::Core
