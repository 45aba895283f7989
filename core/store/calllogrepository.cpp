// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "store/calllogrepository.h"

#include "store/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {

// The call log's status column keeps "ok" or the failure's text, as the audit log does.
const QString SucceededStatus = u"ok"_s;

QString statusText(const LlmCallRecord &call)
{
    return call.succeeded() ? SucceededStatus : call.failure;
}

QString failureOf(const QString &status)
{
    if (status == SucceededStatus) {
        return {};
    }
    return status.isEmpty() ? u"failed"_s : status;
}

} // namespace

CallLogRepository::CallLogRepository(ProjectStore &store)
    : m_store(store)
{
}

std::expected<qint64, StoreError> CallLogRepository::record(const LlmCallRecord &call)
{
    return recordAll({call});
}

std::expected<qint64, StoreError> CallLogRepository::recordAll(const QList<LlmCallRecord> &calls)
{
    if (auto writable = m_store.checkWritable(); !writable) {
        return std::unexpected(writable.error());
    }
    QSqlDatabase db = m_store.database();
    Transaction transaction(m_store);
    // Prepared once: a batch's hundred thousand results are bound, not parsed again each.
    QSqlQuery query(db);
    query.prepare(
        u"INSERT INTO llm_calls (created, endpoint, model, request_hash, annotator, round_id, status, "
        u"prompt_tokens, completion_tokens, reasoning_tokens, cost, duration_ms, request, response, "
        u"document, pending_run, pending_round, priced) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery cache(db);
    cache.prepare(
        u"INSERT OR REPLACE INTO response_cache (request_hash, created, response) VALUES (?, ?, ?)"_s);
    // A null QString binds NULL, which the NOT NULL text columns refuse: an unknown is empty.
    const auto text = [](const QString &value) { return QVariant(value.isNull() ? u""_s : value); };
    qint64 id = 0;
    for (const LlmCallRecord &call : calls) {
        const QString created = call.created.toUTC().toString(Qt::ISODateWithMs);
        const QVariantList values{QVariant(created), text(call.endpoint), text(call.model),
            text(call.requestHash), text(call.annotator),
            call.roundId > 0 ? QVariant(call.roundId) : QVariant(), QVariant(statusText(call)),
            QVariant(call.promptTokens), QVariant(call.completionTokens), QVariant(call.reasoningTokens),
            QVariant(call.cost.value_or(0.0)), QVariant(call.durationMs), QVariant(call.request),
            QVariant(call.response), text(call.document),
            call.pendingRound ? QVariant(call.pendingRound->run) : QVariant(),
            call.pendingRound ? QVariant(call.pendingRound->round) : QVariant(),
            QVariant(call.cost.has_value() ? 1 : 0)};
        for (int i = 0; i < values.size(); ++i) {
            query.bindValue(i, values.at(i));
        }
        if (!query.exec()) {
            return std::unexpected(m_store.errorFor(query.lastError(), u"record a call"_s));
        }
        id = query.lastInsertId().toLongLong();
        if (call.succeeded() && !call.requestHash.isEmpty()) {
            cache.bindValue(0, call.requestHash);
            cache.bindValue(1, created);
            cache.bindValue(2, call.cacheEntry.value_or(call.response));
            if (!cache.exec()) {
                return std::unexpected(m_store.errorFor(cache.lastError(), u"cache a response"_s));
            }
        }
    }
    if (!transaction.commit()) {
        return std::unexpected(m_store.errorFor(db.lastError(), u"record a call"_s));
    }
    return id;
}

std::optional<QByteArray> CallLogRepository::cachedResponse(const QString &requestHash) const
{
    QSqlQuery query(m_store.database());
    query.prepare(u"SELECT response FROM response_cache WHERE request_hash = ?"_s);
    query.addBindValue(requestHash);
    if (query.exec() && query.next()) {
        return query.value(0).toByteArray();
    }
    return std::nullopt;
}

std::expected<void, StoreError> CallLogRepository::forgetResponse(const QString &requestHash)
{
    if (auto writable = m_store.checkWritable(); !writable) {
        return std::unexpected(writable.error());
    }
    QSqlQuery query(m_store.database());
    query.prepare(u"DELETE FROM response_cache WHERE request_hash = ?"_s);
    query.addBindValue(requestHash);
    if (!query.exec()) {
        return std::unexpected(m_store.errorFor(query.lastError(), u"forget a cached reply"_s));
    }
    return {};
}

namespace {

// The columns calls() and roundCalls() read, in readCall()'s order; %1: the document column,
// %2: whether the call was priced.
const QString callColumns =
    u"c.id, c.created, c.endpoint, c.model, c.request_hash, c.annotator, %1, coalesce(c.round_id, 0), "
    u"c.status, c.prompt_tokens, c.completion_tokens, c.reasoning_tokens, c.cost, c.duration_ms, c.request, "
    u"c.response, %2"_s;

// Whether a call was priced; a file read without migrating it has no column: as migration 12 decides.
QString pricedColumn(const ProjectStore &store)
{
    return store.schemaVersion() >= 12 ? u"c.priced"_s
                                       : u"(c.cost <> 0 OR c.prompt_tokens + c.completion_tokens = 0)"_s;
}

LlmCallRecord readCall(const QSqlQuery &query)
{
    return LlmCallRecord{.id = query.value(0).toLongLong(),
        .created = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs),
        .endpoint = query.value(2).toString(),
        .model = query.value(3).toString(),
        .requestHash = query.value(4).toString(),
        .annotator = query.value(5).toString(),
        .document = query.value(6).toString(),
        .roundId = query.value(7).toLongLong(),
        .failure = failureOf(query.value(8).toString()),
        .promptTokens = query.value(9).toLongLong(),
        .completionTokens = query.value(10).toLongLong(),
        .reasoningTokens = query.value(11).toLongLong(),
        .cost = query.value(16).toBool() ? std::optional(query.value(12).toDouble()) : std::nullopt,
        .durationMs = query.value(13).toLongLong(),
        .request = query.value(14).toByteArray(),
        .response = query.value(15).toByteArray()};
}

} // namespace

