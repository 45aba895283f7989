// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QList>
#include <QString>

namespace Workbench::Core {

/*! \brief Converts offsets of one text between UTF-16 code units (the core's unit) and Unicode
 * code points (brat, doccano, Prodigy: Python string indices).
 *
 * Build once per text; each conversion is then O(1). Offsets may equal the length (an end).
 * Usage: \c{OffsetCodec codec(text); int u = codec.toUtf16(codePoint);}
 */
class OffsetCodec
{
public:
    explicit OffsetCodec(const QString &text);

    [[nodiscard]] int codePointCount() const { return int(m_utf16Of.size()) - 1; }
    //! The UTF-16 offset of code point \a codePoint; -1 when out of range.
    [[nodiscard]] int toUtf16(int codePoint) const;
    //! The code point offset of UTF-16 offset \a utf16; -1 when out of range or inside a
    //! surrogate pair.
    [[nodiscard]] int toCodePoints(int utf16) const;

private:
    QList<int> m_utf16Of; // code point -> UTF-16 offset, plus the end
    QList<int> m_codePointOf; // UTF-16 offset -> code point, -1 inside a pair, plus the end
};

} // namespace Workbench::Core
