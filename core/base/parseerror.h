// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QString>

namespace Workbench::Core {

/*! \brief Why a file could not be read: where (file, 1-based line) and what was expected.
 *
 * \c line is 0 when the problem concerns the whole file (unreadable, empty). toString() gives
 * the \c{FILE:LINE: error: message} form every face of the workbench prints. Never translated.
 */
struct ParseError
{
    QString file;
    int line = 0;
    QString message;

    [[nodiscard]] QString toString() const;
    friend bool operator==(const ParseError &, const ParseError &) = default;
};

} // namespace Workbench::Core
