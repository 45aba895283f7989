// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "httpexchange.h"

#include "redaction.h"

#include <QDateTime>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
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
}

HttpExchange::~HttpExchange()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpExchange::start()
{
    m_elapsed.start();
    m_call.request.setTransferTimeout(m_limits.inactivityTimeoutMs);
    m_reply = m_manager->sendCustomRequest(
        m_call.request, m_call.verb, m_call.verb == "GET" ? QByteArray() : m_call.body);
    m_reply->setParent(this);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpExchange::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpExchange::onFinished);
    m_deadline.start(m_limits.overallTimeoutMs);
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

void HttpExchange::onFinished()
{
    m_deadline.stop();
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
    } else if (m_timedOut || error == QNetworkReply::OperationCanceledError
        || error == QNetworkReply::TimeoutError) {
        // Qt reports a transfer timeout as OperationCanceledError.
        result.status = CallResult::Status::Timeout;
        result.errorString = m_timedOut
            ? u"no complete reply within %1 s"_s.arg(m_limits.overallTimeoutMs / 1000.0)
            : u"no data for %1 s"_s.arg(m_limits.inactivityTimeoutMs / 1000.0);
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
