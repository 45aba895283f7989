// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "modelzoo.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Test {

namespace {

const QStringList persons{u"Ada Lovelace"_s, u"Grace Hopper"_s, u"Kurt Gödel"_s, u"Alan Turing"_s};
const QStringList cities{u"Paris"_s, u"Zürich"_s, u"Boston"_s, u"Tokyo"_s, u"Lisbon"_s};
const QString emptySentence = u"Nothing happened here today ."_s;

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject entity(const QString &text, const QString &type, std::optional<int> start = {})
{
    QJsonObject object{{u"text"_s, text}, {u"type"_s, type}};
    if (start) {
        object.insert(u"start"_s, *start);
        object.insert(u"end"_s, *start + int(text.size()));
    }
    return object;
}

// The model a request is for: Azure names it in the path only.
QString modelOf(const ProtocolServer::Request &request)
{
    static const QRegularExpression deployment(u"/openai/deployments/([^/]+)/"_s);
    const QRegularExpressionMatch match = deployment.match(QString::fromUtf8(request.path));
    return match.hasMatch() ? match.captured(1) : request.json().value(u"model"_s).toString();
}

// The conversation's first user message (Anthropic keeps the system prompt apart).
QString promptOf(const ProtocolServer::Request &request)
{
    for (const QJsonValue &message : request.json().value(u"messages"_s).toArray()) {
        if (message.toObject().value(u"role"_s).toString() == u"user") {
            return message.toObject().value(u"content"_s).toString();
        }
    }
    return {};
}

QJsonObject instruction(const QString &section, const QString &text, const QString &pattern, bool full)
{
    if (!full) { // a model that leaves out what is optional
        return QJsonObject{{u"text"_s, text}, {u"section"_s, section}};
    }
    return QJsonObject{{u"section"_s, section}, {u"text"_s, text},
        {u"examples"_s,
            QJsonArray{QJsonObject{{u"text"_s, ModelZoo::sentence(0)},
                {u"correct"_s, u"Ada Lovelace: person"_s}, {u"common_error"_s, u"Dr. Ada Lovelace: person"_s},
                {u"why"_s, u"a title is not a name"_s}}}},
        {u"rationale"_s, u"the annotators split on this in every sentence"_s},
        {u"patterns"_s, QJsonArray{pattern}}};
}

QJsonObject supervisorReply(const QString &prompt, const bool full)
{
    // Round 1 on, the existing instructions hold the rules (phase 4 also quotes phase 3's).
    const qsizetype existing = prompt.indexOf(u"## Existing instructions"_s);
    const bool later = prompt.mid(existing, prompt.indexOf(u"## Annotators"_s) - existing)
                           .contains(QLatin1String(ModelZoo::titleRule));
    if (prompt.contains(u"(phase 1 of 4"_s)) {
        QJsonObject titles{{u"name"_s, u"titles in names"_s}, {u"frequency"_s, u"most sentences"_s},
            {u"root_cause"_s, u"the guideline is silent on titles"_s},
            {u"affected_types"_s, QJsonArray{u"person"_s}},
            {u"approaches"_s,
                QJsonArray{QJsonObject{{u"description"_s, u"title inside"_s},
                               {u"annotators"_s, QJsonArray{u"qwen"_s}}},
                    QJsonObject{{u"description"_s, u"name alone"_s},
                        {u"annotators"_s, QJsonArray{u"gpt-oss"_s, u"gemma"_s}}}}}};
        QJsonObject reply{
            {u"patterns"_s,
                QJsonArray{titles,
                    QJsonObject{{u"name"_s, u"cities as persons"_s}, {u"frequency"_s, u"often"_s},
                        {u"root_cause"_s, u"hashtags look like handles"_s},
                        {u"affected_types"_s, QJsonArray{u"location"_s}}, {u"approaches"_s, QJsonArray{}}}}},
            {u"principles"_s, QJsonArray{u"names without titles"_s}}};
        if (full) {
            reply.insert(u"unclear_goal_parts"_s, QJsonArray{u"whether hashtags count"_s});
        } else {
            reply.insert(u"confidence"_s, 0.8); // a key of its own
        }
        return reply;
    }
    if (prompt.contains(u"(phase 2 of 4"_s)) {
        return QJsonObject{{u"annotator"_s, u"x"_s}, {u"biases"_s, QJsonArray{u"tags titles"_s}}};
    }
    // Phases 3 and 4: the guideline. From round 1 on it is the one given: nothing to propose.
    QJsonObject guideline{{u"goal"_s,
                              later ? QJsonValue(QJsonValue::Null)
                                    : QJsonValue(u"Tag the persons and locations named in tweets; a hashtag "
                                                 u"naming a city is a location."_s)},
        {u"common"_s,
            QJsonArray{instruction(u"Boundaries"_s, QString::fromLatin1(ModelZoo::titleRule),
                           u"titles in names"_s, full),
                instruction(
                    u"Types"_s, QString::fromUtf8(ModelZoo::cityRule), u"cities as persons"_s, full)}},
        {u"annotators"_s,
            QJsonArray{QJsonObject{{u"name"_s, u"Gemma 3 12B"_s},
                           {u"instructions"_s,
                               QJsonArray{instruction({}, u"Keep the # of a hashtag inside the mention."_s,
                                   u"cities as persons"_s, full)}}},
                QJsonObject{{u"name"_s, u"Llama 4 Scout"_s},
                    {u"instructions"_s,
                        QJsonArray{
                            instruction({}, u"Mark flag emojis as locations."_s, u"flags"_s, full)}}}}}};
    if (!full) {
        guideline.insert(u"notes"_s, u"merged the rules"_s);
    }
    return guideline;
}

ProtocolServer::Script supervise(const ProtocolServer::Request &request, const QString &model)
{
    ProtocolServer::Script script;
    script.promptTokens = 4000;
    script.completionTokens = 900;
    const QString prompt = promptOf(request);
    if (model == u"sup-fenced") {
        // Ignores response_format: what it writes comes from the prompt alone.
        if (!prompt.contains(u"## Answer format"_s) || !prompt.contains(u"\"common\": [{"_s)) {
            script.content = u"Here is my analysis.\n```json\n{\"analysis\": \"the annotators disagree on "
                             u"titles and hashtags\"}\n```"_s;
            return script;
        }
        script.content = u"Sure! Here is the JSON you asked for:\n```json\n"_s
            + compact(supervisorReply(prompt, true)) + u"\n```\nLet me know if anything is unclear."_s;
        return script;
    }
    if (model == u"claude-sup" && !request.json().contains(u"tools"_s)) {
        // Without a tool to fill, Claude answers as it talks: Markdown, no JSON to read.
        script.content = u"I've reviewed the disagreements. Here is the revised guideline:\n\n**Goal:** tag "
                         u"persons and locations in tweets.\n\n**Boundaries**\n1. "_s
            + QString::fromLatin1(ModelZoo::titleRule) + u"\n\n**Types**\n1. "_s
            + QString::fromUtf8(ModelZoo::cityRule) + u"\n\nLet me know if you'd like changes."_s;
        return script;
    }
    script.content = compact(supervisorReply(prompt, model != u"claude-sup"));
    if (model == u"sup-cutoff" && request.json().value(u"max_tokens"_s).toInt() < 5000) {
        // The first answer of each phase runs into the output limit.
        script.content = script.content.left(script.content.size() / 2);
        script.cutOff = true;
    }
    return script;
}

// An annotator's answer to one text, its habits included.
QString annotate(const QString &model, const QString &prompt, const QString &text)
{
    const bool titlesOut = prompt.contains(QLatin1String(ModelZoo::titleRule));
    const bool citiesAreLocations = prompt.contains(QString::fromUtf8(ModelZoo::cityRule));
    if (model == u"mistral-small" && text.contains(u"Grace Hopper"_s)) {
        return QString::fromLatin1(ModelZoo::refusal); // every time it is asked
    }
    QJsonArray entities;
    for (const QString &person : persons) {
        const qsizetype at = text.indexOf(person);
        if (at < 0) {
            continue;
        }
        if (model == u"qwen3-14b") {
            const QString mention = titlesOut ? person : u"Dr. "_s + person;
            const qsizetype start = titlesOut ? at : at - 4;
            const int bytes = int(text.left(start).toUtf8().size()); // bytes, not characters
            const QJsonObject e = entity(mention, u"person"_s, bytes);
            entities.append(e);
            entities.append(e); // the same mention twice
        } else if (model == u"google/gemma-3-12b-it") {
            entities.append(entity(person, u"Person"_s));
        } else if (model == u"phi-4") {
            entities.append(entity(person, u"person"_s, int(at)));
            const QString surname = person.section(u' ', -1);
            entities.append(entity(surname, u"person"_s, int(at + person.size() - surname.size())));
        } else {
            entities.append(entity(person, u"person"_s, int(at)));
        }
    }
    for (const QString &city : cities) {
        const qsizetype at = text.indexOf(u'#' + city);
        if (at < 0) {
            continue;
        }
        if (model == u"google/gemma-3-12b-it") {
            entities.append(entity(city, u"LOCATION"_s)); // inside the token "#city"
        } else if (model == u"qwen3-14b") {
            const QJsonObject e = entity(u'#' + city, u"location"_s, int(text.left(at).toUtf8().size()));
            entities.append(e);
            entities.append(e);
        } else {
            const bool wrong = model == u"phi-4" && !citiesAreLocations;
            entities.append(entity(u'#' + city, wrong ? u"person"_s : u"location"_s, int(at)));
        }
    }
    const QString json = compact(QJsonObject{{u"entities"_s, entities}});
    if (model == u"gpt-oss-20b") {
        return u"<think>Scan the text for persons and locations.</think>"_s + json;
    }
    if (model == u"phi-4" && entities.isEmpty()) {
        return u"Sure! I found no entities in this text:\n```json\n"_s + json + u"\n```"_s;
    }
    return json;
}

} // namespace

