// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "llm/httpexchange.h"

#include "llm/redaction.h"

#include <QDateTime>
#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {

// Retry-After is delta-seconds or an HTTP-date (RFC 9110 10.2.3).
qint64 retryAfterMs(const QByteArray &value)
{
    if (value.isEmpty()) {
        return -1;
    }
    bool ok = false;
    const double seconds = value.trimmed().toDouble(&ok);
    if (ok) {
        return qint64(std::max(0.0, seconds) * 1000.0);
    }
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::RFC2822Date);
    if (when.isValid()) {
        return std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when));
    }
    return -1;
}

// Calls each manager has sent to each origin and not yet seen answered. Qt opens at most six
// connections per host and manager; while one of them carries a call, the host is reachable, and
// a call still unsent is waiting for a connection, not for the host.
using SentKey = std::pair<const QNetworkAccessManager *, QString>;
QHash<SentKey, int> &sentCalls()
{
    thread_local QHash<SentKey, int> calls;
    return calls;
}

QString originOf(const QUrl &url)
{
    const bool https = url.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0;
    return url.scheme().toLower() + u"://"_s + url.host() + u':'
        + QString::number(url.port(https ? 443 : 80));
}

} // namespace

HttpExchange::HttpExchange(QNetworkAccessManager *manager, ProviderCodec::HttpCall call, const ApiStyle style,
    QString key, const Limits &limits, const Expect expect, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_call(std::move(call))
    , m_style(style)
    , m_key(std::move(key))
    , m_limits(limits)
    , m_expect(expect)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply) {
            m_reply->abort();
        }
    });
    m_connectDeadline.setSingleShot(true);
    connect(&m_connectDeadline, &QTimer::timeout, this, &HttpExchange::onConnectDeadline);
}

HttpExchange::~HttpExchange()
{
    releaseSent();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpExchange::start()
{
    m_elapsed.start();
    if (!m_call.caBundle.isEmpty()) {
        const QList<QSslCertificate> authorities = QSslCertificate::fromPath(m_call.caBundle);
        if (authorities.isEmpty()) {
            // Without its authorities the handshake would fail with a message about the server's
            // certificate: say what is wrong instead, before anything is sent.
            CallResult result;
            result.status = CallResult::Status::Refused;
            result.errorString =
                u"not sent: the CA bundle %1 holds no PEM certificate (missing, unreadable or not PEM)"_s.arg(
                    m_call.caBundle);
            QMetaObject::invokeMethod(
                this, [this, result] { finish(result); }, Qt::QueuedConnection);
            return;
        }
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(authorities);
        m_call.request.setSslConfiguration(tls);
    }
    m_origin = originOf(m_call.request.url());
    m_call.request.setTransferTimeout(m_limits.inactivityTimeoutMs);
    m_reply = m_manager->sendCustomRequest(
        m_call.request, m_call.verb, m_call.verb == "GET" ? QByteArray() : m_call.body);
    m_reply->setParent(this);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpExchange::onReadyRead);
    connect(m_reply, &QNetworkReply::requestSent, this, &HttpExchange::onRequestSent);
    connect(m_reply, &QNetworkReply::finished, this, &HttpExchange::onFinished);
    m_deadline.start(m_limits.overallTimeoutMs);
    if (m_limits.connectTimeoutMs > 0) {
        m_connectDeadline.start(m_limits.connectTimeoutMs);
    }
}

void HttpExchange::abort()
{
    m_cancelled = true;
    if (m_reply) {
        m_reply->abort();
    } else {
        CallResult result;
        result.status = CallResult::Status::Cancelled;
        result.errorString = u"cancelled"_s;
        finish(result);
    }
}

void HttpExchange::onReadyRead()
{
    m_body += m_reply->readAll();
    if (m_body.size() > m_limits.maxResponseBytes) {
        m_tooLarge = true;
        m_body.truncate(m_limits.maxResponseBytes);
        m_reply->abort();
    }
}

void HttpExchange::onRequestSent()
{
    m_connectDeadline.stop();
    if (!m_sent) { // Qt resends once on a stale keep-alive connection
        m_sent = true;
        ++sentCalls()[{m_manager, m_origin}];
    }
}

