// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "model/entityscheme.h"

#include <QJsonArray>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {

std::expected<QStringList, QString> stringList(const QJsonValue &value, const QString &where)
{
    if (value.isUndefined()) {
        return QStringList{};
    }
    if (!value.isArray()) {
        return std::unexpected(where + u": expected an array of strings"_s);
    }
    QStringList result;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString()) {
            return std::unexpected(where + u": expected an array of strings"_s);
        }
        result.append(item.toString());
    }
    return result;
}

} // namespace

EntityScheme::EntityScheme(QList<EntityType> types)
    : m_types(std::move(types))
{
}

bool EntityScheme::contains(const QString &code) const
{
    for (const EntityType &type : m_types) {
        if (type.code == code) {
            return true;
        }
    }
    return false;
}

QStringList EntityScheme::codes() const
{
    QStringList result;
    result.reserve(m_types.size());
    for (const EntityType &type : m_types) {
        result.append(type.code);
    }
    return result;
}

void EntityScheme::ensureType(const QString &code)
{
    if (!contains(code)) {
        m_types.append(EntityType{
            .code = code, .definition = {}, .positiveExamples = {}, .negativeExamples = {}, .colour = {}});
    }
}

QJsonObject EntityScheme::toJson() const
{
    QJsonArray types;
    for (const EntityType &type : m_types) {
        types.append(QJsonObject{
            {u"code"_s, type.code},
            {u"definition"_s, type.definition},
            {u"positive"_s, QJsonArray::fromStringList(type.positiveExamples)},
            {u"negative"_s, QJsonArray::fromStringList(type.negativeExamples)},
            {u"colour"_s, type.colour},
        });
    }
    return QJsonObject{{u"types"_s, types}};
}

std::expected<EntityScheme, QString> EntityScheme::fromJson(const QJsonObject &json)
{
    const QJsonValue typesValue = json.value(u"types"_s);
    if (!typesValue.isArray()) {
        return std::unexpected(u"types: expected an array of entity types"_s);
    }
    QList<EntityType> types;
    const QJsonArray array = typesValue.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = u"types[%1]"_s.arg(i);
        if (!array.at(i).isObject()) {
            return std::unexpected(where + u": expected an object"_s);
        }
        const QJsonObject object = array.at(i).toObject();
        const QString code = object.value(u"code"_s).toString();
        if (code.isEmpty() || code.contains(QLatin1Char(' '))) {
            return std::unexpected(where + u".code: expected a non-empty code without spaces"_s);
        }
        auto positive = stringList(object.value(u"positive"_s), where + u".positive"_s);
        if (!positive) {
            return std::unexpected(positive.error());
        }
        auto negative = stringList(object.value(u"negative"_s), where + u".negative"_s);
        if (!negative) {
            return std::unexpected(negative.error());
        }
        types.append(EntityType{.code = code,
            .definition = object.value(u"definition"_s).toString(),
            .positiveExamples = *positive,
            .negativeExamples = *negative,
            .colour = object.value(u"colour"_s).toString()});
    }
    EntityScheme scheme(types);
    if (scheme.codes().removeDuplicates() > 0) {
        return std::unexpected(u"types: two types share a code"_s);
    }
    return scheme;
}

} // namespace Workbench::Core
