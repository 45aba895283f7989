// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "store/batchrepository.h"

#include "store/calllogrepository.h"
#include "store/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {

const QString columns =
    u"created, updated, endpoint, api, purpose, remote_id, input_file_id, state, request_count, "
    u"succeeded, failed, message, custom_ids, output_file_id, error_file_id, results_url, "
    u"ingested"_s;

QString timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// A null QString binds as SQL NULL; the columns hold '' for "not yet".
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(u""_s) : QVariant(value);
}

void bindAll(QSqlQuery &query, const BatchJobRecord &job)
{
    for (const QVariant &value : {text(timestamp(job.created)), text(timestamp(job.updated)),
             text(job.endpoint), text(job.api), text(job.purpose), text(job.remoteId), text(job.inputFileId),
             text(job.state), QVariant(job.requestCount), QVariant(job.succeeded), QVariant(job.failed),
             text(job.message), text(job.customIds.join(u'\n')), text(job.outputFileId),
             text(job.errorFileId), text(job.resultsUrl), QVariant(job.ingested ? 1 : 0)}) {
        query.addBindValue(value);
    }
}

BatchJobRecord fromRow(const QSqlQuery &query)
{
    BatchJobRecord job;
    job.id = query.value(0).toLongLong();
    job.created = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    job.updated = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
    job.endpoint = query.value(3).toString();
    job.api = query.value(4).toString();
    job.purpose = query.value(5).toString();
    job.remoteId = query.value(6).toString();
    job.inputFileId = query.value(7).toString();
    job.state = query.value(8).toString();
    job.requestCount = query.value(9).toLongLong();
    job.succeeded = query.value(10).toLongLong();
    job.failed = query.value(11).toLongLong();
    job.message = query.value(12).toString();
    job.customIds = query.value(13).toString().split(u'\n', Qt::SkipEmptyParts);
    job.outputFileId = query.value(14).toString();
    job.errorFileId = query.value(15).toString();
    job.resultsUrl = query.value(16).toString();
    job.ingested = query.value(17).toInt() != 0;
    return job;
}

} // namespace

BatchRepository::BatchRepository(ProjectStore &store)
    : m_store(store)
{
}

std::expected<qint64, StoreError> BatchRepository::add(const BatchJobRecord &job)
{
    if (auto writable = m_store.checkWritable(); !writable) {
        return std::unexpected(writable.error());
    }
    QSqlQuery query(m_store.database());
    query.prepare(
        u"INSERT INTO batch_jobs (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(
            columns));
    bindAll(query, job);
    if (!query.exec()) {
        return std::unexpected(m_store.errorFor(query.lastError(), u"record a batch"_s));
    }
    return query.lastInsertId().toLongLong();
}

std::expected<void, StoreError> BatchRepository::update(const BatchJobRecord &job)
{
    if (auto writable = m_store.checkWritable(); !writable) {
        return std::unexpected(writable.error());
    }
    QSqlQuery query(m_store.database());
    query.prepare(
        u"UPDATE batch_jobs SET created = ?, updated = ?, endpoint = ?, api = ?, purpose = ?, "
        u"remote_id = ?, input_file_id = ?, state = ?, request_count = ?, succeeded = ?, failed = ?, "
        u"message = ?, custom_ids = ?, output_file_id = ?, error_file_id = ?, results_url = ?, "
        u"ingested = ? WHERE id = ?"_s);
    bindAll(query, job);
    query.addBindValue(job.id);
    if (!query.exec()) {
        return std::unexpected(m_store.errorFor(query.lastError(), u"update a batch"_s));
    }
    return {};
}

std::expected<QList<BatchJobRecord>, StoreError> BatchRepository::list() const
{
    QSqlQuery query(m_store.database());
    if (!query.exec(u"SELECT id, %1 FROM batch_jobs ORDER BY id"_s.arg(columns))) {
        return std::unexpected(m_store.errorFor(query.lastError(), u"read the batches"_s));
    }
    QList<BatchJobRecord> jobs;
    while (query.next()) {
        jobs.append(fromRow(query));
    }
    return jobs;
}

std::expected<QList<BatchJobRecord>, StoreError> BatchRepository::pending() const
{
    auto all = list();
    if (!all) {
        return all;
    }
    QList<BatchJobRecord> jobs;
    for (const BatchJobRecord &job : std::as_const(*all)) {
        if (!job.ingested) {
            jobs.append(job);
        }
    }
    return jobs;
}

std::expected<void, StoreError> BatchRepository::ingest(
    const BatchJobRecord &job, const QList<LlmCallRecord> &calls)
{
    Transaction transaction(m_store);
    if (auto recorded = CallLogRepository(m_store).recordAll(calls); !recorded) {
        return std::unexpected(recorded.error());
    }
    BatchJobRecord done = job;
    done.ingested = true;
    done.updated = QDateTime::currentDateTimeUtc();
    if (auto updated = update(done); !updated) {
        return updated;
    }
    if (!transaction.commit()) {
        return std::unexpected(
            m_store.errorFor(m_store.database().lastError(), u"take in a batch's results"_s));
    }
    return {};
}

} // namespace Workbench::Core
