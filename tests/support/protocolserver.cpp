// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "protocolserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Test {

namespace {

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray statusText(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    case 529:
        return "Overloaded";
    default:
        return "Status";
    }
}

// The providers' error bodies.
QByteArray errorBody(const QByteArray &style, int status, const QString &message, const QString &type,
    const QString &param = {}, const QString &code = {})
{
    if (style == "anthropic") {
        return json(
            {{u"type"_s, u"error"_s}, {u"error"_s, QJsonObject{{u"type"_s, type}, {u"message"_s, message}}}});
    }
    if (style == "ollama") {
        return json({{u"error"_s, message}});
    }
    Q_UNUSED(status);
    return json({{u"error"_s,
        QJsonObject{{u"message"_s, message}, {u"type"_s, type},
            {u"param"_s, param.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(param)},
            {u"code"_s, code.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(code)}}}});
}

bool isReasoningModel(const QString &model)
{
    static const QRegularExpression pattern(u"^(o[1-9]|gpt-5)"_s);
    return pattern.match(model).hasMatch();
}

// What OpenAI's strict structured outputs reject, in its words: every object closed and every
// property required (an optional one is nullable instead). Empty when the schema is strict.
QString strictSchemaProblem(const QJsonObject &schema, const QString &context)
{
    const QJsonValue type = schema.value(u"type"_s);
    const bool isObject = type.toString() == u"object" || type.toArray().contains(u"object"_s);
    const bool isArray = type.toString() == u"array" || type.toArray().contains(u"array"_s);
    if (isObject) {
        if (schema.value(u"additionalProperties"_s) != QJsonValue(false)) {
            return u"%1, 'additionalProperties' is required to be supplied and to be false."_s.arg(context);
        }
        const QJsonObject properties = schema.value(u"properties"_s).toObject();
        const QJsonArray required = schema.value(u"required"_s).toArray();
        for (auto it = properties.constBegin(); it != properties.constEnd(); ++it) {
            if (!required.contains(it.key())) {
                return u"%1, 'required' is required to be supplied and to be an array including every key in "
                       u"properties. Missing '%2'."_s.arg(context, it.key());
            }
            const QString inner = strictSchemaProblem(it.value().toObject(),
                u"%1, 'properties', '%2'"_s.arg(context.chopped(1), it.key()) + u")"_s);
            if (!inner.isEmpty()) {
                return inner;
            }
        }
    }
    if (isArray) {
        return strictSchemaProblem(schema.value(u"items"_s).toObject(), context.chopped(1) + u", 'items')"_s);
    }
    return {};
}

} // namespace

QJsonObject ProtocolServer::Request::json() const
{
    return QJsonDocument::fromJson(body).object();
}

ProtocolServer::ProtocolServer(QObject *parent, const quint16 port)
    : QObject(parent)
    , m_server(std::make_unique<QTcpServer>())
{
    listen(port);
}

ProtocolServer::ProtocolServer(const QSslConfiguration &tls, QObject *parent)
    : QObject(parent)
{
    auto server = std::make_unique<QSslServer>();
    server->setSslConfiguration(tls);
    connect(server.get(), &QSslServer::startedEncryptionHandshake, this, [this] { ++m_handshakesStarted; });
    m_server = std::move(server);
    m_tls = true;
    listen(0);
}

void ProtocolServer::listen(const quint16 port)
{
    // A QSslServer has a connection ready once its handshake is done, which newConnection() is not
    // told of; pendingConnectionAvailable() tells both kinds of server.
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &ProtocolServer::onNewConnection);
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        qFatal("ProtocolServer: cannot listen on 127.0.0.1");
    }
}

ProtocolServer::~ProtocolServer()
{
    // Sockets outlive our members while the server closes them: they must not call back.
    for (QTcpSocket *socket : m_connections.keys()) {
        socket->disconnect(this);
    }
}

QString ProtocolServer::url() const
{
    return u"%1://127.0.0.1:%2"_s.arg(m_tls ? u"https"_s : u"http"_s).arg(m_server->serverPort());
}

void ProtocolServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_connections.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            if (m_connections.value(socket).busy) {
                --m_inFlight;
            }
            m_connections.remove(socket);
            socket->deleteLater();
        });
    }
}

