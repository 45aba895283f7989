// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "pilot/replyparser.h"

#include "llm/providercodec.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {

// Follows JSON text character by character and tells whether each one is string content.
class StringTracker
{
public:
    //! True when \a c belongs to a string literal (its quotes included).
    bool inString(const QChar c)
    {
        if (m_inString) {
            if (m_escaped) {
                m_escaped = false;
            } else if (c == u'\\') {
                m_escaped = true;
            } else if (c == u'"') {
                m_inString = false;
            }
            return true;
        }
        m_inString = c == u'"';
        return m_inString;
    }

private:
    bool m_inString = false;
    bool m_escaped = false;
};

// The first balanced {...} in text, braces inside strings ignored; empty when there is none.
QString outermostObject(const QString &text)
{
    const qsizetype open = text.indexOf(u'{');
    if (open < 0) {
        return {};
    }
    int depth = 0;
    StringTracker strings;
    for (qsizetype i = open; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (strings.inString(c)) {
            continue;
        }
        if (c == u'{') {
            ++depth;
        } else if (c == u'}' && --depth == 0) {
            return text.mid(open, i - open + 1);
        }
    }
    return {};
}

// Removes commas directly before a closing bracket or brace, outside strings.
QString withoutTrailingCommas(const QString &json)
{
    QString out;
    out.reserve(json.size());
    StringTracker strings;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const QChar c = json.at(i);
        if (!strings.inString(c) && c == u',') {
            qsizetype next = i + 1;
            while (next < json.size() && json.at(next).isSpace()) {
                ++next;
            }
            if (next < json.size() && (json.at(next) == u'}' || json.at(next) == u']')) {
                continue;
            }
        }
        out += c;
    }
    return out;
}

std::optional<int> offset(const QJsonValue &value)
{
    if (value.isDouble() && value.toDouble() >= 0) {
        return int(value.toDouble());
    }
    if (value.isString()) {
        bool ok = false;
        const int number = value.toString().toInt(&ok);
        if (ok && number >= 0) {
            return number;
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<QJsonObject> ReplyParser::extractObject(const QString &text, bool *repaired)
{
    QString body = text;
    QString reasoning;
    ProviderCodec::splitReasoning(body, reasoning);
    const QString candidate = outermostObject(body);
    if (candidate.isEmpty()) {
        return std::nullopt;
    }
    const QJsonDocument direct = QJsonDocument::fromJson(candidate.toUtf8());
    if (direct.isObject()) {
        if (repaired != nullptr) {
            *repaired = candidate.size() != text.trimmed().size();
        }
        return direct.object();
    }
    const QJsonDocument cleaned = QJsonDocument::fromJson(withoutTrailingCommas(candidate).toUtf8());
    if (cleaned.isObject()) {
        if (repaired != nullptr) {
            *repaired = true;
        }
        return cleaned.object();
    }
    return std::nullopt;
}

std::expected<ReplyParser::Result, QString> ReplyParser::parse(const QString &reply, const QStringList &types)
{
    Result result;
    const auto object = extractObject(reply, &result.repaired);
    if (!object) {
        return std::unexpected(u"expected a JSON object {\"entities\": [...]}, found none that parses"_s);
    }
    const QJsonValue entities = object->value(u"entities"_s);
    if (!entities.isArray()) {
        return std::unexpected(u"expected \"entities\" to be an array"_s);
    }
    for (const QJsonValue &value : entities.toArray()) {
        const QJsonObject entity = value.toObject();
        Mention mention{entity.value(u"text"_s).toString(), entity.value(u"type"_s).toString(),
            offset(entity.value(u"start"_s)), offset(entity.value(u"end"_s)),
            entity.value(u"confidence"_s).toDouble(1.0)};
        if (mention.text.trimmed().isEmpty() || mention.type.isEmpty()) {
            ++result.droppedMalformed;
            continue;
        }
        // Models vary the case of type codes ("per" for PER); the scheme's spelling wins.
        const auto known = std::ranges::find_if(types,
            [&mention](const QString &t) { return t.compare(mention.type, Qt::CaseInsensitive) == 0; });
        if (known == types.end()) {
            ++result.droppedUnknownType;
            continue;
        }
        mention.type = *known;
        result.mentions.append(mention);
    }
    return result;
}

} // namespace Workbench::Core
