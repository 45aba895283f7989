// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "llm/batchcodec.h"

#include "model/nametable.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {

using State = BatchCodec::State;
// OpenAI's status names (Anthropic's map onto them in parseStatus()).
constexpr NameTable<State, 8> stateNames{
    {{{State::Validating, "validating"}, {State::InProgress, "in_progress"},
        {State::Finalizing, "finalizing"}, {State::Completed, "completed"}, {State::Expired, "expired"},
        {State::Cancelling, "cancelling"}, {State::Cancelled, "cancelled"}, {State::Failed, "failed"}}}};

// The path every OpenAI-style batch line and batch names: the chat API under /v1.
constexpr auto openAiChatPath = "/v1/chat/completions";

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// One request of a batch, spliced from the bytes an interactive call sends (no second encoding).
QByteArray entry(const Endpoint &endpoint, const BatchCodec::Item &item)
{
    const QByteArray body = ProviderCodec::buildChat(endpoint, item.request, {}).body;
    const QByteArray id = item.customId.toLatin1();
    if (endpoint.style == ApiStyle::Anthropic) {
        return "{\"custom_id\":\"" + id + "\",\"params\":" + body + '}';
    }
    return "{\"custom_id\":\"" + id + "\",\"method\":\"POST\",\"url\":\"" + openAiChatPath
        + "\",\"body\":" + body + "}\n";
}

QString errorMessageOf(const QJsonValue &error)
{
    const QJsonObject object = error.toObject();
    if (object.contains(u"error"_s)) { // Anthropic nests {"type":"error","error":{...}}
        return errorMessageOf(object.value(u"error"_s));
    }
    const QString message = object.value(u"message"_s).toString();
    const QString code = object.value(u"code"_s).toString(object.value(u"type"_s).toString());
    return code.isEmpty() ? message : u"%1 (%2)"_s.arg(message, code);
}

} // namespace

bool BatchCodec::supports(const ApiStyle style)
{
    return style == ApiStyle::OpenAi || style == ApiStyle::Anthropic;
}