void ProtocolServer::onReadyRead(QTcpSocket *socket)
{
    Connection &connection = m_connections[socket];
    connection.buffer += socket->readAll();
    for (;;) {
        const qsizetype headerEnd = connection.buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            return;
        }
        const QList<QByteArray> lines = connection.buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        if (requestLine.size() < 3) {
            socket->abort();
            return;
        }
        Request request;
        request.method = requestLine.at(0);
        request.path = requestLine.at(1);
        if (request.path.startsWith("http://") || request.path.startsWith("https://")) {
            // The absolute form a proxy receives: the path starts after the authority.
            const qsizetype slash = request.path.indexOf('/', request.path.indexOf("://") + 3);
            request.path = slash < 0 ? QByteArray("/") : request.path.mid(slash);
        }
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0) {
                request.headers.insert(
                    lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
            }
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (connection.buffer.size() < headerEnd + 4 + length) {
            return; // the body is still coming
        }
        request.body = connection.buffer.mid(headerEnd + 4, length);
        connection.buffer.remove(0, headerEnd + 4 + length);
        handle(socket, request);
    }
}

void ProtocolServer::respond(
    QTcpSocket *socket, int status, const QByteArray &body, const QList<QByteArray> &headers, bool truncate)
{
    if (m_connections.contains(socket) && m_connections[socket].busy) {
        m_connections[socket].busy = false;
        --m_inFlight;
    }
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + statusText(status) + "\r\n";
    response +=
        "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const QByteArray &header : headers) {
        response += header + "\r\n";
    }
    response += "\r\n";
    response += truncate ? body.left(body.size() / 2) : body;
    socket->write(response);
    if (truncate) {
        socket->flush();
        socket->disconnectFromHost(); // fewer bytes than Content-Length promised
    }
}

ProtocolServer::Script ProtocolServer::nextScript(const Request &request)
{
    if (!m_scripts.isEmpty()) {
        return m_scripts.takeFirst();
    }
    return m_handler ? m_handler(request) : Script{};
}

QByteArray ProtocolServer::chatBody(
    const QByteArray &style, const Request &request, const Script &script) const
{
    const QString model = request.json().value(u"model"_s).toString(u"deployment-model"_s);
    const QString content = script.content + QString::fromUtf8(script.padding);
    if (style == "anthropic") {
        // A forced tool is always used: its input is the answer (what the content holds).
        const QJsonObject choice = request.json().value(u"tool_choice"_s).toObject();
        const bool toolUse = choice.value(u"type"_s).toString() == u"tool" && !script.cutOff;
        QJsonArray blocks{QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, content}}};
        if (toolUse) {
            blocks = {QJsonObject{{u"type"_s, u"tool_use"_s}, {u"id"_s, u"toolu_test"_s},
                {u"name"_s, choice.value(u"name"_s).toString()},
                {u"input"_s, QJsonDocument::fromJson(content.toUtf8()).object()}}};
        }
        const QString stop = script.cutOff ? u"max_tokens"_s : toolUse ? u"tool_use"_s : u"end_turn"_s;
        return json({{u"id"_s, u"msg_test"_s}, {u"type"_s, u"message"_s}, {u"role"_s, u"assistant"_s},
            {u"model"_s, model}, {u"content"_s, blocks}, {u"stop_reason"_s, stop},
            {u"stop_sequence"_s, QJsonValue(QJsonValue::Null)},
            {u"usage"_s,
                QJsonObject{{u"input_tokens"_s, script.promptTokens},
                    {u"output_tokens"_s, script.completionTokens}}}});
    }
    if (style == "ollama") {
        return json({{u"model"_s, model}, {u"created_at"_s, u"2026-11-26T00:00:00Z"_s},
            {u"message"_s, QJsonObject{{u"role"_s, u"assistant"_s}, {u"content"_s, content}}},
            {u"done"_s, true}, {u"done_reason"_s, script.cutOff ? u"length"_s : u"stop"_s},
            {u"prompt_eval_count"_s, script.promptTokens}, {u"eval_count"_s, script.completionTokens}});
    }
    return json({{u"id"_s, u"chatcmpl-test"_s}, {u"object"_s, u"chat.completion"_s},
        {u"created"_s, 1764115200}, {u"model"_s, model}, {u"system_fingerprint"_s, u"fp_test"_s},
        {u"choices"_s,
            QJsonArray{QJsonObject{{u"index"_s, 0},
                {u"message"_s, QJsonObject{{u"role"_s, u"assistant"_s}, {u"content"_s, content}}},
                {u"finish_reason"_s, script.cutOff ? u"length"_s : u"stop"_s}}}},
        {u"usage"_s,
            QJsonObject{{u"prompt_tokens"_s, script.promptTokens},
                {u"completion_tokens"_s, script.completionTokens},
                {u"total_tokens"_s, script.promptTokens + script.completionTokens},
                {u"completion_tokens_details"_s,
                    QJsonObject{{u"reasoning_tokens"_s, script.reasoningTokens}}}}}});
}

