// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "model/entitytype.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <expected>

namespace Workbench::Core {

/*! \brief The entity types of a project: what annotators may label, and how it is defined.
 *
 * Written by the user; the supervisor never rewrites it. Serialised as
 * \c{{"types": [{"code", "definition", "positive", "negative", "colour"}]}}.
 */
class EntityScheme
{
public:
    EntityScheme() = default;
    explicit EntityScheme(QList<EntityType> types);

    [[nodiscard]] const QList<EntityType> &types() const { return m_types; }
    [[nodiscard]] bool contains(const QString &code) const;
    [[nodiscard]] QStringList codes() const;
    //! Adds a type with only a code when none has it yet (types found in imported data).
    void ensureType(const QString &code);

    [[nodiscard]] QJsonObject toJson() const;
    //! The scheme in \a json, or a message saying which field is wrong and what was expected.
    [[nodiscard]] static std::expected<EntityScheme, QString> fromJson(const QJsonObject &json);

    friend bool operator==(const EntityScheme &, const EntityScheme &) = default;

private:
    QList<EntityType> m_types;
};

} // namespace Workbench::Core
