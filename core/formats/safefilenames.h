// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QSet>
#include <QString>

namespace Workbench::Core {

/*! \brief File names made from outside text (document ids, annotator names) for one directory.
 *
 * Only \c{A-Za-z0-9._-} survive (anything else becomes \c _), a name is never empty, hidden,
 * \c . or \c .., and never given twice (\c{name-2}, \c{name-3}, ...): whatever a corpus calls its
 * documents, no file can land outside the directory or overwrite another.
 */
class SafeFileNames
{
public:
    [[nodiscard]] QString take(const QString &wanted);

private:
    QSet<QString> m_used;
};

} // namespace Workbench::Core
