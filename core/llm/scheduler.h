// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "llm/callresult.h"
#include "llm/chatjob.h"
#include "llm/httpexchange.h"
#include "llm/llmcallrecord.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace Workbench::Core {

class PriceTable;
class ResponseCache;
class SeededRandom;

/*! \brief Sends chat jobs within limits, retries what is worth retrying, and caches replies.
 *
 * Per-endpoint concurrency and requests-per-minute, a global cap, priorities (supervisor before
 * bulk), exponential backoff with jitter on 429 / 5xx / timeouts / dropped connections, a
 * Retry-After that pauses the whole endpoint, a retry budget shared by all jobs, cancellation
 * of one job, a run or everything (no reply left dangling). A job whose request was answered
 * before is served from the cache without a call, and one whose request is already queued or
 * running takes that call's answer (repeated sentences are common: each is sent and paid once). Every job
 * ends in exactly one jobFinished(). An endpoint with replicas is a pool: each replica has its own
 * concurrency and rate limits, a call goes to the healthy replica with the fewest calls outstanding, and a
 * replica that refuses or times out is left out (2 s, doubling to 60 s, then tried again with one call) while
 * its call moves at once to another replica. Usage: \c{auto id = scheduler.submit(job); connect(&scheduler,
 * &Scheduler::jobFinished, ...);}
 */
class Scheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Scheduler)

