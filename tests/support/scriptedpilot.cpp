// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "scriptedpilot.h"

#include "session/pilotproject.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Test {

const QStringList &ScriptedPilot::persons()
{
    static const QStringList list{u"Ada Lovelace"_s, u"Alan Turing"_s, u"Grace Hopper"_s,
        u"Katherine Johnson"_s, u"Edsger Dijkstra"_s, u"Barbara Liskov"_s, u"Donald Knuth"_s,
        u"Frances Allen"_s, u"John Backus"_s, u"Margaret Hamilton"_s, u"Dennis Ritchie"_s, u"Ken Thompson"_s};
    return list;
}

const QStringList &ScriptedPilot::cities()
{
    static const QStringList list{u"Paris"_s, u"London"_s, u"Boston"_s, u"Berlin"_s, u"Tokyo"_s, u"Madrid"_s,
        u"Rome"_s, u"Vienna"_s, u"Oslo"_s, u"Lisbon"_s, u"Dublin"_s, u"Prague"_s};
    return list;
}

QString ScriptedPilot::sentence(const int i)
{
    return u"Dr. %1 visited %2 last week ."_s.arg(
        persons().at(i % persons().size()), cities().at(i % cities().size()));
}

QByteArray ScriptedPilot::goldConll(const int sentences)
{
    QByteArray conll;
    for (int i = 0; i < sentences; ++i) {
        const QStringList person = persons().at(i % persons().size()).split(u' ');
        conll += "Dr.\tO\n";
        for (qsizetype k = 0; k < person.size(); ++k) {
            conll += person.at(k).toUtf8() + (k == 0 ? "\tB-PER\n" : "\tI-PER\n");
        }
        conll += "visited\tO\n" + cities().at(i % cities().size()).toUtf8()
            + "\tB-LOC\nlast\tO\nweek\tO\n.\tO\n\n";
    }
    return conll;
}

QByteArray ScriptedPilot::config(const QString &baseUrl, const int batchSize, const int rounds)
{
    const QJsonObject json{
        {u"scheme"_s,
            QJsonObject{{u"types"_s,
                QJsonArray{QJsonObject{{u"code"_s, u"PER"_s}, {u"definition"_s, u"A person."_s}},
                    QJsonObject{{u"code"_s, u"LOC"_s}, {u"definition"_s, u"A place."_s}}}}}},
        {u"goal"_s, u"Tag people and places in short sentences about scientists."_s},
        {u"endpoints"_s,
            QJsonArray{QJsonObject{{u"id"_s, u"local"_s}, {u"api"_s, u"openai"_s},
                {u"base_url"_s, QString(baseUrl + u"/v1"_s)}}}},
        {u"annotators"_s,
            QJsonArray{
                QJsonObject{{u"name"_s, u"alpha"_s}, {u"endpoint"_s, u"local"_s}, {u"model"_s, u"alpha"_s}},
                QJsonObject{{u"name"_s, u"beta"_s}, {u"endpoint"_s, u"local"_s}, {u"model"_s, u"beta"_s}},
                QJsonObject{{u"name"_s, u"gamma"_s}, {u"endpoint"_s, u"local"_s}, {u"model"_s, u"gamma"_s}}}},
        {u"supervisor"_s, QJsonObject{{u"endpoint"_s, u"local"_s}, {u"model"_s, u"sup"_s}}},
        {u"knobs"_s, QJsonObject{{u"batch_size"_s, batchSize}, {u"rounds"_s, rounds}, {u"seed"_s, 1}}}};
    return QJsonDocument(json).toJson();
}

QString ScriptedPilot::createProject(const QString &directory, const QString &baseUrl, const int sentences,
    const int batchSize, const int rounds)
{
    const QString corpus = QDir(directory).filePath(u"corpus.conll"_s);
    QFile file(corpus);
    if (!file.open(QIODevice::WriteOnly) || file.write(goldConll(sentences)) < 0) {
        return {};
    }
    file.close();
    const auto parsed = Core::PilotConfig::fromJson(config(baseUrl, batchSize, rounds));
    const QString path = QDir(directory).filePath(u"pilot.dzn"_s);
    return parsed && Core::PilotProject::create(path, corpus, corpus, *parsed) ? path : QString();
}

