// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "llm/batchcodec.h"
#include "llm/httpexchange.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;

namespace Workbench::Core {

/*! \brief A provider batch's life over HTTP: submit, read its status, cancel, fetch its results.
 *
 * Each operation is one or two bounded exchanges (HttpExchange: timeouts, size cap, no redirects,
 * the privacy policy checked first) and ends in exactly one call of its callback, with the
 * provider's message (credentials removed) when it failed. Results files may be large: their
 * size cap is the batch limit, not the chat reply's.
 * Usage: \c{client.submit(endpoint, key, part, [](auto submitted) { ... });}
 */
class BatchClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchClient)

public:
    template<typename T>
    using Callback = std::function<void(std::expected<T, QString>)>;

    explicit BatchClient(QNetworkAccessManager *manager, QObject *parent = nullptr);
    ~BatchClient() override;

    void setLocalOnly(bool localOnly) { m_localOnly = localOnly; }
    void setLimits(const HttpExchange::Limits &limits) { m_limits = limits; }

    //! OpenAI: uploads the input file, then creates the batch; Anthropic: creates it with the requests.
    void submit(const Endpoint &endpoint, const QString &key, const BatchCodec::Part &part,
        Callback<std::pair<BatchCodec::Status, QString>> done);
    void poll(const Endpoint &endpoint, const QString &key, const QString &batchId,
        Callback<BatchCodec::Status> done);
    void cancel(const Endpoint &endpoint, const QString &key, const QString &batchId,
        Callback<BatchCodec::Status> done);
    //! Every result of an ended batch (OpenAI: its output and error files together).
    void fetchResults(const Endpoint &endpoint, const QString &key, const BatchCodec::Status &status,
        Callback<QList<BatchCodec::Result>> done);
    //! Stops every exchange in flight; their callbacks are not called.
    void abortAll();

private:
    //! Sends \a call and answers with the batch status its reply holds (status and cancel alike).
    void sendForStatus(const Endpoint &endpoint, const QString &key, const ProviderCodec::HttpCall &call,
        Callback<BatchCodec::Status> done);
    void send(const Endpoint &endpoint, const QString &key, const ProviderCodec::HttpCall &call, bool large,
        std::function<void(std::expected<QByteArray, QString>)> done);

    QNetworkAccessManager *m_manager = nullptr;
    HttpExchange::Limits m_limits;
    bool m_localOnly = false;
    QList<QPointer<HttpExchange>> m_exchanges;
};

} // namespace Workbench::Core
