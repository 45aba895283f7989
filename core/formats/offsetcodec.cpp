// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "formats/offsetcodec.h"

namespace Workbench::Core {

OffsetCodec::OffsetCodec(const QString &text)
{
    m_codePointOf.fill(-1, text.size() + 1);
    m_utf16Of.reserve(text.size() + 1);
    qsizetype i = 0;
    while (i < text.size()) {
        m_codePointOf[i] = int(m_utf16Of.size());
        m_utf16Of.append(int(i));
        const bool pair =
            text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        i += pair ? 2 : 1;
    }
    m_codePointOf[text.size()] = int(m_utf16Of.size());
    m_utf16Of.append(int(text.size()));
}

int OffsetCodec::toUtf16(const int codePoint) const
{
    return codePoint < 0 || codePoint >= m_utf16Of.size() ? -1 : m_utf16Of.at(codePoint);
}

int OffsetCodec::toCodePoints(const int utf16) const
{
    return utf16 < 0 || utf16 >= m_codePointOf.size() ? -1 : m_codePointOf.at(utf16);
}

} // namespace Workbench::Core
