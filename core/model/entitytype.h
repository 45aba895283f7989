// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QString>
#include <QStringList>

namespace Workbench::Core {

/*! \brief One entity type of a scheme, as the user wrote it.
 *
 * \c code is the tag suffix (PER, ALG, creative-work); \c colour is a CSS-style colour name or
 * \c #rrggbb, empty for "pick one from the palette".
 */
struct EntityType
{
    QString code;
    QString definition;
    QStringList positiveExamples;
    QStringList negativeExamples;
    QString colour;

    friend bool operator==(const EntityType &, const EntityType &) = default;
};

} // namespace Workbench::Core
