// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "formats/safefilenames.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

QString SafeFileNames::take(const QString &wanted)
{
    static const QRegularExpression unsafe(u"[^A-Za-z0-9._-]"_s);
    QString name = wanted.left(120);
    name.replace(unsafe, u"_"_s);
    if (name.isEmpty() || name.startsWith(u'.')) {
        name.prepend(u"doc"_s);
    }
    QString unique = name;
    for (int k = 2; m_used.contains(unique); ++k) {
        unique = u"%1-%2"_s.arg(name).arg(k);
    }
    m_used.insert(unique);
    return unique;
}

} // namespace Workbench::Core
