// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "llm/apistyle.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <expected>

namespace Workbench::Core {

/*! \brief Where a model is served: API style, base URL and how to reach it. Never holds a key.
 *
 * Base URLs as the providers' own SDKs take them: OpenAI style including \c /v1; Anthropic and
 * Ollama the host root; Azure the resource URL, with \c deployment and \c apiVersion.
 */
struct Endpoint
{
    QString id; //!< the user's name for it; also names its key in the keychain
    ApiStyle style = ApiStyle::OpenAi;
    QUrl baseUrl;
    QString deployment; //!< Azure only
    QString apiVersion = QStringLiteral("2024-10-21"); //!< Azure only
    bool allowInsecureHttp = false; //!< plain http to a non-loopback host, explicitly allowed
    QString caBundle; //!< PEM file of extra certificate authorities for this endpoint
    //! More base URLs serving the same model (vLLM, llama.cpp or Ollama replicas): with baseUrl
    //! they form a pool the scheduler balances by outstanding calls and fails over within.
    QList<QUrl> replicas;

    //! baseUrl, then the replicas.
    [[nodiscard]] QList<QUrl> pool() const { return QList<QUrl>{baseUrl} + replicas; }
    //! This endpoint served from \a url instead (one of its pool).
    [[nodiscard]] Endpoint at(const QUrl &url) const
    {
        Endpoint replica = *this;
        replica.baseUrl = url;
        replica.replicas.clear();
        return replica;
    }

    //! Whether the host is a loopback address (127.0.0.0/8, ::1, localhost).
    [[nodiscard]] bool isLoopback() const;
    //! The privacy policy, for every URL of the pool: plain http only to loopback unless allowed;
    //! with \a localOnly, nothing but loopback. The error says what was refused and why.
    [[nodiscard]] std::expected<void, QString> checkPolicy(bool localOnly) const;
};

} // namespace Workbench::Core