BatchCodec::Limits BatchCodec::limits(const ApiStyle style)
{
    // As published: OpenAI 50,000 requests and 200 MB per input file; Anthropic 100,000 requests
    // and 256 MB per batch.
    if (style == ApiStyle::Anthropic) {
        return {100'000, 256LL * 1024 * 1024};
    }
    return {50'000, 200LL * 1024 * 1024};
}

QString BatchCodec::stateName(const State state)
{
    return stateNames.name(state);
}

std::optional<BatchCodec::State> BatchCodec::stateFromName(const QString &name)
{
    return stateNames.value(name, Qt::CaseSensitive);
}

std::expected<QList<BatchCodec::Part>, QString> BatchCodec::prepare(
    const Endpoint &endpoint, const QList<Item> &items, const Limits &limits)
{
    static const QRegularExpression validId(u"^[A-Za-z0-9_-]{1,64}$"_s);
    const bool anthropic = endpoint.style == ApiStyle::Anthropic;
    const QByteArray open = anthropic ? "{\"requests\":[" : "";
    const QByteArray close = anthropic ? "]}" : "";
    QList<Part> parts;
    Part part;
    part.payload = open;
    for (const Item &item : items) {
        if (!validId.match(item.customId).hasMatch()) {
            return std::unexpected(
                u"custom id '%1': expected 1 to 64 of A-Z a-z 0-9 _ -"_s.arg(item.customId));
        }
        const QByteArray line = entry(endpoint, item);
        const qsizetype separator = anthropic && !part.customIds.isEmpty() ? 1 : 0;
        if (open.size() + line.size() + close.size() > limits.maxBytes) {
            return std::unexpected(
                u"request %1 alone is %2 bytes, over the batch limit of %3"_s.arg(item.customId)
                    .arg(line.size())
                    .arg(limits.maxBytes));
        }
        if (!part.customIds.isEmpty()
            && (part.customIds.size() >= limits.maxRequests
                || part.payload.size() + separator + line.size() + close.size() > limits.maxBytes)) {
            part.payload += close;
            parts.append(std::move(part));
            part = Part{open, {}};
        }
        if (anthropic && !part.customIds.isEmpty()) {
            part.payload += ',';
        }
        part.payload += line;
        part.customIds.append(item.customId);
    }
    if (!part.customIds.isEmpty()) {
        part.payload += close;
        parts.append(std::move(part));
    }
    return parts;
}

ProviderCodec::HttpCall BatchCodec::upload(const Endpoint &endpoint, const Part &part, const QString &key)
{
    // The boundary is derived from the payload, so it cannot occur inside it by accident.
    const QByteArray boundary =
        "diziner-" + QCryptographicHash::hash(part.payload, QCryptographicHash::Sha1).toHex();
    ProviderCodec::HttpCall call = ProviderCodec::buildApiCall(endpoint, u"/files"_s, "POST", key);
    call.request.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArray("multipart/form-data; boundary=" + boundary));
    call.body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nbatch\r\n--"
        + boundary
        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"diziner-batch.jsonl\"\r\n"
          "Content-Type: application/jsonl\r\n\r\n"
        + part.payload + "\r\n--" + boundary + "--\r\n";
    return call;
}

std::expected<QString, QString> BatchCodec::parseUpload(const QByteArray &body)
{
    const QJsonObject file = QJsonDocument::fromJson(body).object();
    const QString id = file.value(u"id"_s).toString();
    if (id.isEmpty()) {
        return std::unexpected(u"the upload's reply names no file id"_s);
    }
    return id;
}

ProviderCodec::HttpCall BatchCodec::create(
    const Endpoint &endpoint, const Part &part, const QString &inputFileId, const QString &key)
{
    if (endpoint.style == ApiStyle::Anthropic) {
        ProviderCodec::HttpCall call =
            ProviderCodec::buildApiCall(endpoint, u"/v1/messages/batches"_s, "POST", key);
        call.body = part.payload;
        return call;
    }
    ProviderCodec::HttpCall call = ProviderCodec::buildApiCall(endpoint, u"/batches"_s, "POST", key);
    call.body =
        compact({{u"input_file_id"_s, inputFileId}, {u"endpoint"_s, QString::fromLatin1(openAiChatPath)},
            {u"completion_window"_s, u"24h"_s}, {u"metadata"_s, QJsonObject{{u"source"_s, u"diziner"_s}}}});
    return call;
}

ProviderCodec::HttpCall BatchCodec::status(
    const Endpoint &endpoint, const QString &batchId, const QString &key)
{
    const QString path =
        endpoint.style == ApiStyle::Anthropic ? u"/v1/messages/batches/%1"_s : u"/batches/%1"_s;
    return ProviderCodec::buildApiCall(endpoint, path.arg(batchId), "GET", key);
}

ProviderCodec::HttpCall BatchCodec::cancel(
    const Endpoint &endpoint, const QString &batchId, const QString &key)
{
    const QString path =
        endpoint.style == ApiStyle::Anthropic ? u"/v1/messages/batches/%1/cancel"_s : u"/batches/%1/cancel"_s;
    return ProviderCodec::buildApiCall(endpoint, path.arg(batchId), "POST", key);
}

ProviderCodec::HttpCall BatchCodec::results(
    const Endpoint &endpoint, const Status &status, const bool errorFile, const QString &key)
{
    if (endpoint.style == ApiStyle::Anthropic) {
        ProviderCodec::HttpCall call = ProviderCodec::buildApiCall(
            endpoint, u"/v1/messages/batches/%1/results"_s.arg(status.id), "GET", key);
        const QUrl given = status.resultsUrl;
        const QUrl base = endpoint.baseUrl;
        if (given.isValid() && given.scheme() == base.scheme() && given.host() == base.host()
            && given.port() == base.port()) {
            call.request.setUrl(given);
        }
        return call;
    }
    const QString file = errorFile ? status.errorFileId : status.outputFileId;
    return ProviderCodec::buildApiCall(endpoint, u"/files/%1/content"_s.arg(file), "GET", key);
}

std::expected<BatchCodec::Status, QString> BatchCodec::parseStatus(
    const ApiStyle style, const QByteArray &body)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return std::unexpected(u"the batch status is not a JSON object"_s);
    }
    const QJsonObject batch = document.object();
    Status status;
    status.id = batch.value(u"id"_s).toString();
    if (status.id.isEmpty()) {
        return std::unexpected(u"the batch status names no id"_s);
    }
    const QJsonObject counts = batch.value(u"request_counts"_s).toObject();
    if (style == ApiStyle::Anthropic) {
        const QString processing = batch.value(u"processing_status"_s).toString();
        status.succeeded = counts.value(u"succeeded"_s).toInteger();
        status.failed = counts.value(u"errored"_s).toInteger() + counts.value(u"canceled"_s).toInteger()
            + counts.value(u"expired"_s).toInteger();
        status.total = status.succeeded + status.failed + counts.value(u"processing"_s).toInteger();
        status.resultsUrl = QUrl(batch.value(u"results_url"_s).toString());
        if (processing == u"in_progress") {
            status.state = State::InProgress;
        } else if (processing == u"canceling") {
            status.state = State::Cancelling;
        } else if (processing == u"ended") {
            const bool cancelled = batch.value(u"cancel_initiated_at"_s).isString();
            const bool expired = counts.value(u"expired"_s).toInteger() > 0;
            status.state = cancelled ? State::Cancelled : expired ? State::Expired : State::Completed;
        } else {
            return std::unexpected(
                u"processing_status: expected in_progress, canceling or ended, found '%1'"_s.arg(processing));
        }
        return status;
    }
    const QString name = batch.value(u"status"_s).toString();
    const auto state = stateFromName(name == u"canceled"_s ? u"cancelled"_s
            : name == u"canceling"_s                       ? u"cancelling"_s
                                                           : name);
    if (!state) {
        return std::unexpected(u"status: expected a batch status, found '%1'"_s.arg(name));
    }
    status.state = *state;
    status.total = counts.value(u"total"_s).toInteger();
    status.succeeded = counts.value(u"completed"_s).toInteger();
    status.failed = counts.value(u"failed"_s).toInteger();
    status.outputFileId = batch.value(u"output_file_id"_s).toString();
    status.errorFileId = batch.value(u"error_file_id"_s).toString();
    const QJsonArray errors = batch.value(u"errors"_s).toObject().value(u"data"_s).toArray();
    if (!errors.isEmpty()) {
        status.message = errorMessageOf(errors.first());
    }
    return status;
}