void ProtocolServer::handle(QTcpSocket *socket, const Request &request)
{
    m_requests.append(request);
    Q_EMIT requestReceived(request);
    const QByteArray path =
        request.path.left(request.path.indexOf('?') < 0 ? request.path.size() : request.path.indexOf('?'));
    if (handleBatchApi(socket, request, path)) {
        return;
    }

    // Model listings.
    if (request.method == "GET") {
        QJsonArray list;
        for (const QString &model : std::as_const(m_models)) {
            list.append(path == "/api/tags" ? QJsonObject{{u"name"_s, model}}
                                            : QJsonObject{{u"id"_s, model}, {u"object"_s, u"model"_s}});
        }
        if (path == "/api/tags") {
            respond(socket, 200, json({{u"models"_s, list}}));
        } else if (path.endsWith("/models")) {
            respond(socket, 200, json({{u"object"_s, u"list"_s}, {u"data"_s, list}}));
        } else {
            respond(socket, 404, errorBody("openai", 404, u"Not found"_s, u"not_found"_s));
        }
        return;
    }

    // Embeddings: a deterministic 8-dimensional vector per input (character sums by position).
    if (path == "/v1/embeddings" || path == "/api/embed"
        || (path.startsWith("/openai/deployments/") && path.endsWith("/embeddings"))) {
        const QByteArray embedStyle = path == "/api/embed" ? "ollama" : "openai";
        const bool authorised = m_key.isEmpty()
            || request.headers.value("authorization") == "Bearer " + m_key.toUtf8()
            || request.headers.value("api-key") == m_key.toUtf8();
        if (!authorised) {
            respond(socket, 401,
                errorBody(embedStyle, 401, u"Incorrect API key provided."_s, u"invalid_request_error"_s));
            return;
        }
        const QJsonArray inputs = request.json().value(u"input"_s).toArray();
        if (inputs.isEmpty()) {
            respond(socket, 400,
                errorBody(embedStyle, 400, u"input: Field required"_s, u"invalid_request_error"_s));
            return;
        }
        QJsonArray vectors;
        for (const QJsonValue &input : inputs) {
            QList<double> vector(8, 0.0);
            const QString text = input.toString();
            for (qsizetype i = 0; i < text.size(); ++i) {
                vector[i % 8] += text.at(i).unicode() / 1000.0;
            }
            QJsonArray values;
            for (const double v : vector) {
                values.append(v);
            }
            vectors.append(values);
        }
        if (embedStyle == "ollama") {
            respond(socket, 200,
                json({{u"model"_s, request.json().value(u"model"_s)}, {u"embeddings"_s, vectors}}));
        } else {
            QJsonArray data;
            for (qsizetype i = vectors.size() - 1; i >= 0; --i) { // reversed: clients must honour "index"
                data.append(QJsonObject{
                    {u"object"_s, u"embedding"_s}, {u"index"_s, i}, {u"embedding"_s, vectors.at(i)}});
            }
            respond(socket, 200,
                json({{u"object"_s, u"list"_s}, {u"data"_s, data},
                    {u"model"_s, request.json().value(u"model"_s)}}));
        }
        return;
    }

    QByteArray style;
    if (path == "/v1/chat/completions") {
        style = "openai";
    } else if (path.startsWith("/openai/deployments/") && path.endsWith("/chat/completions")) {
        style = "azure";
    } else if (path == "/v1/messages") {
        style = "anthropic";
    } else if (path == "/api/chat") {
        style = "ollama";
    } else {
        respond(socket, 404,
            errorBody("openai", 404, u"Unknown request URL: POST %1"_s.arg(QString::fromUtf8(path)),
                u"invalid_request_error"_s));
        return;
    }

    // Authentication, as each provider checks it.
    const QByteArray key = m_key.toUtf8();
    if (!m_key.isEmpty()) {
        const bool ok = style == "azure" ? request.headers.value("api-key") == key
            : style == "anthropic"       ? request.headers.value("x-api-key") == key
                                         : request.headers.value("authorization") == "Bearer " + key;
        if (!ok) {
            // Some OpenAI-compatible servers echo the key they were given: clients must redact it.
            const QByteArray given = style == "azure" ? request.headers.value("api-key")
                : style == "anthropic"                ? request.headers.value("x-api-key")
                                                      : request.headers.value("authorization").mid(7);
            respond(socket, 401,
                style == "anthropic"
                    ? errorBody(style, 401, u"invalid x-api-key"_s, u"authentication_error"_s)
                    : errorBody(style, 401,
                        u"Incorrect API key provided: %1."_s.arg(QString::fromUtf8(given)),
                        u"invalid_request_error"_s, {}, u"invalid_api_key"_s));
            return;
        }
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        respond(socket, 400,
            errorBody(style, 400, u"We could not parse the JSON body of your request."_s,
                u"invalid_request_error"_s));
        return;
    }
    const QJsonObject body = document.object();
    const QString model = body.value(u"model"_s).toString();
    if (style == "azure" && !request.path.contains("api-version=")) {
        respond(socket, 404,
            json(
                {{u"error"_s, QJsonObject{{u"code"_s, u"404"_s}, {u"message"_s, u"Resource not found"_s}}}}));
        return;
    }
    if (style != "azure" && model.isEmpty()) {
        respond(socket, 400,
            errorBody(style, 400, u"model: Field required"_s, u"invalid_request_error"_s, u"model"_s));
        return;
    }
    if (!body.value(u"messages"_s).isArray() || body.value(u"messages"_s).toArray().isEmpty()) {
        respond(socket, 400,
            errorBody(style, 400, u"messages: Field required"_s, u"invalid_request_error"_s, u"messages"_s));
        return;
    }
    if ((style == "openai" || style == "azure") && isReasoningModel(model)) {
        for (const QString &parameter : {u"temperature"_s, u"max_tokens"_s}) {
            if (body.contains(parameter)) {
                respond(socket, 400,
                    errorBody(style, 400,
                        parameter == u"temperature"
                            ? u"Unsupported parameter: 'temperature' is not supported with this model."_s
                            : u"Unsupported parameter: 'max_tokens' is not supported with this model. Use "
                              u"'max_completion_tokens' instead."_s,
                        u"invalid_request_error"_s, parameter, u"unsupported_parameter"_s));
                return;
            }
        }
    }
    if (style == "anthropic") {
        if (!request.headers.contains("anthropic-version")) {
            respond(socket, 400,
                errorBody(
                    style, 400, u"anthropic-version: header is required"_s, u"invalid_request_error"_s));
            return;
        }
        if (!body.contains(u"max_tokens"_s)) {
            respond(socket, 400,
                errorBody(style, 400, u"max_tokens: Field required"_s, u"invalid_request_error"_s));
            return;
        }
        for (const QJsonValue &message : body.value(u"messages"_s).toArray()) {
            if (message.toObject().value(u"role"_s).toString() == u"system") {
                respond(socket, 400,
                    errorBody(style, 400,
                        u"messages: Unexpected role \"system\". The Messages API accepts a "
                        u"top-level `system` parameter, not \"system\" as an input message role."_s,
                        u"invalid_request_error"_s));
                return;
            }
        }
    }
    if ((style == "openai" || style == "azure")
        && body.value(u"response_format"_s).toObject().value(u"type"_s).toString() == u"json_schema") {
        const QJsonObject format =
            body.value(u"response_format"_s).toObject().value(u"json_schema"_s).toObject();
        const QString name = format.value(u"name"_s).toString();
        QString problem =
            name.isEmpty() ? u"Missing required parameter: 'response_format.json_schema.name'."_s : QString();
        if (problem.isEmpty() && format.value(u"strict"_s).toBool()) {
            problem = strictSchemaProblem(format.value(u"schema"_s).toObject(), u"context=()"_s);
            if (!problem.isEmpty()) {
                problem = u"Invalid schema for response_format '%1': In %2"_s.arg(name, problem);
            }
        }
        if (!problem.isEmpty()) {
            respond(socket, 400,
                errorBody(style, 400, problem, u"invalid_request_error"_s, u"response_format"_s));
            return;
        }
    }
    if (style == "anthropic" && body.contains(u"tools"_s)) {
        QStringList names;
        for (const QJsonValue &tool : body.value(u"tools"_s).toArray()) {
            const QJsonObject schema = tool.toObject().value(u"input_schema"_s).toObject();
            if (schema.value(u"type"_s).toString() != u"object") {
                respond(socket, 400,
                    errorBody(style, 400, u"tools.0.custom.input_schema.type: Input should be 'object'"_s,
                        u"invalid_request_error"_s));
                return;
            }
            names.append(tool.toObject().value(u"name"_s).toString());
        }
        const QJsonObject choice = body.value(u"tool_choice"_s).toObject();
        if (choice.value(u"type"_s).toString() == u"tool"
            && !names.contains(choice.value(u"name"_s).toString())) {
            respond(socket, 400,
                errorBody(style, 400, u"tool_choice: the tool named is not among the tools"_s,
                    u"invalid_request_error"_s));
            return;
        }
    }
    if (style == "ollama" && !m_models.contains(model)) {
        respond(socket, 404,
            errorBody(style, 404, u"model \"%1\" not found, try pulling it first"_s.arg(model), {}));
        return;
    }

    const Script script = nextScript(request);
    m_connections[socket].busy = true;
    m_maxConcurrent = std::max(m_maxConcurrent, ++m_inFlight);
    const auto deliver = [this, socket, style, request, script] {
        if (!m_connections.contains(socket)) {
            return; // the client gave up first
        }
        switch (script.behaviour) {
        case Script::Behaviour::Hang:
            return; // never answers; the client's timeout must end it
        case Script::Behaviour::Reset:
            socket->abort();
            return;
        case Script::Behaviour::Malformed:
            respond(socket, 200, "{\"choices\": [{\"message\": ");
            return;
        case Script::Behaviour::Truncate:
            respond(socket, 200, chatBody(style, request, script), {}, true);
            return;
        case Script::Behaviour::Normal:
            break;
        }
        QList<QByteArray> headers;
        if (script.retryAfterSeconds >= 0) {
            headers.append("Retry-After: " + QByteArray::number(script.retryAfterSeconds));
        }
        if (!script.location.isEmpty()) {
            headers.append("Location: " + script.location);
        }
        if (script.status != 200) {
            const QString type = script.status == 429
                ? (style == "anthropic" ? u"rate_limit_error"_s : u"rate_limit_exceeded"_s)
                : (style == "anthropic" ? u"api_error"_s : u"server_error"_s);
            const QString message = !script.errorMessage.isEmpty() ? script.errorMessage
                : script.status == 429                             ? u"Rate limit reached for requests"_s
                                       : u"The server had an error while processing your request."_s;
            respond(socket, script.status, errorBody(style, script.status, message, type), headers);
            return;
        }
        respond(socket, 200, chatBody(style, request, script), headers);
    };
    if (script.delayMs > 0) {
        QTimer::singleShot(script.delayMs, socket, deliver);
    } else {
        deliver();
    }
}

} // namespace Workbench::Test

