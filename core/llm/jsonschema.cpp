// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "llm/jsonschema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {

QByteArray quoted(const QString &text)
{
    // QJsonDocument escapes exactly as JSON wants; the array brackets are cut off again.
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray typeName(const char *name, const bool nullable)
{
    const QByteArray quotedName = QByteArray("\"") + name + '"';
    return nullable ? QByteArray('[' + quotedName + ",\"null\"]") : quotedName;
}

} // namespace

JsonSchema JsonSchema::string()
{
    JsonSchema schema;
    schema.m_kind = Kind::String;
    return schema;
}

JsonSchema JsonSchema::boolean()
{
    JsonSchema schema;
    schema.m_kind = Kind::Boolean;
    return schema;
}

JsonSchema JsonSchema::integer()
{
    JsonSchema schema;
    schema.m_kind = Kind::Integer;
    return schema;
}

JsonSchema JsonSchema::array(const JsonSchema &items)
{
    JsonSchema schema;
    schema.m_kind = Kind::Array;
    schema.m_children = {items};
    return schema;
}

JsonSchema JsonSchema::object(std::vector<std::pair<QString, JsonSchema>> properties)
{
    JsonSchema schema;
    schema.m_kind = Kind::Object;
    for (auto &[name, property] : properties) {
        schema.m_names.push_back(name);
        schema.m_children.push_back(std::move(property));
    }
    return schema;
}

JsonSchema JsonSchema::fromObject(const QJsonObject &object)
{
    JsonSchema schema;
    if (!object.isEmpty()) {
        schema.m_kind = Kind::Raw;
        schema.m_raw = object;
    }
    return schema;
}

JsonSchema JsonSchema::nullable() const
{
    JsonSchema schema = *this;
    schema.m_nullable = true;
    return schema;
}

void JsonSchema::write(QByteArray &out) const
{
    switch (m_kind) {
    case Kind::None:
        return;
    case Kind::Raw:
        out += QJsonDocument(m_raw).toJson(QJsonDocument::Compact);
        return;
    case Kind::String:
    case Kind::Boolean:
    case Kind::Integer:
        out += "{\"type\":"
            + typeName(m_kind == Kind::String ? "string"
                    : m_kind == Kind::Boolean ? "boolean"
                                              : "integer",
                m_nullable)
            + '}';
        return;
    case Kind::Array:
        out += "{\"type\":" + typeName("array", m_nullable) + ",\"items\":";
        m_children.front().write(out);
        out += '}';
        return;
    case Kind::Object: {
        out += "{\"type\":" + typeName("object", m_nullable) + ",\"properties\":{";
        QByteArray required;
        for (std::size_t i = 0; i < m_names.size(); ++i) {
            const QByteArray name = quoted(m_names.at(i));
            out += (i == 0 ? "" : ",") + name + ':';
            m_children.at(i).write(out);
            required += (i == 0 ? "" : ",") + name;
        }
        out += "},\"required\":[" + required + "],\"additionalProperties\":false}";
        return;
    }
    }
}

QByteArray JsonSchema::toJson() const
{
    QByteArray out;
    write(out);
    return out;
}

QJsonObject JsonSchema::toObject() const
{
    return isEmpty() ? QJsonObject() : QJsonDocument::fromJson(toJson()).object();
}

void JsonSchema::describe(QString &out) const
{
    switch (m_kind) {
    case Kind::None:
        break;
    case Kind::Raw:
        out += QString::fromUtf8(QJsonDocument(m_raw).toJson(QJsonDocument::Compact));
        break;
    case Kind::String:
        out += u"string"_s;
        break;
    case Kind::Boolean:
        out += u"true or false"_s;
        break;
    case Kind::Integer:
        out += u"integer"_s;
        break;
    case Kind::Array:
        out += u'[';
        m_children.front().describe(out);
        out += u", ...]"_s;
        break;
    case Kind::Object:
        out += u'{';
        for (std::size_t i = 0; i < m_names.size(); ++i) {
            out += (i == 0 ? QString() : u", "_s) + QString::fromUtf8(quoted(m_names.at(i))) + u": "_s;
            m_children.at(i).describe(out);
        }
        out += u'}';
        break;
    }
    if (m_nullable && m_kind != Kind::None && m_kind != Kind::Raw) {
        out += u" or null"_s;
    }
}

QString JsonSchema::shape() const
{
    QString out;
    describe(out);
    return out;
}

} // namespace Workbench::Core
