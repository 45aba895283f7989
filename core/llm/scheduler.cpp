// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "llm/scheduler.h"

#include "base/seededrandom.h"
#include "llm/pricetable.h"
#include "llm/redaction.h"
#include "llm/responsecache.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {

constexpr qint64 minute = 60'000;

qint64 steadyClock()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    return clock.elapsed();
}

} // namespace

Scheduler::Scheduler(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_random(std::make_unique<SeededRandom>(42))
    , m_clock(&steadyClock)
{
    m_managers.append(manager);
    m_pumpTimer.setSingleShot(true);
    connect(&m_pumpTimer, &QTimer::timeout, this, &Scheduler::pump);
}

Scheduler::~Scheduler()
{
    // Exchanges are children: their destructors abort the replies. Nobody hears of it anymore.
    for (const Running &running : std::as_const(m_running)) {
        if (running.exchange) {
            running.exchange->disconnect(this);
        }
    }
}

void Scheduler::setSeed(const quint64 seed)
{
    m_random = std::make_unique<SeededRandom>(seed);
}

qint64 Scheduler::now() const
{
    return m_clock();
}

QString Scheduler::replicaKey(const Endpoint &endpoint, const QUrl &replica)
{
    return endpointKey(endpoint.at(replica.isEmpty() ? endpoint.baseUrl : replica));
}

QString Scheduler::endpointKey(const Endpoint &endpoint)
{
    return apiStyleName(endpoint.style) + u'|' + endpoint.baseUrl.toString() + u'|' + endpoint.deployment;
}

QString Scheduler::requestHash(const Endpoint &endpoint, const ChatRequest &request)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(endpointKey(endpoint).toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(request.model.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(ProviderCodec::buildChat(endpoint, request, {}).body); // the full body, never the key
    return QString::fromLatin1(hash.result().toHex());
}

quint64 Scheduler::submit(const ChatJob &chatJob)
{
    Job job;
    job.id = m_nextId++;
    job.job = chatJob;
    job.order = m_order++;
    job.hash = requestHash(chatJob.endpoint, chatJob.request);
    if (auto allowed = chatJob.endpoint.checkPolicy(m_localOnly); !allowed) {
        CallResult refused;
        refused.status = CallResult::Status::Refused;
        refused.errorString = allowed.error();
        // Delivered from the event loop, like every other result.
        QMetaObject::invokeMethod(
            this, [this, job, refused] { finishJob(job, refused, false); }, Qt::QueuedConnection);
        return job.id;
    }
    if (chatJob.useCache && m_cache != nullptr) {
        if (const auto body = m_cache->lookup(job.hash)) {
            if (auto reply = ProviderCodec::parseChat(chatJob.endpoint.style, *body)) {
                CallResult cached;
                cached.status = CallResult::Status::Ok;
                cached.httpStatus = 200;
                cached.reply = *reply;
                cached.body = *body;
                QMetaObject::invokeMethod(
                    this, [this, job, cached] { finishJob(job, cached, true); }, Qt::QueuedConnection);
                return job.id;
            }
        }
    }
    if (m_cacheOnly) {
        // Batch results are read from the cache; what is not there is not sent at full price.
        CallResult missing;
        missing.status = CallResult::Status::Refused;
        missing.errorString = u"no batch result for this request (cache only)"_s;
        QMetaObject::invokeMethod(
            this, [this, job, missing] { finishJob(job, missing, false); }, Qt::QueuedConnection);
        return job.id;
    }
    enqueue(job);
    return job.id;
}

void Scheduler::schedulePump(const qint64 delayMs)
{
    const int delay = int(std::clamp<qint64>(delayMs, 0, std::numeric_limits<int>::max()));
    if (!m_pumpTimer.isActive() || m_pumpTimer.remainingTime() > delay) {
        m_pumpTimer.start(delay);
    }
}

void Scheduler::pump()
{
    const qint64 t = now();
    qint64 wake = std::numeric_limits<qint64>::max();
    for (qsizetype i = 0; i < m_queue.size() && m_running.size() < m_limits.globalConcurrency;) {
        qint64 ready = m_queue.at(i).notBefore;
        const std::optional<QUrl> replica = ready > t ? std::nullopt : pickReplica(m_queue.at(i), t, ready);
        if (!replica) {
            if (ready > t) {
                wake = std::min(wake, ready);
            } // else: woken again when one of this endpoint's calls ends
            ++i;
            continue;
        }
        startJob(m_queue.takeAt(i), *replica);
    }
    if (wake != std::numeric_limits<qint64>::max()) {
        schedulePump(wake - t);
    }
}

std::optional<QUrl> Scheduler::pickReplica(const Job &job, const qint64 t, qint64 &ready)
{
    std::optional<QUrl> best;
    int bestRunning = std::numeric_limits<int>::max();
    qint64 earliest = std::numeric_limits<qint64>::max();
    for (const QUrl &replica : job.job.endpoint.pool()) {
        EndpointState &endpoint = m_endpoints[replicaKey(job.job.endpoint, replica)];
        while (!endpoint.starts.isEmpty() && endpoint.starts.first() <= t - minute) {
            endpoint.starts.removeFirst();
        }
        while (!endpoint.tokens.isEmpty() && endpoint.tokens.first().first <= t - minute) {
            endpoint.tokens.removeFirst();
        }
        qint64 at = std::max(endpoint.pausedUntil, endpoint.downUntil);
        if (m_limits.requestsPerMinute > 0 && endpoint.starts.size() >= m_limits.requestsPerMinute) {
            at = std::max(at, endpoint.starts.first() + minute);
        }
        if (m_limits.tokensPerMinute > 0 && !endpoint.tokens.isEmpty()) {
            qint64 used = 0;
            for (const auto &[start, count] : std::as_const(endpoint.tokens)) {
                used += count;
            }
            // Over the budget, wait for the oldest call to leave the window (one call alone may
            // exceed it: it then goes when the window is empty).
            if (used + jobTokens(job.job) > m_limits.tokensPerMinute) {
                at = std::max(at, endpoint.tokens.first().first + minute);
            }
        }
        if (at > t) {
            earliest = std::min(earliest, at);
            continue;
        }
        const bool full =
            endpoint.running >= m_limits.endpointConcurrency || (endpoint.probing && endpoint.running > 0);
        if (!full && endpoint.running < bestRunning) {
            best = replica;
            bestRunning = endpoint.running;
        }
    }
    if (!best && earliest != std::numeric_limits<qint64>::max()) {
        ready = earliest;
    }
    return best;
}

void Scheduler::startJob(Job job, const QUrl &replica)
{
    const Endpoint target = job.job.endpoint.at(replica);
    const QString key = replicaKey(job.job.endpoint, replica);
    EndpointState &endpoint = m_endpoints[key];
    ++endpoint.running;
    endpoint.starts.append(now());
    endpoint.tokens.append({now(), jobTokens(job.job)});
    ++job.attempts;
    job.replica = replica;
    const ProviderCodec::HttpCall call = ProviderCodec::buildChat(target, job.job.request, job.job.key);
    QNetworkAccessManager *manager = managerFor(key);
    ++m_managerLoad[manager][key];
    auto *exchange = new HttpExchange(
        manager, call, target.style, job.job.key, m_exchangeLimits, HttpExchange::Expect::Chat, this);
    const quint64 id = job.id;
    connect(exchange, &HttpExchange::finished, this,
        [this, id](const CallResult &result) { onExchangeFinished(id, result); });
    m_running.insert(id, Running{job, exchange, manager});
    exchange->start();
}

qint64 Scheduler::jobTokens(const ChatJob &job)
{
    return job.request.estimatedPromptTokens() + job.request.maxOutputTokens;
}

QNetworkAccessManager *Scheduler::managerFor(const QString &endpoint)
{
    constexpr int connectionsPerHost = 6;
    for (QNetworkAccessManager *manager : std::as_const(m_managers)) {
        if (m_managerLoad.value(manager).value(endpoint) < connectionsPerHost) {
            return manager;
        }
    }
    auto *extra = new QNetworkAccessManager(this);
    extra->setProxy(m_manager->proxy());
    m_managers.append(extra);
    return extra;
}

void Scheduler::onExchangeFinished(const quint64 id, const CallResult &result)
{
    const auto it = m_running.find(id);
    if (it == m_running.end()) {
        return;
    }
    Job job = it->job;
    if (it->exchange) {
        it->exchange->deleteLater();
    }
    const QString key = replicaKey(job.job.endpoint, job.replica);
    --m_managerLoad[it->manager][key];
    m_running.erase(it);
    EndpointState &endpoint = m_endpoints[key];
    --endpoint.running;
    if (result.status != CallResult::Status::Cancelled) {
        Q_EMIT callRecorded(auditRecord(job, result));
    }
    const bool unreachable =
        result.status == CallResult::Status::NetworkError || result.status == CallResult::Status::Timeout;
    const bool pooled = !job.job.endpoint.replicas.isEmpty();
    if (pooled && result.status != CallResult::Status::Cancelled) {
        endpoint.probing = false;
        if (unreachable) {
            ++endpoint.failures;
            endpoint.downUntil =
                now() + std::min<qint64>(60'000, 2000LL << std::min(endpoint.failures - 1, 5));
            endpoint.probing = true; // when it is back, one call decides
        } else {
            endpoint.failures = 0;
        }
    }

    if (pooled && unreachable && job.failovers < int(job.job.endpoint.pool().size())) {
        // Another replica may answer now: no backoff, and no retry used up.
        ++job.failovers;
        --job.attempts;
        job.notBefore = 0;
        Q_EMIT retryScheduled(id, job.attempts + 1, 0, result.errorString);
        const auto at = std::ranges::upper_bound(m_queue, job, [](const Job &a, const Job &b) {
            return a.job.priority != b.job.priority ? a.job.priority < b.job.priority : a.order < b.order;
        });
        m_queue.insert(std::distance(m_queue.begin(), at), job);
    } else if (result.isOk()) {
        if (m_cache != nullptr) {
            m_cache->store(job.hash, result.body);
        }
        finishJob(job, result, false);
    } else if (result.isRetryable() && job.attempts <= m_retry.maxRetries
        && m_retriesUsed < m_retry.retryBudget) {
        ++m_retriesUsed;
        const double backoff =
            std::min<double>(m_retry.maxDelayMs, m_retry.baseDelayMs * std::pow(2.0, job.attempts - 1));
        const double spread = backoff * m_retry.jitter;
        const double jitter = spread > 0 ? (double(m_random->below(2001)) / 1000.0 - 1.0) * spread : 0.0;
        qint64 delay = qint64(std::max(0.0, backoff + jitter));
        if (result.retryAfterMs >= 0) {
            // The server's word goes, for every call to this endpoint.
            delay = result.retryAfterMs;
            endpoint.pausedUntil = std::max(endpoint.pausedUntil, now() + delay); // this replica
            Q_EMIT endpointPaused(job.job.endpoint.id, int(delay));
        }
        job.notBefore = now() + delay;
        Q_EMIT retryScheduled(id, job.attempts + 1, int(delay), result.errorString);
        const auto at = std::ranges::upper_bound(m_queue, job, [](const Job &a, const Job &b) {
            return a.job.priority != b.job.priority ? a.job.priority < b.job.priority : a.order < b.order;
        });
        m_queue.insert(std::distance(m_queue.begin(), at), job);
    } else {
        finishJob(job, result, false);
    }
    schedulePump(0);
}

LlmCallRecord Scheduler::auditRecord(const Job &job, const CallResult &result) const
{
    const Endpoint target = job.replica.isEmpty() ? job.job.endpoint : job.job.endpoint.at(job.replica);
    const ProviderCodec::HttpCall call = ProviderCodec::buildChat(target, job.job.request, job.job.key);
    const QByteArray request = call.loggedText();
    return LlmCallRecord{.id = 0,
        .created = QDateTime::currentDateTimeUtc(),
        .endpoint = target.baseUrl.toString(QUrl::RemoveUserInfo), // the replica that answered
        .model = job.job.request.model,
        .requestHash = job.hash,
        .annotator = job.job.annotator,
        .document = job.job.document,
        .roundId = 0,
        .failure = result.isOk() ? QString() : result.failureText(),
        .promptTokens = result.reply.usage.promptTokens,
        .completionTokens = result.reply.usage.completionTokens,
        .reasoningTokens = result.reply.usage.reasoningTokens,
        // Priced at what the user says the model costs; a model without a price has no cost, not 0.
        .cost =
            m_prices == nullptr ? std::nullopt : m_prices->cost(job.job.request.model, result.reply.usage),
        .durationMs = result.durationMs,
        .request = Redaction::removeSecret(request, job.job.key),
        .response = Redaction::removeSecret(result.body, job.job.key)};
}

int Scheduler::queued() const
{
    qsizetype following = 0;
    for (const QList<Job> &followers : m_followers) {
        following += followers.size();
    }
    return int(m_queue.size() + following);
}

void Scheduler::enqueue(const Job &job)
{
    if (job.job.useCache && m_cache != nullptr) {
        // The same request already on its way: this one takes its answer, as it would the cache's.
        if (const auto leader = m_leaders.constFind(job.hash); leader != m_leaders.cend()) {
            m_followers[*leader].append(job);
            return;
        }
    }
    m_leaders.insert(job.hash, job.id);
    // Kept in priority order, first come first served within a priority.
    const auto at = std::ranges::upper_bound(m_queue, job, [](const Job &a, const Job &b) {
        return a.job.priority != b.job.priority ? a.job.priority < b.job.priority : a.order < b.order;
    });
    m_queue.insert(std::distance(m_queue.begin(), at), job);
    schedulePump(0);
}

void Scheduler::finishJob(const Job &job, const CallResult &result, const bool fromCache)
{
    // Before the signal: a receiver that sends the same request again must not follow a finished job.
    if (const auto leader = m_leaders.constFind(job.hash); leader != m_leaders.cend() && *leader == job.id) {
        m_leaders.erase(leader);
    }
    const QList<Job> followers = m_followers.take(job.id);
    if (!result.isOk()) {
        // The leader failed or was cancelled: the followers go themselves (one leads the rest),
        // queued before the signal so that a receiver cancelling the run reaches them.
        for (const Job &follower : followers) {
            enqueue(follower);
        }
    }
    Q_EMIT jobFinished(job.id, JobResult{result, job.attempts, fromCache, job.hash, job.job.annotator});
    if (result.isOk()) {
        for (const Job &follower : followers) {
            Q_EMIT jobFinished(
                follower.id, JobResult{result, 0, true, follower.hash, follower.job.annotator});
        }
    }
}

void Scheduler::cancel(const quint64 id)
{
    for (auto it = m_followers.begin(); it != m_followers.end(); ++it) {
        for (qsizetype i = 0; i < it->size(); ++i) {
            if (it->at(i).id == id) {
                const Job job = it->takeAt(i);
                if (it->isEmpty()) {
                    m_followers.erase(it);
                }
                CallResult cancelled;
                cancelled.status = CallResult::Status::Cancelled;
                cancelled.errorString = u"cancelled"_s;
                finishJob(job, cancelled, false);
                return;
            }
        }
    }
    for (qsizetype i = 0; i < m_queue.size(); ++i) {
        if (m_queue.at(i).id == id) {
            const Job job = m_queue.takeAt(i);
            CallResult cancelled;
            cancelled.status = CallResult::Status::Cancelled;
            cancelled.errorString = u"cancelled"_s;
            finishJob(job, cancelled, false);
            return;
        }
    }
    const auto it = m_running.find(id);
    if (it != m_running.end() && it->exchange) {
        it->exchange->abort(); // finished(Cancelled) follows, and Cancelled is never retried
    }
}

void Scheduler::cancelRun(const QString &run)
{
    QList<quint64> ids;
    for (const Job &job : std::as_const(m_queue)) {
        if (job.job.run == run) {
            ids.append(job.id);
        }
    }
    for (const Running &running : std::as_const(m_running)) {
        if (running.job.job.run == run) {
            ids.append(running.job.id);
        }
    }
    for (const QList<Job> &followers : std::as_const(m_followers)) {
        for (const Job &job : followers) {
            if (job.job.run == run) {
                ids.append(job.id);
            }
        }
    }
    for (const quint64 id : std::as_const(ids)) {
        cancel(id);
    }
}

void Scheduler::cancelAll()
{
    QList<quint64> ids;
    for (const Job &job : std::as_const(m_queue)) {
        ids.append(job.id);
    }
    ids.append(m_running.keys());
    for (const QList<Job> &followers : std::as_const(m_followers)) {
        for (const Job &job : followers) {
            ids.append(job.id);
        }
    }
    for (const quint64 id : std::as_const(ids)) {
        cancel(id);
    }
}

} // namespace Workbench::Core