public:
    struct Limits
    {
        int globalConcurrency = 16;
        int endpointConcurrency = 8;
        int requestsPerMinute = 0; //!< per endpoint; 0: no limit
        qint64 tokensPerMinute = 0; //!< per endpoint, prompt estimate plus the output allowance; 0: no limit
    };
    struct RetryPolicy
    {
        int maxRetries = 3; //!< per job
        int retryBudget = 1000; //!< for all jobs together
        int baseDelayMs = 1000; //!< first backoff; doubles each retry
        int maxDelayMs = 60'000;
        double jitter = 0.25; //!< +- fraction of each delay
    };

    struct JobResult
    {
        CallResult call; //!< the last attempt's result
        int attempts = 0; //!< calls made (0 when served from the cache)
        bool fromCache = false;
        QString requestHash;
        QString annotator;
    };

    explicit Scheduler(QNetworkAccessManager *manager, QObject *parent = nullptr);
    ~Scheduler() override;

    void setLimits(const Limits &limits) { m_limits = limits; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    void setExchangeLimits(const HttpExchange::Limits &limits) { m_exchangeLimits = limits; }
    void setCache(ResponseCache *cache) { m_cache = cache; }
    //! Prices the audit records; without one (or a price for the model) calls cost 0.
    void setPriceTable(const PriceTable *prices) { m_prices = prices; }
    void setLocalOnly(bool localOnly) { m_localOnly = localOnly; }
    //! Answers only from the cache (batch results); any other job ends at once, Status::Refused.
    void setCacheOnly(bool cacheOnly) { m_cacheOnly = cacheOnly; }
    void setSeed(quint64 seed);
    //! The clock of rate limits and pauses (ms since an epoch); the steady clock by default.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    //! What calls outside the queue (embeddings) share with it: the network, cache, limits, prices.
    [[nodiscard]] QNetworkAccessManager *network() const { return m_manager; }
    [[nodiscard]] ResponseCache *cache() const { return m_cache; }
    [[nodiscard]] const HttpExchange::Limits &exchangeLimits() const { return m_exchangeLimits; }
    [[nodiscard]] const PriceTable *priceTable() const { return m_prices; }
    [[nodiscard]] bool isLocalOnly() const { return m_localOnly; }
    [[nodiscard]] const RetryPolicy &retryPolicy() const { return m_retry; }
    [[nodiscard]] const Limits &limits() const { return m_limits; }
    //! The time on the clock of rate limits (setClock), in ms.
    [[nodiscard]] qint64 clockMs() const { return m_clock(); }

    //! Queues \a job; returns its id. A policy refusal ends it at once (Status::Refused).
    quint64 submit(const ChatJob &job);
    void cancel(quint64 id);
    void cancelRun(const QString &run);
    void cancelAll();

    //! Jobs waiting: queued, or following a job with the same request.
    [[nodiscard]] int queued() const;
    [[nodiscard]] int running() const { return int(m_running.size()); }
    [[nodiscard]] int retriesLeft() const { return m_retry.retryBudget - m_retriesUsed; }
    //! The cache key of a request: SHA-256 over endpoint, style, model and the full body.
    [[nodiscard]] static QString requestHash(const Endpoint &endpoint, const ChatRequest &request);

Q_SIGNALS:
    void jobFinished(quint64 id, const Workbench::Core::Scheduler::JobResult &result);
    void retryScheduled(quint64 id, int attempt, int delayMs, const QString &reason);
    void endpointPaused(const QString &endpoint, int ms);
    //! After every attempt that went over the network: the audit record, credentials removed.
    void callRecorded(const Workbench::Core::LlmCallRecord &record);

private:
    struct Job
    {
        quint64 id = 0;
        ChatJob job;
        QString hash;
        int attempts = 0;
        qint64 notBefore = 0;
        quint64 order = 0;
        QUrl replica; //!< the pool member the current attempt went to
        int failovers = 0;
    };
    struct EndpointState
    {
        int running = 0;
        qint64 pausedUntil = 0;
        qint64 downUntil = 0; //!< a replica that failed to answer, left out until then
        int failures = 0; //!< in a row
        bool probing = false; //!< back after being down: one call decides
        QList<qint64> starts; // within the last minute
        QList<std::pair<qint64, qint64>> tokens; // (start, tokens) within the last minute
    };

    //! Queues \a job, or has it follow a job with the same request already queued or running.
    void enqueue(const Job &job);
    void pump();
    void schedulePump(qint64 delayMs);
    void startJob(Job job, const QUrl &replica);
    //! The replica of \a job's pool to start it on now, or none (then \a ready says when to look again).
    [[nodiscard]] std::optional<QUrl> pickReplica(const Job &job, qint64 t, qint64 &ready);
    void onExchangeFinished(quint64 id, const CallResult &result);
    void finishJob(const Job &job, const CallResult &result, bool fromCache);
    [[nodiscard]] LlmCallRecord auditRecord(const Job &job, const CallResult &result) const;
    [[nodiscard]] qint64 now() const;
    [[nodiscard]] static QString endpointKey(const Endpoint &endpoint);
    [[nodiscard]] static QString replicaKey(const Endpoint &endpoint, const QUrl &replica);

    QNetworkAccessManager *m_manager = nullptr;
    Limits m_limits;
    RetryPolicy m_retry;
    HttpExchange::Limits m_exchangeLimits;
    ResponseCache *m_cache = nullptr;
    const PriceTable *m_prices = nullptr;
    bool m_localOnly = false;
    bool m_cacheOnly = false;
    std::unique_ptr<SeededRandom> m_random;
    std::function<qint64()> m_clock;
    QList<Job> m_queue;
    struct Running
    {
        Job job;
        QPointer<HttpExchange> exchange;
        QNetworkAccessManager *manager = nullptr;
    };
    [[nodiscard]] QNetworkAccessManager *managerFor(const QString &endpoint);
    [[nodiscard]] static qint64 jobTokens(const ChatJob &job);

    QHash<quint64, Running> m_running;
    QHash<QString, quint64> m_leaders; //!< request hash -> the job queued or running with it
    QHash<quint64, QList<Job>> m_followers; //!< leader -> jobs with the same request, answered with it
    // Qt 6.4 opens at most six HTTP/1.1 connections per host and manager (QHttp1Configuration
    // arrives in 6.5), so higher concurrency spreads over more managers; the first is the app's.
    QList<QNetworkAccessManager *> m_managers;
    QHash<QNetworkAccessManager *, QHash<QString, int>> m_managerLoad;
    QHash<QString, EndpointState> m_endpoints;
    quint64 m_nextId = 1;
    quint64 m_order = 0;
    int m_retriesUsed = 0;
    QTimer m_pumpTimer;
};

} // namespace Workbench::Core
