// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "base/parseerror.h"

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

QString ParseError::toString() const
{
    // A whole-file problem still names a line so tools that jump to FILE:LINE keep working.
    return u"%1:%2: error: %3"_s.arg(file).arg(line > 0 ? line : 1).arg(message);
}

} // namespace Workbench::Core
