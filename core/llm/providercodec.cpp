// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "llm/providercodec.h"

#include "llm/modelcapabilities.h"
#include "llm/redaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {

QUrl joined(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString basePath = url.path();
    while (basePath.endsWith(u'/')) {
        basePath.chop(1);
    }
    url.setPath(basePath + path);
    return url;
}

QNetworkRequest jsonRequest(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setHeader(QNetworkRequest::UserAgentHeader,
        u"DiZiNER-Workbench/%1"_s.arg(QCoreApplication::applicationVersion()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return request;
}

void authorise(QNetworkRequest &request, const Endpoint &endpoint, const QString &key)
{
    if (key.isEmpty()) {
        return;
    }
    switch (endpoint.style) {
    case ApiStyle::OpenAi:
    case ApiStyle::Ollama:
        request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
        break;
    case ApiStyle::Azure:
        request.setRawHeader("api-key", key.toUtf8());
        break;
    case ApiStyle::Anthropic:
        request.setRawHeader("x-api-key", key.toUtf8());
        break;
    }
}

QJsonArray messagesJson(const QList<ChatMessage> &messages, bool withSystem)
{
    QJsonArray array;
    for (const ChatMessage &message : messages) {
        if (!withSystem && message.role == u"system") {
            continue;
        }
        array.append(QJsonObject{{u"role"_s, message.role}, {u"content"_s, message.content}});
    }
    return array;
}

// Where the ordered schema goes: a QJsonObject would sort its keys, so the body is built with
// this marker and the schema's own text is put in its place. The marker with its quotes cannot
// occur inside a JSON string, where a quote is always escaped.
constexpr QByteArrayView schemaMarker = "\"@@diziner-json-schema@@\"";

QByteArray compactWithSchema(const QJsonObject &body, const JsonSchema &schema)
{
    QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (!schema.isEmpty()) {
        bytes.replace(schemaMarker, schema.toJson());
    }
    return bytes;
}

QString schemaMarkerValue()
{
    return QString::fromLatin1(schemaMarker.sliced(1, schemaMarker.size() - 2));
}

QByteArray openAiBody(const ChatRequest &request, bool withModel)
{
    const ModelCapabilities capabilities = request.effectiveCapabilities();
    QJsonObject body{{u"messages"_s, messagesJson(request.messages, true)}, {u"stream"_s, false}};
    if (withModel) {
        body.insert(u"model"_s, request.model);
    }
    if (capabilities.reasoning) {
        // Reasoning models reject temperature and max_tokens (HTTP 400 unsupported_parameter).
        if (request.maxOutputTokens > 0) {
            body.insert(u"max_completion_tokens"_s, request.maxOutputTokens);
        }
        if (!request.reasoningEffort.isEmpty()) {
            body.insert(u"reasoning_effort"_s, request.reasoningEffort);
        }
    } else {
        if (request.maxOutputTokens > 0) {
            body.insert(u"max_tokens"_s, request.maxOutputTokens);
        }
        if (request.temperature) {
            body.insert(u"temperature"_s, *request.temperature);
        }
    }
    if (!request.jsonSchema.isEmpty() && capabilities.jsonSchema) {
        body.insert(u"response_format"_s,
            QJsonObject{{u"type"_s, u"json_schema"_s},
                {u"json_schema"_s,
                    QJsonObject{{u"name"_s, request.schemaName}, {u"schema"_s, schemaMarkerValue()},
                        {u"strict"_s, true}}}});
        return compactWithSchema(body, request.jsonSchema);
    }
    if (request.jsonMode || !request.jsonSchema.isEmpty()) {
        body.insert(u"response_format"_s, QJsonObject{{u"type"_s, u"json_object"_s}});
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray anthropicBody(const ChatRequest &request)
{
    // max_tokens is required; "the provider's maximum" is the model's own limit.
    const int maxTokens = request.maxOutputTokens > 0 ? request.maxOutputTokens
        : request.effectiveCapabilities().maxOutputTokens > 0
        ? request.effectiveCapabilities().maxOutputTokens
        : 32000;
    QJsonObject body{{u"model"_s, request.model}, {u"max_tokens"_s, maxTokens},
        {u"messages"_s, messagesJson(request.messages, false)}};
    QStringList system;
    for (const ChatMessage &message : request.messages) {
        if (message.role == u"system") {
            system.append(message.content);
        }
    }
    if (!system.isEmpty()) {
        body.insert(u"system"_s, system.join(u"\n\n"_s));
    }
    if (request.temperature) {
        body.insert(u"temperature"_s, *request.temperature);
    }
    if (!request.jsonSchema.isEmpty()) {
        // Anthropic's structured output: one tool whose input is the schema, its use forced.
        body.insert(u"tools"_s,
            QJsonArray{QJsonObject{{u"name"_s, request.schemaName},
                {u"description"_s, u"Give the answer as this tool's input."_s},
                {u"input_schema"_s, schemaMarkerValue()}}});
        body.insert(u"tool_choice"_s, QJsonObject{{u"type"_s, u"tool"_s}, {u"name"_s, request.schemaName}});
        return compactWithSchema(body, request.jsonSchema);
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray ollamaBody(const ChatRequest &request)
{
    QJsonObject options;
    if (request.maxOutputTokens > 0) {
        options.insert(u"num_predict"_s, request.maxOutputTokens);
    }
    if (request.temperature) {
        options.insert(u"temperature"_s, *request.temperature);
    }
    QJsonObject body{{u"model"_s, request.model}, {u"messages"_s, messagesJson(request.messages, true)},
        {u"stream"_s, false}, {u"options"_s, options}};
    if (!request.jsonSchema.isEmpty()) {
        body.insert(u"format"_s, schemaMarkerValue());
        return compactWithSchema(body, request.jsonSchema);
    }
    if (request.jsonMode) {
        body.insert(u"format"_s, u"json"_s);
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QString normalisedFinish(const QString &reason)
{
    // A forced tool's use is Anthropic's complete structured answer.
    if (reason == u"end_turn" || reason == u"stop_sequence" || reason == u"tool_use") {
        return u"stop"_s;
    }
    if (reason == u"max_tokens") {
        return u"length"_s;
    }
    return reason;
}

std::expected<QJsonObject, QString> object(const QByteArray &body)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return std::unexpected(
            u"the reply is not a JSON object (%1 at byte %2)"_s.arg(error.errorString()).arg(error.offset));
    }
    return document.object();
}

} // namespace

void ProviderCodec::splitReasoning(QString &text, QString &reasoning)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.startsWith(u"<think>"_s)) {
        return;
    }
    const qsizetype close = trimmed.indexOf(u"</think>"_s);
    if (close < 0) {
        return; // an unfinished reasoning block: leave the text whole for the tolerant parser
    }
    reasoning = trimmed.mid(7, close - 7).trimmed();
    text = trimmed.mid(close + 8).trimmed();
}

ProviderCodec::HttpCall ProviderCodec::buildApiCall(
    const Endpoint &endpoint, const QString &path, const QByteArray &verb, const QString &key)
{
    HttpCall call;
    call.verb = verb;
    call.request = jsonRequest(joined(endpoint.baseUrl, path));
    if (endpoint.style == ApiStyle::Anthropic) {
        call.request.setRawHeader("anthropic-version", "2023-06-01");
    }
    authorise(call.request, endpoint, key);
    call.caBundle = endpoint.caBundle;
    return call;
}

ProviderCodec::HttpCall ProviderCodec::buildChat(
    const Endpoint &endpoint, const ChatRequest &request, const QString &key)
{
    HttpCall call;
    switch (endpoint.style) {
    case ApiStyle::OpenAi:
        call.request = jsonRequest(joined(endpoint.baseUrl, u"/chat/completions"_s));
        call.body = openAiBody(request, true);
        break;
    case ApiStyle::Azure: {
        QUrl url =
            joined(endpoint.baseUrl, u"/openai/deployments/%1/chat/completions"_s.arg(endpoint.deployment));
        url.setQuery(QUrlQuery{{u"api-version"_s, endpoint.apiVersion}});
        call.request = jsonRequest(url);
        call.body = openAiBody(request, false);
        break;
    }
    case ApiStyle::Anthropic:
        call.request = jsonRequest(joined(endpoint.baseUrl, u"/v1/messages"_s));
        call.request.setRawHeader("anthropic-version", "2023-06-01");
        call.body = anthropicBody(request);
        break;
    case ApiStyle::Ollama:
        call.request = jsonRequest(joined(endpoint.baseUrl, u"/api/chat"_s));
        call.body = ollamaBody(request);
        break;
    }
    authorise(call.request, endpoint, key);
    call.caBundle = endpoint.caBundle;
    return call;
}

std::expected<ChatReply, QString> ProviderCodec::parseChat(const ApiStyle style, const QByteArray &body)
{
    const auto json = object(body);
    if (!json) {
        return std::unexpected(json.error());
    }
    ChatReply reply;
    reply.received = QDateTime::currentDateTimeUtc();
    reply.model = json->value(u"model"_s).toString();
    switch (style) {
    case ApiStyle::OpenAi:
    case ApiStyle::Azure: {
        const QJsonArray choices = json->value(u"choices"_s).toArray();
        if (choices.isEmpty()) {
            return std::unexpected(u"the reply has no choices"_s);
        }
        const QJsonObject choice = choices.first().toObject();
        const QJsonObject message = choice.value(u"message"_s).toObject();
        reply.text = message.value(u"content"_s).toString();
        reply.reasoning = message.value(u"reasoning_content"_s).toString();
        reply.finishReason = choice.value(u"finish_reason"_s).toString();
        reply.systemFingerprint = json->value(u"system_fingerprint"_s).toString();
        const QJsonObject usage = json->value(u"usage"_s).toObject();
        reply.usage.promptTokens = usage.value(u"prompt_tokens"_s).toInteger();
        reply.usage.completionTokens = usage.value(u"completion_tokens"_s).toInteger();
        reply.usage.reasoningTokens =
            usage.value(u"completion_tokens_details"_s).toObject().value(u"reasoning_tokens"_s).toInteger();
        break;
    }
    case ApiStyle::Anthropic: {
        QString toolInput;
        if (json->value(u"type"_s).toString() != u"message") {
            return std::unexpected(
                u"expected a message object, found type '%1'"_s.arg(json->value(u"type"_s).toString()));
        }
        for (const QJsonValue &block : json->value(u"content"_s).toArray()) {
            const QJsonObject part = block.toObject();
            if (part.value(u"type"_s).toString() == u"tool_use") {
                // The structured answer: the tool's input is the JSON object asked for.
                toolInput = QString::fromUtf8(
                    QJsonDocument(part.value(u"input"_s).toObject()).toJson(QJsonDocument::Compact));
            } else if (part.value(u"type"_s).toString() == u"text") {
                reply.text += part.value(u"text"_s).toString();
            } else if (part.value(u"type"_s).toString() == u"thinking") {
                reply.reasoning += part.value(u"thinking"_s).toString();
            }
        }
        if (!toolInput.isEmpty()) {
            reply.text = toolInput; // text beside a tool use is the model thinking aloud
        }
        reply.finishReason = normalisedFinish(json->value(u"stop_reason"_s).toString());
        const QJsonObject usage = json->value(u"usage"_s).toObject();
        reply.usage.promptTokens = usage.value(u"input_tokens"_s).toInteger();
        reply.usage.completionTokens = usage.value(u"output_tokens"_s).toInteger();
        break;
    }
    case ApiStyle::Ollama: {
        const QJsonObject message = json->value(u"message"_s).toObject();
        if (!json->contains(u"message"_s)) {
            return std::unexpected(u"the reply has no message"_s);
        }
        reply.text = message.value(u"content"_s).toString();
        reply.reasoning = message.value(u"thinking"_s).toString();
        reply.finishReason = normalisedFinish(json->value(u"done_reason"_s).toString());
        reply.usage.promptTokens = json->value(u"prompt_eval_count"_s).toInteger();
        reply.usage.completionTokens = json->value(u"eval_count"_s).toInteger();
        break;
    }
    }
    QString thought;
    splitReasoning(reply.text, thought);
    if (!thought.isEmpty()) {
        reply.reasoning = reply.reasoning.isEmpty() ? thought : reply.reasoning + u'\n' + thought;
    }
    return reply;
}

ProviderCodec::HttpCall ProviderCodec::buildModelList(const Endpoint &endpoint, const QString &key)
{
    HttpCall call;
    call.verb = "GET";
    switch (endpoint.style) {
    case ApiStyle::OpenAi:
        call.request = jsonRequest(joined(endpoint.baseUrl, u"/models"_s));
        break;
    case ApiStyle::Azure: {
        QUrl url = joined(endpoint.baseUrl, u"/openai/models"_s);
        url.setQuery(QUrlQuery{{u"api-version"_s, endpoint.apiVersion}});
        call.request = jsonRequest(url);
        break;
    }
    case ApiStyle::Anthropic:
        call.request = jsonRequest(joined(endpoint.baseUrl, u"/v1/models"_s));
        call.request.setRawHeader("anthropic-version", "2023-06-01");
        break;
    case ApiStyle::Ollama:
        call.request = jsonRequest(joined(endpoint.baseUrl, u"/api/tags"_s));
        break;
    }
    authorise(call.request, endpoint, key);
    call.caBundle = endpoint.caBundle;
    return call;
}

std::expected<QStringList, QString> ProviderCodec::parseModelList(
    const ApiStyle style, const QByteArray &body)
{
    const auto json = object(body);
    if (!json) {
        return std::unexpected(json.error());
    }
    QStringList models;
    const bool ollama = style == ApiStyle::Ollama;
    for (const QJsonValue &value : json->value(ollama ? u"models"_s : u"data"_s).toArray()) {
        models.append(value.toObject().value(ollama ? u"name"_s : u"id"_s).toString());
    }
    return models;
}

QByteArray ProviderCodec::HttpCall::loggedText() const
{
    QByteArray text = verb + ' ' + request.url().toEncoded() + '\n';
    for (const QByteArray &line : Redaction::headers(request)) {
        text += line + '\n';
    }
    return text + '\n' + body;
}

std::expected<ProviderCodec::HttpCall, QString> ProviderCodec::buildEmbeddings(
    const Endpoint &endpoint, const QString &model, const QStringList &texts, const QString &key)
{
    HttpCall call;
    QJsonObject body{{u"model"_s, model}, {u"input"_s, QJsonArray::fromStringList(texts)}};
    switch (endpoint.style) {
    case ApiStyle::OpenAi:
        call.request = jsonRequest(joined(endpoint.baseUrl, u"/embeddings"_s));
        break;
    case ApiStyle::Azure: {
        QUrl url = joined(endpoint.baseUrl, u"/openai/deployments/%1/embeddings"_s.arg(endpoint.deployment));
        url.setQuery(QUrlQuery{{u"api-version"_s, endpoint.apiVersion}});
        call.request = jsonRequest(url);
        body.remove(u"model"_s);
        break;
    }
    case ApiStyle::Ollama:
        call.request = jsonRequest(joined(endpoint.baseUrl, u"/api/embed"_s));
        break;
    case ApiStyle::Anthropic:
        return std::unexpected(
            u"endpoint %1: Anthropic offers no embeddings; use another endpoint or the local "
            u"TF-IDF vectors"_s.arg(endpoint.id));
    }
    call.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    authorise(call.request, endpoint, key);
    call.caBundle = endpoint.caBundle;
    return call;
}

std::expected<QList<QList<float>>, QString> ProviderCodec::parseEmbeddings(
    const ApiStyle style, const QByteArray &body)
{
    const auto json = object(body);
    if (!json) {
        return std::unexpected(json.error());
    }
    // A vector of numbers, or a reason it is not one (an empty vector samples as noise).
    const auto vector = [](const QJsonValue &value,
                            const qsizetype position) -> std::expected<QList<float>, QString> {
        const QJsonArray values = value.toArray();
        if (values.isEmpty()) {
            return std::unexpected(u"embedding %1 is empty"_s.arg(position));
        }
        QList<float> result;
        result.reserve(values.size());
        for (const QJsonValue &number : values) {
            if (!number.isDouble()) {
                return std::unexpected(u"embedding %1 holds a value that is not a number"_s.arg(position));
            }
            result.append(float(number.toDouble()));
        }
        return result;
    };
    QList<QList<float>> vectors;
    if (style == ApiStyle::Ollama) {
        const QJsonArray embeddings = json->value(u"embeddings"_s).toArray();
        for (qsizetype i = 0; i < embeddings.size(); ++i) {
            auto values = vector(embeddings.at(i), i);
            if (!values) {
                return std::unexpected(values.error());
            }
            vectors.append(*values);
        }
    } else {
        // OpenAI orders by "index", whatever the array's order: every index must be there, once.
        const QJsonArray data = json->value(u"data"_s).toArray();
        vectors.resize(data.size());
        QList<bool> seen(data.size(), false);
        for (qsizetype i = 0; i < data.size(); ++i) {
            const QJsonValue indexValue = data.at(i).toObject().value(u"index"_s);
            const double index = indexValue.toDouble(-1);
            if (!indexValue.isDouble() || index != std::floor(index)) {
                return std::unexpected(u"embedding %1 of the reply has no index"_s.arg(i));
            }
            if (index < 0 || index >= double(data.size())) {
                return std::unexpected(
                    u"an embedding has index %1, expected 0 to %2"_s.arg(qint64(index)).arg(data.size() - 1));
            }
            const auto at = qsizetype(index);
            if (seen.at(at)) {
                return std::unexpected(u"two embeddings have index %1"_s.arg(at));
            }
            seen[at] = true;
            auto values = vector(data.at(i).toObject().value(u"embedding"_s), at);
            if (!values) {
                return std::unexpected(values.error());
            }
            vectors[at] = *values;
        }
    }
    if (vectors.isEmpty()) {
        return std::unexpected(u"the reply holds no embeddings"_s);
    }
    for (qsizetype i = 1; i < vectors.size(); ++i) {
        if (vectors.at(i).size() != vectors.first().size()) {
            return std::unexpected(u"embedding %1 has %2 dimensions, embedding 0 has %3"_s.arg(i)
                                       .arg(vectors.at(i).size())
                                       .arg(vectors.first().size()));
        }
    }
    return vectors;
}

QString ProviderCodec::errorMessage(const int httpStatus, const QByteArray &body, const QString &key)
{
    QString message;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject()) {
        const QJsonValue error = document.object().value(u"error"_s);
        // OpenAI, Azure and Anthropic nest {"message"}; Ollama gives a string.
        message = error.isObject() ? error.toObject().value(u"message"_s).toString() : error.toString();
    }
    if (message.isEmpty()) {
        message = QString::fromUtf8(body.left(300)).simplified();
    }
    message = u"HTTP %1: %2"_s.arg(httpStatus).arg(message.isEmpty() ? u"(no message)"_s : message);
    return Redaction::removeSecret(message, key);
}

} // namespace Workbench::Core