ProtocolServer::Script ScriptedPilot::answer(const ProtocolServer::Request &request)
{
    const QJsonObject body = request.json();
    QString model = body.value(u"model"_s).toString();
    ProtocolServer::Script script;
    if (model == u"sup") {
        const QString phase = body.value(u"response_format"_s)
                                  .toObject()
                                  .value(u"json_schema"_s)
                                  .toObject()
                                  .value(u"name"_s)
                                  .toString();
        QJsonObject reply;
        if (phase == u"pattern_analysis") {
            // As the phase's schema asks: how often, why, and which annotators took which way.
            const auto pattern = [](const char *name, const char *cause, const char *type, const char *one,
                                     const QJsonArray &oneBy, const char *other, const QJsonArray &otherBy) {
                return QJsonObject{{u"name"_s, QString::fromLatin1(name)},
                    {u"frequency"_s, u"every sentence"_s}, {u"root_cause"_s, QString::fromLatin1(cause)},
                    {u"affected_types"_s, QJsonArray{QString::fromLatin1(type)}},
                    {u"approaches"_s,
                        QJsonArray{QJsonObject{{u"description"_s, QString::fromLatin1(one)},
                                       {u"annotators"_s, oneBy}},
                            QJsonObject{
                                {u"description"_s, QString::fromLatin1(other)}, {u"annotators"_s, otherBy}}}},
                    {u"covered_by_existing"_s, false}};
            };
            reply = {{u"patterns"_s,
                         QJsonArray{pattern("titles in names", "the guideline says nothing of titles", "PER",
                                        "the title inside the name", QJsonArray{u"beta"_s}, "the name alone",
                                        QJsonArray{u"alpha"_s, u"gamma"_s}),
                             pattern("cities as persons", "cities named after people", "LOC", "city as PER",
                                 QJsonArray{u"gamma"_s}, "city as LOC", QJsonArray{u"alpha"_s, u"beta"_s})}},
                {u"principles"_s, QJsonArray{u"titles are not names"_s}}};
        } else if (phase == u"annotator_analysis") {
            reply = {{u"annotator"_s, u"x"_s}, {u"biases"_s, QJsonArray{}}};
        } else {
            const auto rule = [](const char *section, const char *text, const char *pattern) {
                const QJsonObject example{{u"text"_s, sentence(0)}, {u"correct"_s, u"Ada Lovelace: PER"_s},
                    {u"common_error"_s, u"Dr. Ada Lovelace: PER"_s},
                    {u"why"_s, u"the title is not the name"_s}};
                return QJsonObject{{u"section"_s, QString::fromLatin1(section)},
                    {u"text"_s, QString::fromLatin1(text)}, {u"rationale"_s, u"annotators split here"_s},
                    {u"patterns"_s, QJsonArray{QString::fromLatin1(pattern)}},
                    {u"examples"_s,
                        QString::fromLatin1(pattern) == u"titles in names" ? QJsonArray{example}
                                                                           : QJsonArray{}}};
            };
            reply = {{u"goal"_s, QString()},
                {u"common"_s,
                    QJsonArray{rule("Boundaries", titleRule, "titles in names"),
                        rule("Types", cityRule, "cities as persons")}},
                {u"annotators"_s, QJsonArray{}}};
        }
        script.content = QString::fromUtf8(QJsonDocument(reply).toJson(QJsonDocument::Compact));
        return script;
    }
    if (model == u"mute"_s) { // finds nothing, ever
        script.content = u"{\"entities\": []}"_s;
        return script;
    }
    const QString prompt =
        body.value(u"messages"_s).toArray().first().toObject().value(u"content"_s).toString();
    const QString text = prompt.mid(prompt.indexOf(u"## Text\n"_s) + 8).trimmed();
    if (model == u"wavering"_s) {
        model = text.size() % 2 != 0 ? u"gamma"_s : u"alpha"_s;
    }
    QJsonArray entities;
    for (const QString &person : persons()) {
        qsizetype start = text.indexOf(person);
        if (start < 0) {
            continue;
        }
        QString mention = person;
        if (model == u"beta" && !prompt.contains(QLatin1String(titleRule))
            && text.mid(start - 4, 4) == u"Dr. ") {
            start -= 4;
            mention = u"Dr. "_s + person;
        }
        entities.append(QJsonObject{{u"text"_s, mention}, {u"type"_s, u"PER"_s}, {u"start"_s, start},
            {u"end"_s, start + mention.size()}});
    }
    for (const QString &city : cities()) {
        const qsizetype start = text.indexOf(city);
        if (start >= 0) {
            const bool wrong = model == u"gamma" && !prompt.contains(QLatin1String(cityRule));
            entities.append(QJsonObject{{u"text"_s, city}, {u"type"_s, wrong ? u"PER"_s : u"LOC"_s},
                {u"start"_s, start}, {u"end"_s, start + city.size()}});
        }
    }
    script.content = QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"entities"_s, entities}}).toJson(QJsonDocument::Compact));
    return script;
}

std::function<ProtocolServer::Script(const ProtocolServer::Request &)> ScriptedPilot::citingTheBatch()
{
    auto lastText = std::make_shared<QString>();
    return [lastText](const ProtocolServer::Request &request) {
        ProtocolServer::Script script = answer(request);
        const QJsonObject body = request.json();
        if (body.value(u"model"_s).toString() != u"sup") {
            const QString prompt =
                body.value(u"messages"_s).toArray().first().toObject().value(u"content"_s).toString();
            // The supervisor speaks after every annotator of the round: the last text is the round's.
            *lastText = prompt.mid(prompt.indexOf(u"## Text\n"_s) + 8).trimmed();
            return script;
        }
        QJsonObject reply = QJsonDocument::fromJson(script.content.toUtf8()).object();
        if (!reply.contains(u"common"_s)) {
            return script;
        }
        QJsonArray common = reply.value(u"common"_s).toArray();
        for (qsizetype i = 0; i < common.size(); ++i) {
            QJsonObject rule = common.at(i).toObject();
            QJsonObject example{{u"text"_s, QString(*lastText).replace(u" ."_s, u"."_s)},
                {u"correct"_s, u"the name alone"_s}, {u"common_error"_s, u"the title inside"_s},
                {u"why"_s, u"the title is not the name"_s}};
            if (rule.value(u"text"_s).toString() == QLatin1String(cityRule)) {
                example[u"text"_s] = QString::fromLatin1(absentExample);
            }
            rule[u"examples"_s] = QJsonArray{example};
            common[i] = rule;
        }
        reply[u"common"_s] = common;
        script.content = QString::fromUtf8(QJsonDocument(reply).toJson(QJsonDocument::Compact));
        return script;
    };
}

} // namespace Workbench::Test
