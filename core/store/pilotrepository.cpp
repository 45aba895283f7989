// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "store/pilotrepository.h"

#include "store/transaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {

QString notNull(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString text(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject object(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toByteArray()).object();
}

} // namespace

PilotRepository::PilotRepository(ProjectStore &store)
    : m_store(store)
{
}

std::expected<qint64, StoreError> PilotRepository::saveRun(const QJsonObject &config)
{
    if (auto writable = m_store.checkWritable(); !writable) {
        return std::unexpected(writable.error());
    }
    QSqlQuery query(m_store.database());
    query.prepare(u"INSERT INTO runs (created, config, status) VALUES (?, ?, 'running')"_s);
    query.addBindValue(now());
    query.addBindValue(text(config));
    if (!query.exec()) {
        return std::unexpected(m_store.errorFor(query.lastError(), u"save the pilot"_s));
    }
    return query.lastInsertId().toLongLong();
}

std::optional<std::pair<qint64, QJsonObject>> PilotRepository::run() const
{
    QSqlQuery query(m_store.database());
    if (query.exec(u"SELECT id, config FROM runs ORDER BY id DESC LIMIT 1"_s) && query.next()) {
        return std::pair{query.value(0).toLongLong(), object(query.value(1))};
    }
    return std::nullopt;
}

RunStatus PilotRepository::runStatus(const qint64 runId) const
{
    QSqlQuery query(m_store.database());
    query.prepare(u"SELECT status FROM runs WHERE id = ?"_s);
    query.addBindValue(runId);
    return runStatusFromName(query.exec() && query.next() ? query.value(0).toString() : QString());
}

std::expected<void, StoreError> PilotRepository::setRunStatus(const qint64 runId, const RunStatus status)
{
    QSqlQuery query(m_store.database());
    query.prepare(u"UPDATE runs SET status = ? WHERE id = ?"_s);
    query.addBindValue(runStatusName(status));
    query.addBindValue(runId);
    if (!query.exec()) {
        return std::unexpected(m_store.errorFor(query.lastError(), u"save the pilot's state"_s));
    }
    return {};
}

