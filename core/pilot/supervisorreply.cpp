// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "pilot/supervisorreply.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {

// "Gemma 3 12B", "gemma-3-12b" and "google/gemma-3-12b-it" compare on letters and digits only.
QString folded(const QString &name)
{
    QString result;
    for (const QChar c : name) {
        if (c.isLetterOrNumber()) {
            result.append(c.toLower());
        }
    }
    return result;
}

QString firstString(const QJsonObject &object, std::initializer_list<QString> keys)
{
    for (const QString &key : keys) {
        if (const QJsonValue value = object.value(key); value.isString()) {
            return value.toString();
        }
    }
    return {};
}

QStringList strings(const QJsonValue &value)
{
    QStringList result;
    if (value.isString()) {
        result.append(value.toString());
    }
    for (const QJsonValue &item : value.toArray()) {
        if (item.isString()) {
            result.append(item.toString());
        }
    }
    return result;
}

// "None", "No changes needed.", "n/a": what models write where the prompt asks for null.
bool saysNothing(const QString &text)
{
    static const QStringList nothing{u"none"_s, u"null"_s, u"n/a"_s, u"na"_s, u"-"_s, u"nothing"_s,
        u"no change"_s, u"no changes"_s, u"no changes needed"_s, u"no change needed"_s, u"unchanged"_s,
        u"no new instructions"_s, u"keep as is"_s};
    QString folded = text.trimmed().toLower();
    while (folded.endsWith(u'.') || folded.endsWith(u'!')) {
        folded.chop(1);
    }
    return folded.isEmpty() || nothing.contains(folded);
}

Instruction instructionFrom(const QJsonObject &object, const QString &section)
{
    Instruction instruction;
    instruction.section = firstString(object, {u"section"_s});
    if (instruction.section.isEmpty()) {
        instruction.section = section;
    }
    instruction.text = firstString(object, {u"text"_s, u"instruction"_s, u"rule"_s}).trimmed();
    instruction.rationale = firstString(object, {u"rationale"_s, u"why"_s, u"reason"_s});
    instruction.patterns = strings(object.value(u"patterns"_s));
    for (const QJsonValue &value : object.value(u"examples"_s).toArray()) {
        if (value.isString()) {
            instruction.examples.append({value.toString(), {}, {}, {}});
            continue;
        }
        const QJsonObject e = value.toObject();
        instruction.examples.append({firstString(e, {u"text"_s, u"example"_s}),
            firstString(e, {u"correct"_s, u"correct_annotation"_s}),
            firstString(e, {u"common_error"_s, u"error"_s}), firstString(e, {u"why"_s, u"explanation"_s})});
    }
    return instruction;
}

// Instructions in any of the shapes models give them; a section may hold its own list.
std::expected<QList<Instruction>, QString> instructionList(
    const QJsonValue &value, const QString &where, const QString &section = {})
{
    QList<Instruction> result;
    if (value.isUndefined() || value.isNull()) {
        return result;
    }
    if (value.isString()) { // one instruction, bare
        if (!saysNothing(value.toString())) {
            result.append(Instruction{section, value.toString().trimmed(), {}, {}, {}});
        }
        return result;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        // One instruction (under any of the names its text goes by) or one section; never read an
        // instruction's own fields as the names of sections.
        if (object.contains(u"text"_s) || object.contains(u"instruction"_s) || object.contains(u"rule"_s)
            || object.contains(u"instructions"_s)) {
            return instructionList(QJsonArray{object}, where, section);
        }
        // Keyed by section: {"Boundaries": [...], "Types": "..."}.
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            auto part = instructionList(it.value(), u"%1.%2"_s.arg(where, it.key()), it.key());
            if (!part) {
                return std::unexpected(part.error());
            }
            result.append(*part);
        }
        return result;
    }
    if (!value.isArray()) {
        return std::unexpected(where + u": expected an array of instructions"_s);
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        const QString at = u"%1[%2]"_s.arg(where).arg(i);
        if (item.isString()) {
            if (!saysNothing(item.toString())) {
                result.append(Instruction{section, item.toString().trimmed(), {}, {}, {}});
            }
            continue;
        }
        if (!item.isObject()) {
            return std::unexpected(at + u": expected an instruction (an object with its text)"_s);
        }
        const QJsonObject object = item.toObject();
        if (object.value(u"text"_s).isUndefined() && object.value(u"instructions"_s).isArray()) {
            const QString inner = firstString(object, {u"section"_s, u"name"_s, u"title"_s});
            auto nested = instructionList(object.value(u"instructions"_s), at + u".instructions"_s, inner);
            if (!nested) {
                return std::unexpected(nested.error());
            }
            result.append(*nested);
            continue;
        }
        Instruction instruction = instructionFrom(object, section);
        if (instruction.text.isEmpty()) {
            return std::unexpected(at + u".text: expected the instruction's text"_s);
        }
        result.append(instruction);
    }
    return result;
}

void mergeInto(QList<Instruction> &into, const QList<Instruction> &more)
{
    for (const Instruction &instruction : more) {
        const bool known = std::ranges::any_of(
            into, [&instruction](const Instruction &i) { return i.text == instruction.text; });
        if (!known) {
            into.append(instruction);
        }
    }
}

} // namespace

