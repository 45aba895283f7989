// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "base/countednoun.h"

namespace Workbench::Core {

QString CountedNoun::of(const qint64 count, const QString &singular, const QString &plural)
{
    const QString noun = count == 1 ? singular : plural.isEmpty() ? singular + u's' : plural;
    return QString::number(count) + u' ' + noun;
}

} // namespace Workbench::Core