void HttpExchange::onConnectDeadline()
{
    if (sentCalls().value({m_manager, m_origin}) > 0) {
        m_connectDeadline.start(m_limits.connectTimeoutMs); // queued behind calls the host answers
        return;
    }
    m_connectTimedOut = true;
    if (m_reply) {
        m_reply->abort();
    }
}

void HttpExchange::releaseSent()
{
    if (!m_sent) {
        return;
    }
    m_sent = false;
    const auto it = sentCalls().find({m_manager, m_origin});
    if (it != sentCalls().end() && --it.value() <= 0) {
        sentCalls().erase(it);
    }
}

void HttpExchange::onFinished()
{
    m_deadline.stop();
    m_connectDeadline.stop();
    releaseSent();
    if (!m_tooLarge && m_reply->isOpen()) {
        m_body += m_reply->readAll();
    }
    CallResult result;
    result.durationMs = m_elapsed.elapsed();
    result.httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.retryAfterMs = retryAfterMs(m_reply->rawHeader("Retry-After"));
    result.body = m_body;
    const QNetworkReply::NetworkError error = m_reply->error();
    if (m_cancelled) {
        result.status = CallResult::Status::Cancelled;
        result.errorString = u"cancelled"_s;
    } else if (m_tooLarge) {
        result.status = CallResult::Status::TooLarge;
        result.errorString = u"the reply exceeded %1 bytes and was cut off"_s.arg(m_limits.maxResponseBytes);
    } else if (m_connectTimedOut) {
        result.status = CallResult::Status::Timeout;
        result.errorString = u"could not connect to %1 within %2 s"_s.arg(m_call.request.url().authority())
                                 .arg(m_limits.connectTimeoutMs / 1000.0);
    } else if (m_timedOut || error == QNetworkReply::OperationCanceledError
        || error == QNetworkReply::TimeoutError) {
        // Qt reports a transfer timeout as OperationCanceledError.
        result.status = CallResult::Status::Timeout;
        result.errorString = m_timedOut
            ? u"no complete reply within %1 s"_s.arg(m_limits.overallTimeoutMs / 1000.0)
            : u"no data for %1 s"_s.arg(m_limits.inactivityTimeoutMs / 1000.0);
    } else if (result.httpStatus >= 300 && result.httpStatus < 400) {
        result.status = CallResult::Status::HttpError;
        result.errorString =
            u"HTTP %1: the server redirects to %2; not followed, since the request carries the "
            u"key (a provider's API does not redirect: check the base URL)"_s.arg(result.httpStatus)
                .arg(QString::fromUtf8(m_reply->rawHeader("Location")));
    } else if (result.httpStatus >= 300) {
        result.status = CallResult::Status::HttpError;
        result.errorString = ProviderCodec::errorMessage(result.httpStatus, m_body, m_key);
    } else if (error != QNetworkReply::NoError && result.httpStatus != 0) {
        // The reply had begun: say so, since the server may have done (and billed) the work.
        result.status = CallResult::Status::NetworkError;
        result.errorString =
            u"the reply was cut off after %1 bytes: %2"_s.arg(m_body.size()).arg(m_reply->errorString());
    } else if (error != QNetworkReply::NoError || result.httpStatus == 0) {
        result.status = CallResult::Status::NetworkError;
        result.errorString = m_reply->errorString();
    } else if (m_expect == Expect::Chat) {
        auto reply = ProviderCodec::parseChat(m_style, m_body);
        if (reply) {
            result.status = CallResult::Status::Ok;
            result.reply = *reply;
        } else {
            result.status = CallResult::Status::BadReply;
            result.errorString = reply.error();
        }
    } else {
        result.status = CallResult::Status::Ok;
    }
    finish(result);
}

void HttpExchange::finish(CallResult result)
{
    if (m_done) {
        return;
    }
    m_done = true;
    result.errorString = Redaction::removeSecret(result.errorString, m_key);
    Q_EMIT finished(result);
}

} // namespace Workbench::Core
