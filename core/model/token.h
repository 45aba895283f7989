// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

namespace Workbench::Core {

/*! \brief One token of a sentence.
 *
 * A half-open range [start, end) of UTF-16 code units (QString indices) into the text of the
 * document that holds it. The token's text is \c document.text().mid(start, end - start).
 */
struct Token
{
    int start = 0;
    int end = 0;

    [[nodiscard]] int length() const { return end - start; }
    friend bool operator==(const Token &, const Token &) = default;
};

} // namespace Workbench::Core
