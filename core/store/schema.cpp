// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "store/schema.h"

#include "store/legacycoverage.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {

// Each migration is a list of statements. Never edit a released one: add the next.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> all{
        // 1: the first schema.
        {
            u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
            u"CREATE TABLE documents (id INTEGER PRIMARY KEY, position INTEGER NOT NULL UNIQUE, "
            u"external_id TEXT NOT NULL, text TEXT NOT NULL, metadata TEXT NOT NULL DEFAULT '{}')"_s,
            // Tokens of a sentence as one BLOB of little-endian int32 (start, end) pairs: a million
            // tokens load in one pass instead of a million rows.
            u"CREATE TABLE sentences (id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES "
            u"documents(id) "
            u"ON DELETE CASCADE, position INTEGER NOT NULL, start INTEGER NOT NULL, \"end\" INTEGER NOT "
            u"NULL, "
            u"source_line INTEGER NOT NULL, external_id TEXT NOT NULL, tokens BLOB NOT NULL, "
            u"UNIQUE (document_id, position))"_s,
            u"CREATE TABLE layers (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, "
            u"position INTEGER NOT NULL, provenance TEXT NOT NULL DEFAULT '{}', loss TEXT NOT NULL DEFAULT "
            u"'[]', "
            u"created TEXT NOT NULL)"_s,
            u"CREATE TABLE spans (layer_id INTEGER NOT NULL REFERENCES layers(id) ON DELETE CASCADE, "
            u"document_position INTEGER NOT NULL, start INTEGER NOT NULL, \"end\" INTEGER NOT NULL, "
            u"type TEXT NOT NULL, PRIMARY KEY (layer_id, document_position, start, \"end\", type)) WITHOUT ROWID"_s,
            u"CREATE TABLE curation_edits (id INTEGER PRIMARY KEY, created TEXT NOT NULL, layer_id INTEGER "
            u"NOT NULL "
            u"REFERENCES layers(id) ON DELETE CASCADE, document_position INTEGER NOT NULL, action TEXT NOT "
            u"NULL, "
            u"start INTEGER NOT NULL, \"end\" INTEGER NOT NULL, type TEXT NOT NULL, undone INTEGER NOT NULL DEFAULT 0)"_s,
            u"CREATE TABLE guideline_versions (id INTEGER PRIMARY KEY, version INTEGER NOT NULL UNIQUE, "
            u"created TEXT NOT NULL, parent_version INTEGER, goal TEXT NOT NULL, text TEXT NOT NULL, "
            u"provenance TEXT NOT NULL DEFAULT '{}')"_s,
            u"CREATE TABLE runs (id INTEGER PRIMARY KEY, created TEXT NOT NULL, config TEXT NOT NULL, "
            u"status TEXT NOT NULL)"_s,
            u"CREATE TABLE rounds (id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES runs(id) ON "
            u"DELETE "
            u"CASCADE, number INTEGER NOT NULL, status TEXT NOT NULL, summary TEXT NOT NULL DEFAULT '{}', "
            u"UNIQUE (run_id, number))"_s,
            u"CREATE TABLE proposals (id INTEGER PRIMARY KEY, round_id INTEGER NOT NULL REFERENCES "
            u"rounds(id) ON "
            u"DELETE CASCADE, created TEXT NOT NULL, status TEXT NOT NULL)"_s,
            u"CREATE TABLE proposal_changes (id INTEGER PRIMARY KEY, proposal_id INTEGER NOT NULL REFERENCES "
            u"proposals(id) ON DELETE CASCADE, position INTEGER NOT NULL, kind TEXT NOT NULL, target TEXT "
            u"NOT NULL, "
            u"text TEXT NOT NULL, rationale TEXT NOT NULL, patterns TEXT NOT NULL DEFAULT '[]', "
            u"change_fraction REAL NOT NULL, decision TEXT, edited_text TEXT, decided TEXT)"_s,
            u"CREATE TABLE llm_calls (id INTEGER PRIMARY KEY, created TEXT NOT NULL, endpoint TEXT NOT NULL, "
            u"model TEXT NOT NULL, request_hash TEXT NOT NULL, annotator TEXT NOT NULL DEFAULT '', "
            u"round_id INTEGER, status TEXT NOT NULL, prompt_tokens INTEGER NOT NULL DEFAULT 0, "
            u"completion_tokens INTEGER NOT NULL DEFAULT 0, reasoning_tokens INTEGER NOT NULL DEFAULT 0, "
            u"cost REAL NOT NULL DEFAULT 0, duration_ms INTEGER NOT NULL DEFAULT 0, request BLOB, response BLOB)"_s,
            u"CREATE TABLE response_cache (request_hash TEXT PRIMARY KEY, created TEXT NOT NULL, "
            u"response BLOB NOT NULL)"_s,
        },
        // 2: retention needs calls by age; layers get a display colour; changes keep their full detail.
        {
            u"CREATE INDEX llm_calls_created ON llm_calls (created)"_s,
            u"CREATE INDEX response_cache_created ON response_cache (created)"_s,
            u"ALTER TABLE layers ADD COLUMN colour TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE proposal_changes ADD COLUMN detail TEXT NOT NULL DEFAULT '{}'"_s,
        },
        // 3: provider batch jobs, kept so polling resumes when the project is opened again.
        {
            u"CREATE TABLE batch_jobs (id INTEGER PRIMARY KEY, created TEXT NOT NULL, updated TEXT NOT NULL, "
            u"endpoint TEXT NOT NULL, api TEXT NOT NULL, purpose TEXT NOT NULL, remote_id TEXT NOT NULL "
            u"DEFAULT '', "
            u"input_file_id TEXT NOT NULL DEFAULT '', state TEXT NOT NULL, request_count INTEGER NOT NULL, "
            u"succeeded INTEGER NOT NULL DEFAULT 0, failed INTEGER NOT NULL DEFAULT 0, "
            u"message TEXT NOT NULL DEFAULT '', custom_ids TEXT NOT NULL, output_file_id TEXT NOT NULL "
            u"DEFAULT '', "
            u"error_file_id TEXT NOT NULL DEFAULT '', results_url TEXT NOT NULL DEFAULT '', "
            u"ingested INTEGER NOT NULL DEFAULT 0)"_s,
        },
        // 4: edits made by one user action (accept a layer, change a type) undo as one step.
        {
            u"ALTER TABLE curation_edits ADD COLUMN step INTEGER NOT NULL DEFAULT 0"_s,
        },
        // 5: each annotator call names its document, so the log can be read per document.
        {
            u"ALTER TABLE llm_calls ADD COLUMN document TEXT NOT NULL DEFAULT ''"_s,
            u"CREATE INDEX llm_calls_document ON llm_calls (document)"_s,
        },
        // 6: a proposal keeps the supervisor's pattern analysis its changes answer.
        {
            u"ALTER TABLE proposals ADD COLUMN patterns TEXT NOT NULL DEFAULT '[]'"_s,
        },
        // 7: instructions the supervisor gave annotators outside the pool, kept for the person.
        {
            u"ALTER TABLE proposals ADD COLUMN unmatched TEXT NOT NULL DEFAULT '[]'"_s,
        },
        // 8: the corpus documents a layer's file did not cover (positions, a JSON array): missing
        // values to agreement, not "no entities". Layers written before it covered everything.
        {
            u"ALTER TABLE layers ADD COLUMN uncovered TEXT NOT NULL DEFAULT '[]'"_s,
        },
        // 9: a round keeps its hotspot and per-annotator reports (Markdown), for the workbench
        // to show whether or not the round wrote files. Rounds analysed before have none.
        {
            u"ALTER TABLE rounds ADD COLUMN reports TEXT NOT NULL DEFAULT '{}'"_s,
        },
        // 10: how a layer's coverage is known: 'recorded' with it, or, for a layer of a project
        // from before 8, 'derived' from what the project recorded or 'assumed' (LegacyCoverage).
        {
            u"ALTER TABLE layers ADD COLUMN coverage TEXT NOT NULL DEFAULT 'recorded'"_s,
        },
        // 11: a call made before its round's row existed names the round it waits for, so that
        // an attempt stopped before the round was saved still bills the round that saves it.
        {
            u"ALTER TABLE llm_calls ADD COLUMN pending_run INTEGER"_s,
            u"ALTER TABLE llm_calls ADD COLUMN pending_round INTEGER"_s,
        },
        // 12: a call of a model without a price has no cost (priced = 0), not a cost of 0. Before,
        // prices shipped empty and an unknown price was written as 0: a call that used tokens at
        // 0 USD is taken to have had no price (CallLogRepository::legacyPriced).
        {
            u"ALTER TABLE llm_calls ADD COLUMN priced INTEGER NOT NULL DEFAULT 1"_s,
            u"UPDATE llm_calls SET priced = 0 WHERE cost = 0 AND prompt_tokens + completion_tokens > 0"_s,
        },
    };
    return all;
}

// A file from before 8 kept no coverage: after the column of 10, each layer gets what is known.
constexpr int coverageOriginVersion = 10;
constexpr int coverageVersion = 8;

} // namespace

std::expected<void, QString> Schema::migrate(QSqlDatabase &database, const int from, const int to)
{
    QSqlQuery query(database);
    for (int version = from + 1; version <= to && version <= int(migrations().size()); ++version) {
        for (const QString &statement : migrations().at(version - 1)) {
            if (!query.exec(statement)) {
                return std::unexpected(u"migration %1 failed (%2): %3"_s.arg(version).arg(
                    query.lastError().text(), statement.left(60)));
            }
        }
        if (version == coverageOriginVersion && from < coverageVersion) {
            if (auto derived = LegacyCoverage::apply(database); !derived) {
                return std::unexpected(u"migration %1 failed: %2"_s.arg(version).arg(derived.error()));
            }
        }
        if (!query.exec(u"PRAGMA user_version = %1"_s.arg(version))) {
            return std::unexpected(u"migration %1 failed: %2"_s.arg(version).arg(query.lastError().text()));
        }
    }
    return {};
}

} // namespace Workbench::Core