QString SupervisorReply::matchAnnotator(const QString &name, const QList<PoolMember> &pool)
{
    const QString wanted = folded(name);
    if (wanted.isEmpty()) {
        return {};
    }
    for (const PoolMember &member : pool) {
        if (folded(member.name) == wanted) {
            return member.name;
        }
    }
    for (const PoolMember &member : pool) {
        const QString model = folded(member.model);
        const QString bare = folded(member.model.section(u'/', -1));
        if (model == wanted || bare == wanted) {
            return member.name;
        }
    }
    // "Gemma 3 12B" for "google/gemma-3-12b-it": the one member whose model starts so.
    QString only;
    for (const PoolMember &member : pool) {
        if (folded(member.model.section(u'/', -1)).startsWith(wanted)) {
            if (!only.isEmpty()) {
                return {}; // two could be meant
            }
            only = member.name;
        }
    }
    return only;
}

std::expected<SupervisorReply::Organised, QString> SupervisorReply::organised(
    const QJsonObject &answer, const Guideline &current, const QList<PoolMember> &pool)
{
    const auto known = [](const QJsonObject &object) {
        return object.contains(u"goal"_s) || object.contains(u"common"_s) || object.contains(u"annotators"_s)
            || object.contains(u"instructions"_s);
    };
    QJsonObject reply = answer;
    if (!known(reply)) {
        // Wrapped, as in {"guideline": {...}} or {"organized_guideline": {...}}: the one object inside
        // that holds a guideline; of several, the one named a guideline (keys come sorted, so the
        // first would be chosen by its name's spelling, not by what it is).
        QStringList candidates;
        for (auto it = answer.constBegin(); it != answer.constEnd(); ++it) {
            if (it.value().isObject() && known(it.value().toObject())) {
                candidates.append(it.key());
            }
        }
        QStringList named = candidates;
        named.removeIf([](const QString &key) { return !key.contains(u"guideline"_s, Qt::CaseInsensitive); });
        if (candidates.size() == 1 || named.size() == 1) {
            reply = answer.value(candidates.size() == 1 ? candidates.first() : named.first()).toObject();
        } else if (candidates.size() > 1) {
            return std::unexpected(u"expected one organised guideline, found %1 (%2)"_s.arg(candidates.size())
                                       .arg(candidates.join(u", "_s)));
        }
    }
    if (!known(reply)) {
        return std::unexpected(
            u"expected the organised guideline: an object with \"goal\", \"common\" and \"annotators\""_s);
    }
    Organised result;
    Guideline &organised = result.guideline;
    organised.version = current.version;
    organised.goal = reply.value(u"goal"_s).toString().trimmed();
    if (organised.goal.isEmpty()) {
        organised.goal = current.goal; // no rewrite offered
    }
    const QString commonKey = reply.contains(u"common"_s) ? u"common"_s : u"instructions"_s;
    auto common = instructionList(reply.value(commonKey), commonKey);
    if (!common) {
        return std::unexpected(common.error());
    }
    // The prompts say "null or an empty list where you have nothing to say": nothing said about
    // the common instructions keeps them (a model that returns [] must not wipe the guideline).
    organised.common = common->isEmpty() ? current.common : *common;

    // Per annotator: a list of {"name", "instructions"} or an object keyed by name.
    QList<std::pair<QString, QJsonValue>> entries;
    const QJsonValue annotators = reply.value(u"annotators"_s);
    if (annotators.isObject()) {
        const QJsonObject byName = annotators.toObject();
        for (auto it = byName.constBegin(); it != byName.constEnd(); ++it) {
            entries.append({it.key(), it.value()});
        }
    } else if (annotators.isArray()) {
        const QJsonArray list = annotators.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonObject entry = list.at(i).toObject();
            const QString name = firstString(entry, {u"name"_s, u"annotator"_s});
            if (name.isEmpty()) {
                return std::unexpected(u"annotators[%1].name: expected an annotator's name"_s.arg(i));
            }
            entries.append({name, entry.value(u"instructions"_s)});
        }
    } else if (!annotators.isUndefined() && !annotators.isNull()) {
        return std::unexpected(u"annotators: expected a list of annotators with their instructions"_s);
    }
    if (entries.isEmpty()) {
        organised.perAnnotator = current.perAnnotator; // likewise for the annotators' own
    }
    for (const auto &[name, value] : std::as_const(entries)) {
        auto own = instructionList(value, u"annotators[%1].instructions"_s.arg(name));
        if (!own) {
            return std::unexpected(own.error());
        }
        if (own->isEmpty()) {
            continue;
        }
        const QString member = matchAnnotator(name, pool);
        if (member.isEmpty()) {
            const auto same = std::ranges::find(result.unmatched, name, &UnmatchedInstructions::name);
            if (same != result.unmatched.end()) {
                mergeInto(same->instructions, *own);
            } else {
                result.unmatched.append({name, *own});
            }
            continue;
        }
        mergeInto(organised.perAnnotator[member], *own);
    }
    return result;
}

} // namespace Workbench::Core
