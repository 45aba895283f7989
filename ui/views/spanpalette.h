// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QColor>
#include <QStringList>

namespace Workbench::Ui {

/*! \brief Colours for entity types: the Okabe-Ito palette, safe for colour-blind readers.
 *
 * Colour is never the only carrier of a type: views also show the type's name. Types get
 * colours in the order given, so one scheme always looks the same.
 */
class SpanPalette
{
public:
    explicit SpanPalette(const QStringList &types = {});

    [[nodiscard]] QColor colour(const QString &type) const;
    //! A light tint of colour(), for backgrounds behind text.
    [[nodiscard]] QColor background(const QString &type, bool darkPalette) const;

private:
    QStringList m_types;
};

} // namespace Workbench::Ui
