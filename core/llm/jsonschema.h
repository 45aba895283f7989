// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <utility>
#include <vector>

namespace Workbench::Core {

/*! \brief A JSON schema for structured output that keeps its properties in the order given.
 *
 * Models write the keys of an object in the order its schema lists them, so an instruction's
 * text comes before its examples only if the schema says so; QJsonObject sorts keys
 * alphabetically, hence this type. Objects are strict as OpenAI requires (every property
 * required, no additional ones); a property that may be left out is nullable instead.
 * Usage: \c{auto s = JsonSchema::object({{u"text"_s, JsonSchema::string()}}); s.toJson();}
 */
class JsonSchema
{
public:
    //! No schema: free text.
    JsonSchema() = default;

    [[nodiscard]] static JsonSchema string();
    [[nodiscard]] static JsonSchema boolean();
    [[nodiscard]] static JsonSchema integer();
    [[nodiscard]] static JsonSchema array(const JsonSchema &items);
    [[nodiscard]] static JsonSchema object(std::vector<std::pair<QString, JsonSchema>> properties);
    //! A schema the user wrote, kept as it is (its key order is QJsonObject's).
    [[nodiscard]] static JsonSchema fromObject(const QJsonObject &schema);
    //! The same schema, also allowing null (how a strict schema says "optional").
    [[nodiscard]] JsonSchema nullable() const;

    [[nodiscard]] bool isEmpty() const { return m_kind == Kind::None; }
    //! Compact JSON, properties in their order; empty for no schema.
    [[nodiscard]] QByteArray toJson() const;
    //! The same as an object (key order lost), for readers that only look things up.
    [[nodiscard]] QJsonObject toObject() const;
    /*! The shape of a conforming answer for a prompt, in order, e.g.
     * \c{{"name": string, "examples": [{"text": string}], "note": string or null}}: what a server
     * that ignores structured output still gets told. */
    [[nodiscard]] QString shape() const;

    friend bool operator==(const JsonSchema &, const JsonSchema &) = default;

private:
    enum class Kind { None, Raw, String, Boolean, Integer, Array, Object };

    void write(QByteArray &out) const;
    void describe(QString &out) const;

    Kind m_kind = Kind::None;
    bool m_nullable = false;
    QJsonObject m_raw; //!< Kind::Raw
    std::vector<QString> m_names; //!< Kind::Object: property names, in order
    std::vector<JsonSchema> m_children; //!< Object: the properties' schemas; Array: the items'
};

} // namespace Workbench::Core
