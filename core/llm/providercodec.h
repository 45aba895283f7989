// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "llm/chatreply.h"
#include "llm/chatrequest.h"
#include "llm/endpoint.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QStringList>

#include <expected>

namespace Workbench::Core {

/*! \brief Builds providers' HTTP requests from a ChatRequest and reads their replies, on bytes.
 *
 * No I/O here: the client sends what this builds. Bodies follow each provider's published API
 * reference; replies are normalised into ChatReply; errors into the provider's own message with
 * any credential removed. Usage: \c{auto call = ProviderCodec::buildChat(endpoint, request, key);}
 */
class ProviderCodec
{
public:
    struct HttpCall
    {
        QNetworkRequest request;
        QByteArray verb = "POST";
        QByteArray body;
        //! The endpoint's CA bundle (a path; HttpExchange reads it): every call to an endpoint,
        //! chat or not, is checked against the same authorities.
        QString caBundle;

        //! The request as the call log keeps it: verb and URL, headers with credentials
        //! redacted, then the body (which holds no key: keys travel in headers).
        [[nodiscard]] QByteArray loggedText() const;
    };

    //! A call to \a path under the endpoint's base URL with the provider's headers and key, for the
    //! APIs beside chat (batches, files); \a verb "GET" or "POST".
    [[nodiscard]] static HttpCall buildApiCall(
        const Endpoint &endpoint, const QString &path, const QByteArray &verb, const QString &key);
    [[nodiscard]] static HttpCall buildChat(
        const Endpoint &endpoint, const ChatRequest &request, const QString &key);
    [[nodiscard]] static std::expected<ChatReply, QString> parseChat(ApiStyle style, const QByteArray &body);
    [[nodiscard]] static HttpCall buildModelList(const Endpoint &endpoint, const QString &key);
    [[nodiscard]] static std::expected<QStringList, QString> parseModelList(
        ApiStyle style, const QByteArray &body);
    //! Embeddings: OpenAI \c /embeddings, Azure deployments, Ollama \c /api/embed; Anthropic has none.
    [[nodiscard]] static std::expected<HttpCall, QString> buildEmbeddings(
        const Endpoint &endpoint, const QString &model, const QStringList &texts, const QString &key);
    [[nodiscard]] static std::expected<QList<QList<float>>, QString> parseEmbeddings(
        ApiStyle style, const QByteArray &body);
    //! The provider's error message in an error body (or the status text), credentials removed.
    [[nodiscard]] static QString errorMessage(int httpStatus, const QByteArray &body, const QString &key);
    //! Splits a leading \c{<think>...</think>} block off \a text into \a reasoning.
    static void splitReasoning(QString &text, QString &reasoning);
};

} // namespace Workbench::Core