QList<LlmCallRecord> CallLogRepository::calls(const QString &document, const qsizetype limit) const
{
    QList<LlmCallRecord> result;
    // Calls name their document from schema 5; a project opened read-only is not migrated.
    const bool named = m_store.schemaVersion() >= 5;
    if (!named && !document.isNull()) {
        return result;
    }
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT %1 FROM llm_calls c %2 ORDER BY c.id DESC LIMIT ?"_s.arg(
        callColumns.arg(named ? u"c.document"_s : u"''"_s, pricedColumn(m_store)),
        document.isNull() ? QString() : u"WHERE c.document = ?"_s));
    if (!document.isNull()) {
        query.addBindValue(document);
    }
    query.addBindValue(limit);
    if (!query.exec()) {
        return result;
    }
    while (query.next()) {
        result.append(readCall(query));
    }
    return result;
}

QList<LlmCallRecord> CallLogRepository::roundCalls(const qint64 runId, const int round) const
{
    QList<LlmCallRecord> result;
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT %1 FROM llm_calls c JOIN rounds r ON r.id = c.round_id WHERE r.run_id = ? AND "
                  u"r.number = ? ORDER BY c.id"_s.arg(callColumns.arg(
                      m_store.schemaVersion() >= 5 ? u"c.document"_s : u"''"_s, pricedColumn(m_store))));
    query.addBindValue(runId);
    query.addBindValue(round);
    if (!query.exec()) {
        return result;
    }
    while (query.next()) {
        result.append(readCall(query));
    }
    return result;
}

std::expected<void, StoreError> CallLogRepository::assignPendingRound(
    const qint64 runId, const int round, const qint64 roundId)
{
    if (auto writable = m_store.checkWritable(); !writable) {
        return writable;
    }
    QSqlQuery query(m_store.database());
    query.prepare(u"UPDATE llm_calls SET round_id = ?, pending_run = NULL, pending_round = NULL "
                  u"WHERE pending_run = ? AND pending_round = ? AND round_id IS NULL"_s);
    query.addBindValue(roundId);
    query.addBindValue(runId);
    query.addBindValue(round);
    if (!query.exec()) {
        return std::unexpected(m_store.errorFor(query.lastError(), u"assign calls to their round"_s));
    }
    return {};
}

QList<RoundSummary::Annotator> CallLogRepository::pendingBill(const qint64 runId, const int round) const
{
    QSqlQuery query(m_store.database());
    query.prepare(u"SELECT annotator, COUNT(*), SUM(prompt_tokens), SUM(completion_tokens), "
                  u"SUM(cost * %1), SUM(1 - %1) FROM llm_calls c "
                  u"WHERE pending_run = ? AND pending_round = ? AND round_id IS NULL "
                  u"GROUP BY annotator ORDER BY annotator"_s.arg(pricedColumn(m_store)));
    query.addBindValue(runId);
    query.addBindValue(round);
    QList<RoundSummary::Annotator> bill;
    if (!query.exec()) {
        return bill;
    }
    while (query.next()) {
        RoundSummary::Annotator caller;
        caller.name = query.value(0).toString();
        caller.calls = query.value(1).toLongLong();
        caller.promptTokens = query.value(2).toLongLong();
        caller.completionTokens = query.value(3).toLongLong();
        caller.cost = Cost{.usd = query.value(4).toDouble(), .unpriced = query.value(5).toLongLong()};
        bill.append(caller);
    }
    return bill;
}

CallLogRepository::Totals CallLogRepository::totals() const
{
    Totals totals;
    QSqlQuery query(m_store.database());
    if (query.exec(u"SELECT count(*), coalesce(sum(cost), 0), (SELECT count(*) FROM response_cache), "
                   u"coalesce(sum(1 - %1), 0) FROM llm_calls c"_s.arg(pricedColumn(m_store)))
        && query.next()) {
        totals.calls = query.value(0).toLongLong();
        totals.cost = query.value(1).toDouble();
        totals.cachedResponses = query.value(2).toLongLong();
        totals.unpricedCalls = query.value(3).toLongLong();
    }
    return totals;
}

std::expected<qint64, StoreError> CallLogRepository::purge(const QDateTime &before)
{
    if (auto writable = m_store.checkWritable(); !writable) {
        return std::unexpected(writable.error());
    }
    QSqlDatabase db = m_store.database();
    Transaction transaction(m_store);
    const QString cutoff = before.toUTC().toString(Qt::ISODateWithMs);
    QSqlQuery calls(db);
    calls.prepare(u"DELETE FROM llm_calls WHERE created < ?"_s);
    calls.addBindValue(cutoff);
    QSqlQuery cache(db);
    cache.prepare(u"DELETE FROM response_cache WHERE created < ?"_s);
    cache.addBindValue(cutoff);
    if (!calls.exec() || !cache.exec()) {
        return std::unexpected(m_store.errorFor(
            calls.lastError().isValid() ? calls.lastError() : cache.lastError(), u"purge the call log"_s));
    }
    const qint64 removed = calls.numRowsAffected();
    if (!transaction.commit()) {
        return std::unexpected(m_store.errorFor(db.lastError(), u"purge the call log"_s));
    }
    return removed;
}

} // namespace Workbench::Core
