// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "llm/llmcallrecord.h"
#include "pilot/roundsummary.h"
#include "store/projectstore.h"

#include <optional>

namespace Workbench::Core {

/*! \brief The log of every LLM call and the response cache, with retention.
 *
 * Each call is committed in its own transaction together with its cache entry, so a killed
 * process loses at most the calls in flight and a resumed run never pays twice.
 * Usage: \c{CallLogRepository calls(store); if (auto hit = calls.cachedResponse(hash)) ...}
 */
class CallLogRepository
{
public:
    explicit CallLogRepository(ProjectStore &store);

    //! Records \a call and, when it succeeded, caches its response (or its cacheEntry) under its
    //! request hash.
    [[nodiscard]] std::expected<qint64, StoreError> record(const LlmCallRecord &call);
    //! Records every call of \a calls in one transaction (a batch's results); the last id.
    [[nodiscard]] std::expected<qint64, StoreError> recordAll(const QList<LlmCallRecord> &calls);
    [[nodiscard]] std::optional<QByteArray> cachedResponse(const QString &requestHash) const;
    //! Drops the cached reply of \a requestHash (its call record stays): it is not served again.
    [[nodiscard]] std::expected<void, StoreError> forgetResponse(const QString &requestHash);
    //! The latest \a limit calls about \a document (its id), newest first; a null \a document: all calls.
    [[nodiscard]] QList<LlmCallRecord> calls(const QString &document, qsizetype limit) const;
    /*! The calls of round \a round of run \a runId (its embeddings, annotators and supervisor),
     * oldest first: those made while running it, by every attempt, once the round is saved. The
     * final labelling's belong to no round; those of a round never saved wait for it (pendingRound). */
    [[nodiscard]] QList<LlmCallRecord> roundCalls(qint64 runId, int round) const;
    //! Marks every call waiting for round \a round of run \a runId (LlmCallRecord::pendingRound) as
    //! made in that round, whose row is \a roundId (PilotRepository): those of earlier attempts too.
    [[nodiscard]] std::expected<void, StoreError> assignPendingRound(qint64 runId, int round, qint64 roundId);
    //! What the calls waiting for round \a round of run \a runId cost, one entry per caller (an
    //! annotator, "supervisor", "embeddings"): the bill of attempts stopped before it was saved.
    [[nodiscard]] QList<RoundSummary::Annotator> pendingBill(qint64 runId, int round) const;

    struct Totals
    {
        qint64 calls = 0;
        qint64 cachedResponses = 0;
        double cost = 0.0; //!< USD of the calls with a price
        qint64 unpricedCalls = 0; //!< calls of a model without a price: not in \c cost
    };
    [[nodiscard]] Totals totals() const;

    //! Deletes calls and cache entries created before \a before; returns how many calls went.
    [[nodiscard]] std::expected<qint64, StoreError> purge(const QDateTime &before);

private:
    ProjectStore &m_store;
};

} // namespace Workbench::Core