QString ModelZoo::sentence(const int i)
{
    return u"Dr. %1 visited #%2 last week ."_s.arg(
        persons.at(i % persons.size()), cities.at(i % cities.size()));
}

QByteArray ModelZoo::goldConll(const int sentences)
{
    QByteArray conll;
    const auto add = [&conll](const int i) {
        const QStringList person = persons.at(i % persons.size()).split(u' ');
        conll += "Dr.\tO\n" + person.at(0).toUtf8() + "\tB-person\n" + person.at(1).toUtf8() + "\tI-person\n";
        conll += "visited\tO\n#" + cities.at(i % cities.size()).toUtf8()
            + "\tB-location\nlast\tO\nweek\tO\n.\tO\n\n";
    };
    for (int i = 0; i < sentences; ++i) {
        add(i);
    }
    for (const QString &token : emptySentence.split(u' ')) {
        conll += token.toUtf8() + "\tO\n";
    }
    conll += "\n";
    add(0); // a retweet
    return conll;
}

QByteArray ModelZoo::config(
    const QString &baseUrl, const Supervisor supervisor, const int batchSize, const int rounds)
{
    const auto endpoint = [&baseUrl](const char *id, const char *api, const QString &path,
                              const char *deployment = nullptr) {
        QJsonObject object{{u"id"_s, QString::fromLatin1(id)}, {u"api"_s, QString::fromLatin1(api)},
            {u"base_url"_s, QString(baseUrl + path)}};
        if (deployment != nullptr) {
            object.insert(u"deployment"_s, QString::fromLatin1(deployment));
        }
        return object;
    };
    const auto annotator = [](const char *name, const char *endpointId, const char *model) {
        return QJsonObject{{u"name"_s, QString::fromLatin1(name)},
            {u"endpoint"_s, QString::fromLatin1(endpointId)}, {u"model"_s, QString::fromLatin1(model)}};
    };
    QJsonObject knobs{{u"batch_size"_s, batchSize}, {u"rounds"_s, rounds}, {u"seed"_s, 1}};
    // Each supervisor: its endpoint and model (the model name picks its misbehaviour).
    static const QHash<Supervisor, std::pair<QString, QString>> supervisors{
        {Supervisor::OpenAiStrict, {u"openai"_s, u"sup-strict"_s}},
        {Supervisor::Azure, {u"azure-sup"_s, u"sup-strict"_s}},
        {Supervisor::Anthropic, {u"anthropic"_s, u"claude-sup"_s}},
        {Supervisor::Ollama, {u"ollama"_s, u"sup-ollama"_s}},
        {Supervisor::Compatible, {u"compat"_s, u"sup-fenced"_s}},
        {Supervisor::CutOff, {u"openai"_s, u"sup-cutoff"_s}}};
    const auto &[bossEndpoint, bossModel] = supervisors.value(supervisor);
    const QJsonObject boss{{u"endpoint"_s, bossEndpoint}, {u"model"_s, bossModel}};
    if (supervisor == Supervisor::CutOff) {
        knobs.insert(u"supervisor_max_output_tokens"_s, 3000); // so that twice as much can be asked
    }
    // Made-up prices per million tokens, so that costs are measured: the supervisor dearer.
    QJsonArray prices;
    for (const char *model :
        {"gpt-oss-20b", "google/gemma-3-12b-it", "qwen3-14b", "phi-4", "mistral-small"}) {
        prices.append(QJsonObject{{u"model"_s, QString::fromLatin1(model)}, {u"input"_s, 0.1},
            {u"output"_s, 0.4}, {u"date"_s, u"2026-12-01"_s}, {u"source"_s, u"test"_s}});
    }
    prices.append(QJsonObject{{u"model"_s, boss.value(u"model"_s)}, {u"input"_s, 1.0}, {u"output"_s, 8.0},
        {u"date"_s, u"2026-12-01"_s}, {u"source"_s, u"test"_s}});
    const QJsonObject json{
        {u"scheme"_s,
            QJsonObject{{u"types"_s,
                QJsonArray{QJsonObject{{u"code"_s, u"person"_s}, {u"definition"_s, u"A person, by name."_s}},
                    QJsonObject{
                        {u"code"_s, u"location"_s}, {u"definition"_s, u"A place: a city, a country."_s}}}}}},
        {u"goal"_s, u"Tag people and places in tweets about scientists."_s},
        {u"endpoints"_s,
            QJsonArray{endpoint("openai", "openai", u"/v1"_s), endpoint("compat", "openai", u"/v1"_s),
                endpoint("ollama", "ollama", {}), endpoint("anthropic", "anthropic", {}),
                endpoint("azure-mistral", "azure", {}, "mistral-small"),
                endpoint("azure-sup", "azure", {}, "sup-strict")}},
        {u"annotators"_s,
            QJsonArray{annotator("gpt-oss", "openai", "gpt-oss-20b"),
                annotator("gemma", "openai", "google/gemma-3-12b-it"),
                annotator("qwen", "ollama", "qwen3-14b"), annotator("phi", "anthropic", "phi-4"),
                annotator("mistral", "azure-mistral", "mistral-small")}},
        {u"supervisor"_s, boss}, {u"knobs"_s, knobs}, {u"prices"_s, QJsonObject{{u"prices"_s, prices}}}};
    return QJsonDocument(json).toJson();
}

void ModelZoo::serve(ProtocolServer &server)
{
    server.setModels({u"qwen3-14b"_s, u"sup-ollama"_s});
    server.setHandler(&ModelZoo::answer);
}

ProtocolServer::Script ModelZoo::answer(const ProtocolServer::Request &request)
{
    const QString model = modelOf(request);
    if (model.startsWith(u"sup-"_s) || model == u"claude-sup") {
        return supervise(request, model);
    }
    const QString prompt = promptOf(request);
    const QString text = prompt.mid(prompt.indexOf(u"## Text\n"_s) + 8).trimmed();
    ProtocolServer::Script script;
    script.promptTokens = prompt.size() / 4;
    script.completionTokens = 60;
    script.content = annotate(model, prompt, text);
    return script;
}

} // namespace Workbench::Test
