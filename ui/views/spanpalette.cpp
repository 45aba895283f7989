// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "spanpalette.h"

#include <array>

namespace Workbench::Ui {

namespace {
// Okabe & Ito (2008), "Color Universal Design"; black omitted, it is the text colour.
constexpr std::array<QRgb, 7> okabeIto{0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442, 0x0072B2, 0xD55E00, 0xCC79A7};
} // namespace

SpanPalette::SpanPalette(const QStringList &types)
    : m_types(types)
{
}

QColor SpanPalette::colour(const QString &type) const
{
    qsizetype index = m_types.indexOf(type);
    if (index < 0) {
        index = qsizetype(qHash(type) % okabeIto.size());
    }
    return QColor::fromRgb(okabeIto.at(size_t(index) % okabeIto.size()));
}

QColor SpanPalette::background(const QString &type, const bool darkPalette) const
{
    QColor c = colour(type);
    // Strong enough to see, light enough that text on it keeps WCAG AA contrast (4.5:1) on white
    // and on a dark base (#2a2a2a): tst_spanpalette checks every colour.
    c.setAlpha(darkPalette ? 95 : 80);
    return c;
}

} // namespace Workbench::Ui
