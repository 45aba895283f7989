// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "llm/chatreply.h"

#include <QByteArray>
#include <QString>

namespace Workbench::Core {

/*! \brief The outcome of one HTTP exchange with a provider, delivered through one signal.
 *
 * \c errorString is complete and user-facing, and never contains a credential.
 */
struct CallResult
{
    enum class Status {
        Ok, //!< a 2xx reply, parsed into \c reply
        HttpError, //!< a non-2xx status; \c errorString is the provider's message
        Timeout, //!< no byte for the inactivity timeout, or over the overall deadline
        NetworkError, //!< refused, reset, DNS, TLS: the connection failed
        TooLarge, //!< the reply passed the size cap and was cut off
        BadReply, //!< a 2xx reply that is not the provider's JSON (truncated, malformed)
        Cancelled,
        Refused, //!< not sent: the privacy policy forbids this endpoint, or its CA bundle is unreadable
    };

    Status status = Status::NetworkError;
    int httpStatus = 0;
    QString errorString;
    ChatReply reply;
    QByteArray body; //!< the raw reply body (up to the cap)
    qint64 retryAfterMs = -1; //!< the server's Retry-After, when it sent one
    qint64 durationMs = 0;

    [[nodiscard]] bool isOk() const { return status == Status::Ok; }
    //! \c errorString, or a plain description when the exchange left none; empty when Ok.
    [[nodiscard]] QString failureText() const;
    //! 429, 5xx, timeouts, dropped connections and cut-off bodies are worth another try;
    //! other 4xx are the request's fault and are not.
    [[nodiscard]] bool isRetryable() const;
};

} // namespace Workbench::Core
