// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "llm/chatrequest.h"
#include "llm/endpoint.h"
#include "llm/providercodec.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <expected>

namespace Workbench::Core {

/*! \brief The providers' batch engines on bytes: OpenAI's Batch API and Anthropic's Message Batches.
 *
 * No I/O here (BatchClient sends what this builds). Each request of a batch is the exact body an
 * interactive call would send, so a batch result is the reply that call would have had and goes
 * into the same response cache. OpenAI: a JSONL input file uploaded to \c /files (purpose
 * \c batch), then \c /batches with a 24 h window; results in an output and an error file.
 * Anthropic: the requests in the body of \c /v1/messages/batches; results at \c results_url.
 * Inputs are split at each provider's request-count and size limits.
 * Usage: \c{auto parts = BatchCodec::prepare(endpoint, items, BatchCodec::limits(endpoint.style));}
 */
class BatchCodec
{
public:
    enum class State {
        Validating,
        InProgress,
        Finalizing,
        Completed,
        Expired,
        Cancelling,
        Cancelled,
        Failed
    };

    struct Limits
    {
        int maxRequests = 0;
        qint64 maxBytes = 0; //!< of one input file (OpenAI) or request body (Anthropic)
    };
    struct Item
    {
        QString customId; //!< [A-Za-z0-9_-]{1,64}, unique in the batch (Anthropic's rule, the stricter)
        ChatRequest request;
    };
    struct Part
    {
        QByteArray payload; //!< the JSONL file (OpenAI) or the JSON body (Anthropic)
        QStringList customIds;
    };
    struct Status
    {
        QString id;
        State state = State::Validating;
        qint64 total = 0;
        qint64 succeeded = 0;
        qint64 failed = 0; //!< errored, expired or cancelled requests
        QString outputFileId; //!< OpenAI
        QString errorFileId; //!< OpenAI
        QUrl resultsUrl; //!< Anthropic
        QString message; //!< why the batch failed, when it did

        //! No request of the batch will change any more: its results can be read.
        [[nodiscard]] bool ended() const
        {
            return state == State::Completed || state == State::Expired || state == State::Cancelled
                || state == State::Failed;
        }
    };
    struct Result
    {
        QString customId;
        QByteArray body; //!< the chat reply as an interactive call receives it, when it succeeded
        QString error; //!< empty when it succeeded

        [[nodiscard]] bool ok() const { return error.isEmpty(); }
    };

    //! OpenAI style (OpenAI and the compatible services that offer batches) and Anthropic.
    [[nodiscard]] static bool supports(ApiStyle style);
    [[nodiscard]] static Limits limits(ApiStyle style);
    [[nodiscard]] static QString stateName(State state);
    [[nodiscard]] static std::optional<State> stateFromName(const QString &name);

    //! The items in as few parts as the limits allow, in order; an item alone over the size limit,
    //! or a custom id the providers refuse, is an error.
    [[nodiscard]] static std::expected<QList<Part>, QString> prepare(
        const Endpoint &endpoint, const QList<Item> &items, const Limits &limits);

    //! OpenAI: the part as a file upload (multipart/form-data, purpose "batch").
    [[nodiscard]] static ProviderCodec::HttpCall upload(
        const Endpoint &endpoint, const Part &part, const QString &key);
    [[nodiscard]] static std::expected<QString, QString> parseUpload(const QByteArray &body);
    //! The batch: OpenAI from the uploaded \a inputFileId, Anthropic from the part itself.
    [[nodiscard]] static ProviderCodec::HttpCall create(
        const Endpoint &endpoint, const Part &part, const QString &inputFileId, const QString &key);
    [[nodiscard]] static ProviderCodec::HttpCall status(
        const Endpoint &endpoint, const QString &batchId, const QString &key);
    [[nodiscard]] static ProviderCodec::HttpCall cancel(
        const Endpoint &endpoint, const QString &batchId, const QString &key);
    //! The results of an ended batch: OpenAI's output file, or with \a errorFile its error file;
    //! Anthropic's results_url when it is on the endpoint's own host (the key never goes elsewhere).
    [[nodiscard]] static ProviderCodec::HttpCall results(
        const Endpoint &endpoint, const Status &status, bool errorFile, const QString &key);
    [[nodiscard]] static std::expected<Status, QString> parseStatus(ApiStyle style, const QByteArray &body);
    //! Every line of a results file; a line that is not a result fails the whole file.
    [[nodiscard]] static std::expected<QList<Result>, QString> parseResults(
        ApiStyle style, const QByteArray &jsonl);
};

} // namespace Workbench::Core