namespace Workbench::Test {

namespace {

// The named parts of a multipart/form-data body.
QHash<QByteArray, QByteArray> formParts(const QByteArray &contentType, const QByteArray &body)
{
    QHash<QByteArray, QByteArray> parts;
    const qsizetype at = contentType.indexOf("boundary=");
    if (at < 0) {
        return parts;
    }
    const QByteArray delimiter = "--" + contentType.mid(at + 9).trimmed();
    qsizetype from = body.indexOf(delimiter);
    while (from >= 0) {
        from += delimiter.size();
        if (body.mid(from, 2) == "--") {
            break;
        }
        const qsizetype next = body.indexOf(delimiter, from);
        if (next < 0) {
            break;
        }
        const QByteArray piece =
            body.mid(from + 2, next - from - 4); // CRLF after the delimiter and before the next
        const qsizetype headerEnd = piece.indexOf("\r\n\r\n");
        const QByteArray headers = piece.left(headerEnd);
        const qsizetype name = headers.indexOf("name=\"");
        if (headerEnd >= 0 && name >= 0) {
            const qsizetype nameEnd = headers.indexOf('"', name + 6);
            parts.insert(headers.mid(name + 6, nameEnd - name - 6), piece.mid(headerEnd + 4));
        }
        from = next;
    }
    return parts;
}

} // namespace

bool ProtocolServer::handleBatchApi(QTcpSocket *socket, const Request &request, const QByteArray &path)
{
    const bool anthropic = path.startsWith("/v1/messages/batches");
    if (!anthropic && path != "/v1/files" && !path.startsWith("/v1/files/")
        && !path.startsWith("/v1/batches")) {
        return false;
    }
    const QByteArray style = anthropic ? "anthropic" : "openai";
    if (!m_key.isEmpty()) {
        const QByteArray key = m_key.toUtf8();
        if (anthropic ? request.headers.value("x-api-key") != key
                      : request.headers.value("authorization") != "Bearer " + key) {
            respond(socket, 401,
                anthropic
                    ? errorBody(style, 401, u"invalid x-api-key"_s, u"authentication_error"_s)
                    : errorBody(style, 401, u"Incorrect API key provided."_s, u"invalid_request_error"_s));
            return true;
        }
    }
    if (anthropic && !request.headers.contains("anthropic-version")) {
        respond(socket, 400,
            errorBody(style, 400, u"anthropic-version: header is required"_s, u"invalid_request_error"_s));
        return true;
    }
    const QList<QByteArray> segments = path.split('/'); // "", "v1", ...
    const auto notFound = [&] {
        respond(socket, 404,
            errorBody(style, 404, u"No such object: %1"_s.arg(QString::fromUtf8(path)),
                anthropic ? u"not_found_error"_s : u"invalid_request_error"_s));
        return true;
    };
    const auto badRequest = [&](const QString &message) {
        respond(socket, 400, errorBody(style, 400, message, u"invalid_request_error"_s));
        return true;
    };

    if (!anthropic && path == "/v1/files" && request.method == "POST") {
        const QHash<QByteArray, QByteArray> parts =
            formParts(request.headers.value("content-type"), request.body);
        if (parts.value("purpose") != "batch" || !parts.contains("file")) {
            return badRequest(u"purpose: expected 'batch' and a file"_s);
        }
        const QString id = u"file-%1"_s.arg(m_files.size() + 1);
        m_files.insert(id, parts.value("file"));
        respond(socket, 200,
            json({{u"id"_s, id}, {u"object"_s, u"file"_s}, {u"bytes"_s, parts.value("file").size()},
                {u"created_at"_s, 1764115200}, {u"filename"_s, u"input.jsonl"_s},
                {u"purpose"_s, u"batch"_s}}));
        return true;
    }
    if (!anthropic && segments.size() == 5 && segments.at(2) == "files" && segments.at(4) == "content") {
        const QString id = QString::fromUtf8(segments.at(3));
        if (!m_files.contains(id)) {
            return notFound();
        }
        respond(socket, 200, m_files.value(id));
        return true;
    }

    const bool create = request.method == "POST" && (anthropic ? segments.size() == 4 : segments.size() == 3);
    if (create) {
        Batch batch;
        batch.style = style;
        batch.id =
            anthropic ? u"msgbatch_%1"_s.arg(m_batches.size() + 1) : u"batch_%1"_s.arg(m_batches.size() + 1);
        batch.state = anthropic ? u"in_progress"_s : u"validating"_s;
        QSet<QString> ids;
        if (anthropic) {
            const QJsonArray requests = request.json().value(u"requests"_s).toArray();
            if (requests.isEmpty()) {
                return badRequest(u"requests: Field required"_s);
            }
            static const QRegularExpression validId(u"^[a-zA-Z0-9_-]{1,64}$"_s);
            for (qsizetype i = 0; i < requests.size(); ++i) {
                const QJsonObject entry = requests.at(i).toObject();
                const QString id = entry.value(u"custom_id"_s).toString();
                const QJsonObject params = entry.value(u"params"_s).toObject();
                if (!validId.match(id).hasMatch() || ids.contains(id)) {
                    return badRequest(
                        u"requests.%1.custom_id: must be unique and match ^[a-zA-Z0-9_-]{1,64}$"_s.arg(i));
                }
                if (!params.contains(u"max_tokens"_s) || !params.contains(u"model"_s)) {
                    return badRequest(u"requests.%1.params.max_tokens: Field required"_s.arg(i));
                }
                ids.insert(id);
                batch.requests.append({id, params});
            }
        } else {
            const QJsonObject body = request.json();
            const QString file = body.value(u"input_file_id"_s).toString();
            if (!m_files.contains(file)) {
                return badRequest(u"input_file_id: no such file '%1'"_s.arg(file));
            }
            if (body.value(u"endpoint"_s).toString() != u"/v1/chat/completions"
                || body.value(u"completion_window"_s).toString() != u"24h") {
                return badRequest(u"endpoint and completion_window: expected /v1/chat/completions and 24h"_s);
            }
            int line = 0;
            for (const QByteArray &text : m_files.value(file).split('\n')) {
                ++line;
                if (text.trimmed().isEmpty()) {
                    continue;
                }
                const QJsonObject entry = QJsonDocument::fromJson(text).object();
                const QString id = entry.value(u"custom_id"_s).toString();
                if (id.isEmpty() || ids.contains(id) || entry.value(u"method"_s).toString() != u"POST"
                    || entry.value(u"url"_s).toString() != u"/v1/chat/completions"
                    || !entry.value(u"body"_s).isObject()) {
                    batch.state = u"failed"_s;
                    batch.failure = u"line %1: expected a unique custom_id, method POST, url "
                                    u"/v1/chat/completions and a body"_s.arg(line);
                    break;
                }
                ids.insert(id);
                batch.requests.append({id, entry.value(u"body"_s).toObject()});
            }
            if (m_batchScript.rejectInput) {
                batch.state = u"failed"_s;
                batch.failure = u"The input file is not valid for this model."_s;
            }
        }
        m_batches.insert(batch.id, batch);
        respond(socket, 200, json(batchObject(batch)));
        return true;
    }

    const int idIndex = anthropic ? 4 : 3;
    if (segments.size() <= idIndex || !m_batches.contains(QString::fromUtf8(segments.at(idIndex)))) {
        return notFound();
    }
    Batch &batch = m_batches[QString::fromUtf8(segments.at(idIndex))];
    const QByteArray action = segments.size() > idIndex + 1 ? segments.at(idIndex + 1) : QByteArray();
    const bool ended = batch.state == u"completed" || batch.state == u"expired" || batch.state == u"cancelled"
        || batch.state == u"failed" || batch.state == u"ended";
    if (action == "cancel" && request.method == "POST") {
        if (!ended) {
            batch.cancelling = true;
            batch.state = anthropic ? u"canceling"_s : u"cancelling"_s;
        }
        respond(socket, 200, json(batchObject(batch)));
        return true;
    }
    if (action == "results" && anthropic) {
        if (batch.state != u"ended") {
            return badRequest(u"the batch has not ended"_s);
        }
        respond(socket, 200, batch.results);
        return true;
    }
    if (!action.isEmpty() || request.method != "GET") {
        return notFound();
    }
    if (!ended && (++batch.polls >= m_batchScript.pollsUntilEnded || batch.cancelling)) {
        runBatch(batch); // a cancelled batch ends at the next look
    } else if (!ended && batch.state == u"validating") {
        batch.state = u"in_progress"_s;
    }
    respond(socket, 200, json(batchObject(batch)));
    return true;
}

void ProtocolServer::runBatch(Batch &batch)
{
    const bool anthropic = batch.style == "anthropic";
    QByteArray output;
    QByteArray errors;
    qint64 succeeded = 0;
    qint64 failed = 0;
    qint64 expired = 0;
    qint64 cancelled = 0;
    for (qsizetype i = 0; i < batch.requests.size(); ++i) {
        const auto &[id, body] = batch.requests.at(i);
        QJsonObject line{{u"custom_id"_s, id}};
        QJsonObject outcome; // Anthropic's "result"
        bool ok = false;
        if (batch.cancelling || (m_batchScript.expireAfter >= 0 && i >= m_batchScript.expireAfter)) {
            const bool cancel = batch.cancelling;
            (cancel ? cancelled : expired) += 1;
            outcome = {{u"type"_s, cancel ? u"canceled"_s : u"expired"_s}};
            line.insert(u"id"_s, u"batch_req_%1"_s.arg(i + 1));
            line.insert(u"response"_s, QJsonValue(QJsonValue::Null));
            line.insert(u"error"_s,
                QJsonObject{{u"code"_s, cancel ? u"batch_cancelled"_s : u"batch_expired"_s},
                    {u"message"_s,
                        cancel
                            ? u"This request was cancelled."_s
                            : u"This request could not be executed before the completion window expired."_s}});
        } else {
            // Answered exactly as the same chat request would be.
            Request chat;
            chat.method = "POST";
            chat.path = anthropic ? "/v1/messages" : "/v1/chat/completions";
            chat.body = json(body);
            const Script script = nextScript(chat);
            ++m_batchRequestsRun;
            const int status = script.behaviour != Script::Behaviour::Normal ? 500 : script.status;
            const QByteArray reply = status == 200
                ? chatBody(batch.style, chat, script)
                : errorBody(batch.style, status,
                    script.errorMessage.isEmpty() ? u"The server had an error processing your request."_s
                                                  : script.errorMessage,
                    anthropic ? u"api_error"_s : u"server_error"_s);
            ok = status == 200;
            (ok ? succeeded : failed) += 1;
            const QJsonObject replyJson = QJsonDocument::fromJson(reply).object();
            outcome = ok ? QJsonObject{{u"type"_s, u"succeeded"_s}, {u"message"_s, replyJson}}
                         : QJsonObject{{u"type"_s, u"errored"_s}, {u"error"_s, replyJson}};
            line.insert(u"id"_s, u"batch_req_%1"_s.arg(i + 1));
            line.insert(u"response"_s,
                QJsonObject{{u"status_code"_s, status}, {u"request_id"_s, u"req_%1"_s.arg(i + 1)},
                    {u"body"_s, replyJson}});
            line.insert(u"error"_s, QJsonValue(QJsonValue::Null));
        }
        if (anthropic) {
            batch.results += json({{u"custom_id"_s, id}, {u"result"_s, outcome}}) + '\n';
        } else {
            (ok ? output : errors) += json(line) + '\n';
        }
    }
    if (anthropic) {
        batch.state = u"ended"_s;
        batch.counts = {{u"processing"_s, 0}, {u"succeeded"_s, succeeded}, {u"errored"_s, failed},
            {u"canceled"_s, cancelled}, {u"expired"_s, expired}};
        return;
    }
    batch.state = batch.cancelling ? u"cancelled"_s : expired > 0 ? u"expired"_s : u"completed"_s;
    batch.counts = {{u"total"_s, batch.requests.size()}, {u"completed"_s, succeeded},
        {u"failed"_s, failed + expired + cancelled}};
    if (!output.isEmpty()) {
        batch.outputFileId = u"file-%1"_s.arg(m_files.size() + 1);
        m_files.insert(batch.outputFileId, output);
    }
    if (!errors.isEmpty()) {
        batch.errorFileId = u"file-%1"_s.arg(m_files.size() + 1);
        m_files.insert(batch.errorFileId, errors);
    }
}

QJsonObject ProtocolServer::batchObject(const Batch &batch) const
{
    const auto nullable = [](const QString &value) {
        return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
    };
    if (batch.style == "anthropic") {
        QJsonObject counts = batch.counts;
        if (counts.isEmpty()) {
            counts = {{u"processing"_s, batch.requests.size()}, {u"succeeded"_s, 0}, {u"errored"_s, 0},
                {u"canceled"_s, 0}, {u"expired"_s, 0}};
        }
        const bool ended = batch.state == u"ended";
        return {{u"id"_s, batch.id}, {u"type"_s, u"message_batch"_s}, {u"processing_status"_s, batch.state},
            {u"request_counts"_s, counts}, {u"created_at"_s, u"2026-11-26T00:00:00Z"_s},
            {u"expires_at"_s, u"2026-11-27T00:00:00Z"_s},
            {u"ended_at"_s, ended ? QJsonValue(u"2026-11-26T01:00:00Z"_s) : QJsonValue(QJsonValue::Null)},
            {u"cancel_initiated_at"_s,
                batch.cancelling ? QJsonValue(u"2026-11-26T00:30:00Z"_s) : QJsonValue(QJsonValue::Null)},
            {u"results_url"_s,
                ended ? QJsonValue(url() + u"/v1/messages/batches/%1/results"_s.arg(batch.id))
                      : QJsonValue(QJsonValue::Null)}};
    }
    QJsonObject counts = batch.counts;
    if (counts.isEmpty()) {
        counts = {{u"total"_s, batch.requests.size()}, {u"completed"_s, 0}, {u"failed"_s, 0}};
    }
    QJsonObject object{{u"id"_s, batch.id}, {u"object"_s, u"batch"_s},
        {u"endpoint"_s, u"/v1/chat/completions"_s}, {u"completion_window"_s, u"24h"_s},
        {u"status"_s, batch.state}, {u"request_counts"_s, counts},
        {u"output_file_id"_s, nullable(batch.outputFileId)},
        {u"error_file_id"_s, nullable(batch.errorFileId)}, {u"created_at"_s, 1764115200},
        {u"errors"_s, QJsonValue(QJsonValue::Null)}};
    if (!batch.failure.isEmpty()) {
        object.insert(u"errors"_s,
            QJsonObject{{u"object"_s, u"list"_s},
                {u"data"_s,
                    QJsonArray{QJsonObject{{u"code"_s, u"invalid_request"_s}, {u"message"_s, batch.failure},
                        {u"line"_s, QJsonValue(QJsonValue::Null)}}}}});
    }
    return object;
}

} // namespace Workbench::Test
