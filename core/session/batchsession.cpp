// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "session/batchsession.h"

#include "llm/scheduler.h"
#include "store/batchrepository.h"
#include "store/calllogrepository.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {

QString apiName(const ApiStyle style)
{
    return style == ApiStyle::Anthropic ? u"anthropic"_s : u"openai"_s;
}

} // namespace

BatchSession::BatchSession(ProjectStore &store, QNetworkAccessManager *manager, const PriceTable *prices,
    Endpoints endpoints, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(manager)
    , m_prices(prices)
    , m_endpoints(std::move(endpoints))
{
    m_pollTimer.setSingleShot(true);
    m_pollTimer.setInterval(30'000);
    connect(&m_pollTimer, &QTimer::timeout, this, &BatchSession::pollAll);
}

BatchSession::~BatchSession() = default;

QList<BatchJobRecord> BatchSession::batches() const
{
    return BatchRepository(m_store).list().value_or(QList<BatchJobRecord>{});
}

const std::pair<Endpoint, QString> *BatchSession::endpointOf(const BatchJobRecord &job) const
{
    const auto it = m_endpoints.constFind(job.endpoint);
    return it == m_endpoints.cend() ? nullptr : &*it;
}

void BatchSession::fail(const QString &message)
{
    if (m_failed) {
        return;
    }
    m_failed = true;
    m_pollTimer.stop();
    m_client.abortAll();
    Q_EMIT failed(message);
}

void BatchSession::start(const QList<ChatJob> &jobs, const QString &purpose)
{
    m_failed = false;
    m_purpose = purpose;
    BatchRepository repository(m_store);
    auto pending = repository.pending();
    if (!pending) {
        fail(pending.error().message);
        return;
    }
    // A batch recorded but never created at the provider (the process stopped in between) is
    // abandoned: its requests are not covered and go into a new batch below.
    QSet<QString> covered;
    for (BatchJobRecord job : std::as_const(*pending)) {
        if (job.remoteId.isEmpty()) {
            job.state = u"abandoned"_s;
            job.ingested = true;
            job.message = u"never reached the provider; its requests were sent again"_s;
            if (auto updated = repository.update(job); !updated) {
                fail(updated.error().message);
                return;
            }
            continue;
        }
        for (const QString &id : std::as_const(job.customIds)) {
            covered.insert(id);
        }
    }
    m_jobs.clear();
    QHash<QString, QList<BatchCodec::Item>> itemsByEndpoint;
    QStringList endpointOrder;
    const CallLogRepository log(m_store);
    for (const ChatJob &job : jobs) {
        const QString hash = Scheduler::requestHash(job.endpoint, job.request);
        if (m_jobs.contains(hash)) {
            continue; // the same request twice: one answer serves both
        }
        m_jobs.insert(hash, job);
        if (covered.contains(hash) || log.cachedResponse(hash)) {
            continue;
        }
        if (!BatchCodec::supports(job.endpoint.style)) {
            fail(u"endpoint %1: its API has no batch engine (OpenAI and Anthropic have one)"_s.arg(
                job.endpoint.id));
            return;
        }
        if (!itemsByEndpoint.contains(job.endpoint.id)) {
            endpointOrder.append(job.endpoint.id);
        }
        itemsByEndpoint[job.endpoint.id].append({hash, job.request});
    }
    m_toSubmit.clear();
    for (const QString &id : std::as_const(endpointOrder)) {
        const auto *endpoint = m_endpoints.contains(id) ? &m_endpoints[id] : nullptr;
        if (endpoint == nullptr) {
            fail(u"endpoint %1: not in the configuration"_s.arg(id));
            return;
        }
        const BatchCodec::Limits limits =
            m_limits.maxRequests > 0 ? m_limits : BatchCodec::limits(endpoint->first.style);
        auto parts = BatchCodec::prepare(endpoint->first, itemsByEndpoint.value(id), limits);
        if (!parts) {
            fail(parts.error());
            return;
        }
        for (BatchCodec::Part &part : *parts) {
            m_toSubmit.append({id, std::move(part)});
        }
    }
    submitNext();
}

void BatchSession::submitNext()
{
    if (m_failed) {
        return;
    }
    if (m_toSubmit.isEmpty()) {
        pollAll();
        return;
    }
    const Submission submission = m_toSubmit.takeFirst();
    const auto &[endpoint, key] = m_endpoints.value(submission.endpoint);
    BatchJobRecord job;
    job.created = job.updated = QDateTime::currentDateTimeUtc();
    job.endpoint = submission.endpoint;
    job.api = apiName(endpoint.style);
    job.purpose = m_purpose;
    job.state = u"preparing"_s;
    job.requestCount = submission.part.customIds.size();
    job.customIds = submission.part.customIds;
    // Recorded before it is sent: a process stopped mid-way knows the batch may exist.
    auto id = BatchRepository(m_store).add(job);
    if (!id) {
        fail(id.error().message);
        return;
    }
    job.id = *id;
    m_client.submit(endpoint, key, submission.part,
        [this, job](std::expected<std::pair<BatchCodec::Status, QString>, QString> submitted) mutable {
            if (!submitted) {
                job.state = u"abandoned"_s;
                job.ingested = true;
                job.message = submitted.error();
                (void)BatchRepository(m_store).update(job);
                fail(u"batch for %1 not accepted: %2"_s.arg(job.endpoint, submitted.error()));
                return;
            }
            const auto &[status, inputFileId] = *submitted;
            job.remoteId = status.id;
            job.inputFileId = inputFileId;
            job.state = BatchCodec::stateName(status.state);
            job.updated = QDateTime::currentDateTimeUtc();
            if (auto updated = BatchRepository(m_store).update(job); !updated) {
                fail(updated.error().message);
                return;
            }
            reportProgress();
            submitNext();
        });
}

void BatchSession::pollAll()
{
    if (m_failed || m_polling > 0) {
        return;
    }
    auto pending = BatchRepository(m_store).pending();
    if (!pending) {
        fail(pending.error().message);
        return;
    }
    for (const BatchJobRecord &job : std::as_const(*pending)) {
        const auto *endpoint = endpointOf(job);
        if (endpoint == nullptr) {
            fail(u"batch %1 was sent to endpoint %2, which the configuration no longer has"_s.arg(
                job.remoteId, job.endpoint));
            return;
        }
        ++m_polling;
        m_client.poll(endpoint->first, endpoint->second, job.remoteId,
            [this, job](std::expected<BatchCodec::Status, QString> status) {
                if (!status) {
                    fail(u"batch %1: %2"_s.arg(job.remoteId, status.error()));
                    return;
                }
                onStatus(job, *status);
            });
    }
    if (m_polling == 0) {
        onStatus({}, {}); // nothing pending: the round ends at once
    }
}

void BatchSession::onStatus(BatchJobRecord job, const BatchCodec::Status &status)
{
    if (m_failed) {
        return;
    }
    if (job.id != 0) {
        job.state = BatchCodec::stateName(status.state);
        job.succeeded = status.succeeded;
        job.failed = status.failed;
        job.outputFileId = status.outputFileId;
        job.errorFileId = status.errorFileId;
        job.resultsUrl = status.resultsUrl.toString();
        job.message = status.message;
        job.updated = QDateTime::currentDateTimeUtc();
        if (auto updated = BatchRepository(m_store).update(job); !updated) {
            fail(updated.error().message);
            return;
        }
        if (status.ended()) {
            const auto &[endpoint, key] = *endpointOf(job);
            m_client.fetchResults(endpoint, key, status,
                [this, job, status](std::expected<QList<BatchCodec::Result>, QString> results) {
                    if (!results) {
                        fail(u"batch %1: results: %2"_s.arg(job.remoteId, results.error()));
                        return;
                    }
                    ingest(job, status, *results);
                });
            return;
        }
        --m_polling;
    }
    reportProgress();
    if (m_polling > 0) {
        return;
    }
    const qsizetype left = BatchRepository(m_store).pending().value_or(QList<BatchJobRecord>{}).size();
    if (left == 0) {
        qint64 succeeded = 0;
        qint64 failedCount = 0;
        for (const BatchJobRecord &batch : batches()) {
            if (batch.state != u"abandoned") {
                succeeded += batch.succeeded;
                failedCount += batch.failed;
            }
        }
        Q_EMIT finished(succeeded, failedCount);
    } else if (m_detach) {
        Q_EMIT detached(int(left));
    } else {
        m_pollTimer.start();
    }
}

void BatchSession::ingest(
    BatchJobRecord job, const BatchCodec::Status &status, const QList<BatchCodec::Result> &results)
{
    const auto &[endpoint, key] = *endpointOf(job);
    const QSet<QString> ids(job.customIds.cbegin(), job.customIds.cend());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<LlmCallRecord> calls;
    calls.reserve(results.size());
    qint64 succeeded = 0;
    for (const BatchCodec::Result &result : results) {
        if (!ids.contains(result.customId)) {
            continue; // not a request of this batch: nothing of ours to cache
        }
        // A batch sent for another labelling (an earlier choice, another process) is still
        // ingested: its replies are paid for and may serve a later labelling from the cache.
        const ChatJob chat = m_jobs.value(result.customId);
        LlmCallRecord call{.id = 0,
            .created = now,
            .endpoint = endpoint.baseUrl.toString(QUrl::RemoveUserInfo),
            .model = chat.request.model,
            .requestHash = result.customId,
            .annotator = chat.annotator.isEmpty() ? job.purpose : chat.annotator,
            .document = chat.document,
            .roundId = 0,
            .failure = {},
            .promptTokens = 0,
            .completionTokens = 0,
            .reasoningTokens = 0,
            .cost = 0.0,
            .durationMs = job.created.msecsTo(now),
            .request = "BATCH " + job.remoteId.toUtf8() + " custom_id " + result.customId.toUtf8() + "\n\n"
                + (chat.request.model.isEmpty() ? QByteArray()
                                                : ProviderCodec::buildChat(endpoint, chat.request, {}).body),
            .response = result.ok() ? result.body : result.error.toUtf8()};
        if (!result.ok()) {
            call.failure = u"batch: %1"_s.arg(result.error);
        } else if (auto reply = ProviderCodec::parseChat(endpoint.style, result.body); !reply) {
            call.failure = u"batch: %1"_s.arg(reply.error());
        } else {
            call.model = call.model.isEmpty() ? reply->model : call.model;
            call.promptTokens = reply->usage.promptTokens;
            call.completionTokens = reply->usage.completionTokens;
            call.reasoningTokens = reply->usage.reasoningTokens;
            call.cost = m_prices ? m_prices->batchCost(call.model, reply->usage) : std::nullopt;
            ++succeeded;
        }
        calls.append(std::move(call));
    }
    job.succeeded = succeeded;
    job.failed = job.requestCount - succeeded; // a request without a result failed too
    job.state = BatchCodec::stateName(status.state);
    if (auto ingested = BatchRepository(m_store).ingest(job, calls); !ingested) {
        fail(ingested.error().message);
        return;
    }
    --m_polling;
    onStatus({}, {});
}

void BatchSession::cancelPending(const QList<ChatJob> &jobs)
{
    m_failed = false;
    m_jobs.clear();
    for (const ChatJob &job : jobs) {
        m_jobs.insert(Scheduler::requestHash(job.endpoint, job.request), job);
    }
    auto pending = BatchRepository(m_store).pending();
    if (!pending) {
        fail(pending.error().message);
        return;
    }
    auto outstanding = std::make_shared<int>(0);
    for (const BatchJobRecord &job : std::as_const(*pending)) {
        const auto *endpoint = endpointOf(job);
        if (endpoint == nullptr || job.remoteId.isEmpty()) {
            continue;
        }
        ++*outstanding;
        m_client.cancel(endpoint->first, endpoint->second, job.remoteId,
            [this, outstanding, id = job.remoteId](std::expected<BatchCodec::Status, QString> status) {
                if (!status) {
                    fail(u"batch %1: not cancelled: %2"_s.arg(id, status.error()));
                    return;
                }
                if (--*outstanding == 0) {
                    pollAll();
                }
            });
    }
    if (*outstanding == 0) {
        pollAll();
    }
}

void BatchSession::reportProgress()
{
    qint64 requests = 0;
    qint64 succeeded = 0;
    qint64 failedCount = 0;
    int pending = 0;
    for (const BatchJobRecord &job : batches()) {
        if (job.state == u"abandoned") {
            continue;
        }
        requests += job.requestCount;
        succeeded += job.succeeded;
        failedCount += job.failed;
        pending += job.ingested ? 0 : 1;
    }
    Q_EMIT progress(requests, succeeded, failedCount, pending);
}

} // namespace Workbench::Core
