// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "llm/batchclient.h"

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

BatchClient::BatchClient(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
{
}

BatchClient::~BatchClient()
{
    abortAll();
}

void BatchClient::abortAll()
{
    const QList<QPointer<HttpExchange>> exchanges = std::exchange(m_exchanges, {});
    for (const QPointer<HttpExchange> &exchange : exchanges) {
        if (exchange) {
            exchange->disconnect(this);
            exchange->abort();
            exchange->deleteLater();
        }
    }
}

void BatchClient::send(const Endpoint &endpoint, const QString &key, const ProviderCodec::HttpCall &call,
    const bool large, std::function<void(std::expected<QByteArray, QString>)> done)
{
    if (auto allowed = endpoint.checkPolicy(m_localOnly); !allowed) {
        QMetaObject::invokeMethod(
            this, [done, error = allowed.error()] { done(std::unexpected(error)); }, Qt::QueuedConnection);
        return;
    }
    HttpExchange::Limits limits = m_limits;
    if (large) { // a results file holds a whole batch
        limits.maxResponseBytes =
            std::max(limits.maxResponseBytes, BatchCodec::limits(endpoint.style).maxBytes * 4);
        limits.overallTimeoutMs = std::max(limits.overallTimeoutMs, 30 * 60'000);
    }
    auto *exchange =
        new HttpExchange(m_manager, call, endpoint.style, key, limits, HttpExchange::Expect::Raw, this);
    m_exchanges.append(exchange);
    connect(exchange, &HttpExchange::finished, this, [this, exchange, done](const CallResult &result) {
        m_exchanges.removeAll(exchange);
        exchange->deleteLater();
        if (!result.isOk()) {
            done(std::unexpected(result.errorString));
            return;
        }
        done(result.body);
    });
    exchange->start();
}

void BatchClient::submit(const Endpoint &endpoint, const QString &key, const BatchCodec::Part &part,
    Callback<std::pair<BatchCodec::Status, QString>> done)
{
    const auto create = [this, endpoint, key, part, done](const QString &inputFileId) {
        send(endpoint, key, BatchCodec::create(endpoint, part, inputFileId, key), false,
            [endpoint, inputFileId, done](std::expected<QByteArray, QString> body) {
                if (!body) {
                    done(std::unexpected(body.error()));
                    return;
                }
                auto status = BatchCodec::parseStatus(endpoint.style, *body);
                if (!status) {
                    done(std::unexpected(status.error()));
                    return;
                }
                done(std::pair{*status, inputFileId});
            });
    };
    if (endpoint.style == ApiStyle::Anthropic) {
        create({});
        return;
    }
    send(endpoint, key, BatchCodec::upload(endpoint, part, key), false,
        [create, done](std::expected<QByteArray, QString> body) {
            if (!body) {
                done(std::unexpected(body.error()));
                return;
            }
            const auto fileId = BatchCodec::parseUpload(*body);
            if (!fileId) {
                done(std::unexpected(fileId.error()));
                return;
            }
            create(*fileId);
        });
}

void BatchClient::poll(
    const Endpoint &endpoint, const QString &key, const QString &batchId, Callback<BatchCodec::Status> done)
{
    sendForStatus(endpoint, key, BatchCodec::status(endpoint, batchId, key), std::move(done));
}

void BatchClient::cancel(
    const Endpoint &endpoint, const QString &key, const QString &batchId, Callback<BatchCodec::Status> done)
{
    sendForStatus(endpoint, key, BatchCodec::cancel(endpoint, batchId, key), std::move(done));
}

void BatchClient::sendForStatus(const Endpoint &endpoint, const QString &key,
    const ProviderCodec::HttpCall &call, Callback<BatchCodec::Status> done)
{
    send(endpoint, key, call, false, [style = endpoint.style, done](std::expected<QByteArray, QString> body) {
        if (!body) {
            done(std::unexpected(body.error()));
            return;
        }
        done(BatchCodec::parseStatus(style, *body));
    });
}

void BatchClient::fetchResults(const Endpoint &endpoint, const QString &key, const BatchCodec::Status &status,
    Callback<QList<BatchCodec::Result>> done)
{
    // OpenAI keeps successes and failures in two files, either of which may not exist.
    QList<bool> files;
    if (endpoint.style == ApiStyle::Anthropic) {
        files.append(false);
    } else {
        if (!status.outputFileId.isEmpty()) {
            files.append(false);
        }
        if (!status.errorFileId.isEmpty()) {
            files.append(true);
        }
    }
    if (files.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [done] { done(QList<BatchCodec::Result>{}); }, Qt::QueuedConnection);
        return;
    }
    auto collected = std::make_shared<QList<BatchCodec::Result>>();
    auto remaining = std::make_shared<qsizetype>(files.size());
    auto failed = std::make_shared<bool>(false);
    for (const bool errorFile : std::as_const(files)) {
        send(endpoint, key, BatchCodec::results(endpoint, status, errorFile, key), true,
            [style = endpoint.style, collected, remaining, failed, done](
                std::expected<QByteArray, QString> body) {
                if (*failed) {
                    return;
                }
                auto results = body
                    ? BatchCodec::parseResults(style, *body)
                    : std::expected<QList<BatchCodec::Result>, QString>(std::unexpected(body.error()));
                if (!results) {
                    *failed = true;
                    done(std::unexpected(results.error()));
                    return;
                }
                collected->append(*results);
                if (--*remaining == 0) {
                    done(*collected);
                }
            });
    }
}

} // namespace Workbench::Core