std::expected<void, StoreError> PilotRepository::saveGuideline(
    const Guideline &guideline, const QJsonObject &provenance)
{
    if (auto writable = m_store.checkWritable(); !writable) {
        return writable;
    }
    QSqlQuery query(m_store.database());
    query.prepare(
        u"INSERT INTO guideline_versions (version, created, parent_version, goal, text, provenance) "
        u"VALUES (?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(guideline.version);
    query.addBindValue(now());
    query.addBindValue(guideline.version > 0 ? QVariant(guideline.version - 1) : QVariant());
    query.addBindValue(guideline.goal);
    query.addBindValue(text(guideline.toJson()));
    query.addBindValue(text(provenance));
    if (!query.exec()) {
        return std::unexpected(m_store.errorFor(query.lastError(), u"save a guideline version"_s));
    }
    return {};
}

QList<Guideline> PilotRepository::guidelines() const
{
    QList<Guideline> result;
    QSqlQuery query(m_store.database());
    if (query.exec(u"SELECT text FROM guideline_versions ORDER BY version"_s)) {
        while (query.next()) {
            result.append(Guideline::fromJson(object(query.value(0))));
        }
    }
    return result;
}

std::optional<Guideline> PilotRepository::latestGuideline() const
{
    const QList<Guideline> all = guidelines();
    return all.isEmpty() ? std::nullopt : std::optional<Guideline>(all.last());
}

std::expected<Guideline, StoreError> PilotRepository::restore(const int version)
{
    const QList<Guideline> all = guidelines();
    const auto old = std::ranges::find(all, version, &Guideline::version);
    if (old == all.end()) {
        return std::unexpected(StoreError{
            StoreError::Code::Invalid, u"%1: no guideline version %2"_s.arg(m_store.path()).arg(version)});
    }
    Guideline restored = *old;
    restored.version = all.last().version + 1;
    if (auto saved = saveGuideline(restored, QJsonObject{{u"restored_from"_s, version}}); !saved) {
        return std::unexpected(saved.error());
    }
    return restored;
}

qint64 PilotRepository::roundId(const qint64 runId, const int round) const
{
    QSqlQuery query(m_store.database());
    query.prepare(u"SELECT id FROM rounds WHERE run_id = ? AND number = ?"_s);
    query.addBindValue(runId);
    query.addBindValue(round);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

std::expected<void, StoreError> PilotRepository::saveRound(const qint64 runId, const RoundSummary &summary)
{
    if (auto writable = m_store.checkWritable(); !writable) {
        return writable;
    }
    QSqlQuery query(m_store.database());
    query.prepare(u"INSERT INTO rounds (run_id, number, status, summary) VALUES (?, ?, 'analysed', ?) "
                  u"ON CONFLICT (run_id, number) DO UPDATE SET summary = excluded.summary"_s);
    query.addBindValue(runId);
    query.addBindValue(summary.round);
    query.addBindValue(text(summary.toJson()));
    if (!query.exec()) {
        return std::unexpected(m_store.errorFor(query.lastError(), u"save a round"_s));
    }
    return {};
}

QList<RoundSummary> PilotRepository::rounds(const qint64 runId) const
{
    QList<RoundSummary> result;
    QSqlQuery query(m_store.database());
    query.prepare(u"SELECT summary FROM rounds WHERE run_id = ? ORDER BY number"_s);
    query.addBindValue(runId);
    if (query.exec()) {
        while (query.next()) {
            result.append(RoundSummary::fromJson(object(query.value(0))));
        }
    }
    return result;
}

std::optional<QList<qsizetype>> PilotRepository::roundBatch(const qint64 runId, const int round) const
{
    for (const RoundSummary &summary : rounds(runId)) {
        if (summary.round == round) {
            return summary.batch;
        }
    }
    return std::nullopt;
}

QHash<qsizetype, int> PilotRepository::batchRounds(const qint64 runId) const
{
    QHash<qsizetype, int> result;
    for (const RoundSummary &summary : rounds(runId)) {
        for (const qsizetype document : summary.batch) {
            result.insert(document, summary.round);
        }
    }
    return result;
}

std::expected<void, StoreError> PilotRepository::saveReports(
    const qint64 runId, const int round, const RoundReports &reports)
{
    if (auto writable = m_store.checkWritable(); !writable) {
        return writable;
    }
    QJsonObject annotators;
    for (auto it = reports.annotators.cbegin(); it != reports.annotators.cend(); ++it) {
        annotators.insert(it.key(), it.value());
    }
    QSqlQuery query(m_store.database());
    query.prepare(u"UPDATE rounds SET reports = ? WHERE run_id = ? AND number = ?"_s);
    query.addBindValue(text(QJsonObject{{u"hotspots"_s, reports.hotspots}, {u"annotators"_s, annotators}}));
    query.addBindValue(runId);
    query.addBindValue(round);
    if (!query.exec()) {
        return std::unexpected(m_store.errorFor(query.lastError(), u"save a round's reports"_s));
    }
    if (query.numRowsAffected() != 1) {
        return std::unexpected(StoreError{
            StoreError::Code::Invalid, u"%1: round %2 is not saved"_s.arg(m_store.path()).arg(round)});
    }
    return {};
}

PilotRepository::RoundReports PilotRepository::roundReports(const qint64 runId, const int round) const
{
    RoundReports reports;
    if (m_store.schemaVersion() < 9) { // opened read-only, not migrated
        return reports;
    }
    QSqlQuery query(m_store.database());
    query.prepare(u"SELECT reports FROM rounds WHERE run_id = ? AND number = ?"_s);
    query.addBindValue(runId);
    query.addBindValue(round);
    if (query.exec() && query.next()) {
        const QJsonObject json = object(query.value(0));
        reports.hotspots = json.value(u"hotspots"_s).toString();
        const QJsonObject annotators = json.value(u"annotators"_s).toObject();
        for (auto it = annotators.constBegin(); it != annotators.constEnd(); ++it) {
            reports.annotators.insert(it.key(), it.value().toString());
        }
    }
    return reports;
}

std::expected<void, StoreError> PilotRepository::saveProposal(const qint64 runId, const Proposal &proposal)
{
    if (auto writable = m_store.checkWritable(); !writable) {
        return writable;
    }
    const qint64 round = roundId(runId, proposal.round);
    if (round == 0) {
        return std::unexpected(StoreError{StoreError::Code::Invalid,
            u"%1: round %2 is not saved"_s.arg(m_store.path()).arg(proposal.round)});
    }
    Transaction transaction(m_store);
    QSqlDatabase db = m_store.database();
    QSqlQuery remove(db);
    remove.prepare(u"DELETE FROM proposals WHERE round_id = ?"_s); // changes go with it (cascade)
    remove.addBindValue(round);
    QSqlQuery insert(db);
    insert.prepare(
        u"INSERT INTO proposals (round_id, created, status, patterns, unmatched) VALUES (?, ?, ?, ?, ?)"_s);
    insert.addBindValue(round);
    insert.addBindValue(now());
    insert.addBindValue(proposal.undecided().isEmpty() ? u"decided"_s : u"pending"_s);
    insert.addBindValue(QString::fromUtf8(QJsonDocument(proposal.patterns).toJson(QJsonDocument::Compact)));
    insert.addBindValue(QString::fromUtf8(
        QJsonDocument(Proposal::unmatchedToJson(proposal.unmatched)).toJson(QJsonDocument::Compact)));
    if (!remove.exec() || !insert.exec()) {
        return std::unexpected(m_store.errorFor(insert.lastError(), u"save a proposal"_s));
    }
    const qint64 proposalId = insert.lastInsertId().toLongLong();
    QSqlQuery change(db);
    change.prepare(
        u"INSERT INTO proposal_changes (proposal_id, position, kind, target, text, rationale, patterns, "
        u"change_fraction, decision, edited_text, decided, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const ProposalChange &c : proposal.changes) {
        const QJsonObject detail{{u"index"_s, c.index},
            {u"instruction"_s, Guideline{0, {}, {c.instruction}, {}}.toJson().value(u"common"_s)}};
        change.addBindValue(proposalId);
        change.addBindValue(c.id);
        change.addBindValue(ProposalChange::kindName(c.kind));
        change.addBindValue(c.target);
        // A null QString binds as SQL NULL: a removal has no new text, a goal rewrite may have no
        // rationale, and both columns are NOT NULL.
        change.addBindValue(notNull(c.text));
        change.addBindValue(notNull(c.rationale));
        change.addBindValue(QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(c.patterns)).toJson(QJsonDocument::Compact)));
        change.addBindValue(c.changeFraction);
        change.addBindValue(ProposalChange::decisionName(c.decision));
        change.addBindValue(notNull(c.editedText));
        change.addBindValue(c.decision == ProposalChange::Decision::Pending ? QVariant() : QVariant(now()));
        change.addBindValue(text(detail));
        if (!change.exec()) {
            return std::unexpected(m_store.errorFor(change.lastError(), u"save a proposal"_s));
        }
    }
    if (!transaction.commit()) {
        return std::unexpected(m_store.errorFor(db.lastError(), u"save a proposal"_s));
    }
    return {};
}

