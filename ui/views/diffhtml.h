// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QString>

namespace Workbench::Ui {

/*! \brief A word diff as rich text: removed words struck out, added words underlined.
 *
 * Readable without colour (strike-through and underline); colour only adds to it.
 */
class DiffHtml
{
public:
    [[nodiscard]] static QString words(const QString &before, const QString &after);
};

} // namespace Workbench::Ui