std::expected<QList<BatchCodec::Result>, QString> BatchCodec::parseResults(
    const ApiStyle style, const QByteArray &jsonl)
{
    QList<Result> results;
    int number = 0;
    for (const QByteArray &line : jsonl.split('\n')) {
        ++number;
        if (line.trimmed().isEmpty()) {
            continue;
        }
        QJsonParseError error{};
        const QJsonObject object = QJsonDocument::fromJson(line, &error).object();
        Result result;
        result.customId = object.value(u"custom_id"_s).toString();
        if (error.error != QJsonParseError::NoError || result.customId.isEmpty()) {
            return std::unexpected(u"line %1: expected a result with a custom_id"_s.arg(number));
        }
        if (style == ApiStyle::Anthropic) {
            const QJsonObject outcome = object.value(u"result"_s).toObject();
            const QString type = outcome.value(u"type"_s).toString();
            if (type == u"succeeded") {
                result.body = compact(outcome.value(u"message"_s).toObject());
            } else if (type == u"errored") {
                result.error = errorMessageOf(outcome.value(u"error"_s));
            } else if (type == u"canceled" || type == u"expired") {
                result.error = u"the request was %1 before it ran"_s.arg(type);
            } else {
                return std::unexpected(u"line %1: result.type: expected succeeded, errored, canceled or "
                                       u"expired, found '%2'"_s.arg(number)
                                           .arg(type));
            }
        } else {
            const QJsonObject response = object.value(u"response"_s).toObject();
            const int code = response.value(u"status_code"_s).toInt();
            if (!object.value(u"error"_s).isNull() && object.value(u"error"_s).isObject()) {
                result.error = errorMessageOf(object.value(u"error"_s));
            } else if (code == 200 && response.value(u"body"_s).isObject()) {
                result.body = compact(response.value(u"body"_s).toObject());
            } else if (code != 0) {
                result.error = u"HTTP %1: %2"_s.arg(code).arg(errorMessageOf(response.value(u"body"_s)));
            } else {
                return std::unexpected(u"line %1: expected a response or an error"_s.arg(number));
            }
        }
        results.append(std::move(result));
    }
    return results;
}

} // namespace Workbench::Core