std::expected<Guideline, StoreError> PilotRepository::recordDecision(
    const qint64 runId, const Proposal &decided)
{
    if (auto writable = m_store.checkWritable(); !writable) {
        return std::unexpected(writable.error());
    }
    if (!decided.undecided().isEmpty()) {
        return std::unexpected(StoreError{StoreError::Code::Invalid,
            u"change %1 of the proposal is not decided"_s.arg(decided.undecided().first())});
    }
    const auto accepted = std::ranges::count_if(decided.changes, [](const ProposalChange &change) {
        return change.decision == ProposalChange::Decision::Accepted
            || change.decision == ProposalChange::Decision::Edited;
    });
    Transaction transaction(m_store);
    const Guideline current = latestGuideline().value_or(Guideline{});
    // Only accepted changes make a new version; a proposal rejected whole leaves the guideline be.
    const Guideline next = accepted > 0 ? decided.apply(current) : current;
    if (auto saved = saveProposal(runId, decided); !saved) {
        return std::unexpected(saved.error());
    }
    if (accepted > 0) {
        const QJsonObject provenance{{u"round"_s, decided.round}, {u"proposal"_s, decided.toJson()}};
        if (auto saved = saveGuideline(next, provenance); !saved) {
            return std::unexpected(saved.error());
        }
    }
    for (RoundSummary summary : rounds(runId)) {
        if (summary.round == decided.round) {
            summary.changesAccepted = int(accepted);
            if (auto saved = saveRound(runId, summary); !saved) {
                return std::unexpected(saved.error());
            }
        }
    }
    if (!transaction.commit()) {
        return std::unexpected(m_store.errorFor(m_store.database().lastError(), u"record the decision"_s));
    }
    return next;
}

