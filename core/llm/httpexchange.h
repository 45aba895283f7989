// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "llm/callresult.h"
#include "llm/providercodec.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace Workbench::Core {

/*! \brief One HTTP request to a provider, bounded in time and size; owns its reply.
 *
 * A connect timeout (TCP and TLS, until the request is sent), an inactivity timeout through
 * QNetworkRequest::setTransferTimeout, an overall deadline through a QTimer, a response-size cap,
 * redirects never followed (a provider API does not redirect, and the request carries the key),
 * TLS errors never ignored, the call's CA bundle trusted (an unreadable one: nothing is sent).
 * Emits finished() exactly once, also after abort().
 * Usage: \c{auto *x = new HttpExchange(nam, call, style, key, limits, this); connect(x,
 * &HttpExchange::finished, ...); x->start();}
 */
class HttpExchange final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpExchange)

public:
    struct Limits
    {
        int inactivityTimeoutMs = 60'000;
        int overallTimeoutMs = 300'000;
        qint64 maxResponseBytes = 16 * 1024 * 1024;
        //! To connect and send the request: a host that never answers fails in this time, not in
        //! the inactivity timeout. Not counted while the manager has calls in flight to the same
        //! host (then this one waits for a connection, not for the host). 0: no connect timeout.
        int connectTimeoutMs = 15'000;
    };
    //! What the exchange should make of the body of a 2xx reply.
    enum class Expect { Chat, ModelList, Raw };

    HttpExchange(QNetworkAccessManager *manager, ProviderCodec::HttpCall call, ApiStyle style, QString key,
        const Limits &limits, Expect expect, QObject *parent = nullptr);
    ~HttpExchange() override;

    void start();
    //! Stops the exchange; finished() follows with Status::Cancelled.
    void abort();

Q_SIGNALS:
    void finished(const Workbench::Core::CallResult &result);

private:
    void onReadyRead();
    void onRequestSent();
    void onConnectDeadline();
    void onFinished();
    void finish(CallResult result);
    //! Takes this call out of the manager's calls in flight to its host.
    void releaseSent();

    QNetworkAccessManager *m_manager = nullptr;
    ProviderCodec::HttpCall m_call;
    ApiStyle m_style = ApiStyle::OpenAi;
    QString m_key;
    Limits m_limits;
    Expect m_expect = Expect::Chat;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QTimer m_connectDeadline;
    QElapsedTimer m_elapsed;
    QByteArray m_body;
    QString m_origin; //!< scheme://host:port
    bool m_done = false;
    bool m_cancelled = false;
    bool m_timedOut = false;
    bool m_connectTimedOut = false;
    bool m_sent = false;
    bool m_tooLarge = false;
};

} // namespace Workbench::Core
