// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Workbench::Core {

//! One completed LLM call as the project keeps it. Bodies are stored with credentials removed.
struct LlmCallRecord
{
    qint64 id = 0; //!< the project's, once recorded
    QDateTime created;
    QString endpoint; //!< base URL, never with credentials
    QString model;
    QString requestHash; //!< hash of (endpoint, model, full request body): the cache key
    QString annotator; //!< the annotator or "supervisor"
    QString document; //!< the id of the document the call is about; empty: none (the supervisor's)
    qint64 roundId = 0; //!< 0 when not part of a round
    //! A call of a round not yet saved: its run and round number (roundId follows when it is).
    struct PendingRound
    {
        qint64 run = 0;
        int round = 0;
    };
    std::optional<PendingRound> pendingRound = std::nullopt;
    QString failure; //!< why the call failed, for people; empty when it succeeded
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 reasoningTokens = 0;
    //! USD at the prices known when it was made; nothing: its model had no price (not free).
    std::optional<double> cost = 0.0;
    qint64 durationMs = 0;
    QByteArray request;
    QByteArray response;
    //! What the response cache keeps for an "ok" call when it is not \c response: an embeddings call
    //! logs a short summary and caches its vectors packed (PoolEmbedder::pack). Not read back.
    std::optional<QByteArray> cacheEntry = std::nullopt;

    [[nodiscard]] bool succeeded() const { return failure.isEmpty(); }
};

} // namespace Workbench::Core