bool PilotRepository::isUndecided(const qint64 runId, const int round) const
{
    if (!hasProposal(runId, round)) {
        return true;
    }
    const std::optional<Proposal> pending = pendingProposal(runId);
    return pending && pending->round == round;
}

bool PilotRepository::hasProposal(const qint64 runId, const int round) const
{
    QSqlQuery query(m_store.database());
    query.prepare(u"SELECT 1 FROM proposals WHERE round_id = ?"_s);
    query.addBindValue(roundId(runId, round));
    return query.exec() && query.next();
}

qsizetype PilotRepository::proposalChanges(const qint64 runId, const int round) const
{
    QSqlQuery query(m_store.database());
    query.prepare(u"SELECT COUNT(c.id) FROM proposals p LEFT JOIN proposal_changes c ON c.proposal_id = p.id "
                  u"WHERE p.round_id = ?"_s);
    query.addBindValue(roundId(runId, round));
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

std::optional<Proposal> PilotRepository::pendingProposal(const qint64 runId) const
{
    QSqlQuery query(m_store.database());
    // Proposals keep their pattern analysis from schema 6; a project opened read-only is not migrated.
    query.prepare(u"SELECT p.id, r.number, %1, %2 FROM proposals p JOIN rounds r ON r.id = p.round_id "
                  u"WHERE r.run_id = ? AND p.status = 'pending' ORDER BY r.number DESC LIMIT 1"_s.arg(
                      m_store.schemaVersion() >= 6 ? u"p.patterns"_s : u"'[]'"_s,
                      m_store.schemaVersion() >= 7 ? u"p.unmatched"_s : u"'[]'"_s));
    query.addBindValue(runId);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    Proposal proposal;
    proposal.round = query.value(1).toInt();
    proposal.patterns = QJsonDocument::fromJson(query.value(2).toByteArray()).array();
    proposal.unmatched =
        Proposal::unmatchedFromJson(QJsonDocument::fromJson(query.value(3).toByteArray()).array());
    QSqlQuery changes(m_store.database());
    changes.prepare(
        u"SELECT position, kind, target, text, rationale, patterns, change_fraction, decision, edited_text, "
        u"detail FROM proposal_changes WHERE proposal_id = ? ORDER BY position"_s);
    changes.addBindValue(query.value(0));
    if (!changes.exec()) {
        return std::nullopt;
    }
    while (changes.next()) {
        ProposalChange c;
        c.id = changes.value(0).toInt();
        c.kind =
            ProposalChange::kindFromName(changes.value(1).toString()).value_or(ProposalChange::Kind::Add);
        c.target = changes.value(2).toString();
        c.text = changes.value(3).toString();
        c.rationale = changes.value(4).toString();
        for (const QJsonValue &pattern : QJsonDocument::fromJson(changes.value(5).toByteArray()).array()) {
            c.patterns.append(pattern.toString());
        }
        c.changeFraction = changes.value(6).toDouble();
        c.decision = ProposalChange::decisionFromName(changes.value(7).toString());
        c.editedText = changes.value(8).toString();
        const QJsonObject detail = object(changes.value(9));
        c.index = detail.value(u"index"_s).toInt(-1);
        const Guideline holder =
            Guideline::fromJson(QJsonObject{{u"common"_s, detail.value(u"instruction"_s)}});
        if (!holder.common.isEmpty()) {
            c.instruction = holder.common.first();
        }
        proposal.changes.append(c);
    }
    return proposal;
}

} // namespace Workbench::Core
