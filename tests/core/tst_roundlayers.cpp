// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
// Each annotator's labels of each pilot round as a layer of the project: written with the round's
// summary, replaced when the round runs again, rebuilt from the response cache for a project that
// lacks them. Scripted annotators and supervisor over real HTTP on 127.0.0.1, real project files.
#include "pilot/faileditem.h"
#include "pilot/mentionaligner.h"
#include "pilot/pilotrun.h"
#include "scriptedpilot.h"
#include "session/pilotsession.h"
#include "session/roundlayerrebuild.h"
#include "store/calllogrepository.h"
#include "store/corpusrepository.h"
#include "store/layerrepository.h"
#include "store/pilotrepository.h"
#include "store/projectstore.h"
#include "store/roundlayerrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;
using Workbench::Test::ProtocolServer;
using Workbench::Test::ScriptedPilot;

namespace {

// The text a request asks about (the prompt's last section).
QString textOf(const ProtocolServer::Request &request)
{
    const QString prompt = request.json().value(u"messages"_s).toArray().first()[u"content"_s].toString();
    return prompt.mid(prompt.lastIndexOf(u"## Text\n"_s) + 8).trimmed();
}

bool isAnnotatorCall(const ProtocolServer::Request &request)
{
    return request.path.endsWith("/chat/completions")
        && request.json().value(u"model"_s).toString() != u"sup";
}

//! What a round layer holds, to compare one written by a run with one rebuilt.
struct Snapshot
{
    PilotOrigin origin;
    LossReport loss;
    DocumentSpans spans;
    friend bool operator==(const Snapshot &, const Snapshot &) = default;
};

} // namespace

class TestRoundLayers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QTest::failOnWarning(QRegularExpression(u"PilotRun: no transition"_s));
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
        m_server = std::make_unique<ProtocolServer>();
        // alpha also names "Dr" (a mention cut short of its token "Dr.") and a city not in the
        // text; gamma answers in prose about the first text it sees while m_gammaBroken.
        m_server->setHandler([this](const ProtocolServer::Request &request) {
            const QString model = request.json().value(u"model"_s).toString();
            if (model == u"gamma" && m_gammaBroken) {
                m_brokenText = m_brokenText.isEmpty() ? textOf(request) : m_brokenText;
                if (textOf(request) == m_brokenText) {
                    return ProtocolServer::Script{.content = u"Dr. Who is a person, I think."_s};
                }
            }
            ProtocolServer::Script script = ScriptedPilot::answer(request);
            if (model == u"alpha") {
                QJsonObject reply = QJsonDocument::fromJson(script.content.toUtf8()).object();
                QJsonArray entities = reply.value(u"entities"_s).toArray();
                entities.append(QJsonObject{{u"text"_s, u"Dr"_s}, {u"type"_s, u"PER"_s}});
                entities.append(QJsonObject{{u"text"_s, u"Atlantis"_s}, {u"type"_s, u"LOC"_s}});
                reply.insert(u"entities"_s, entities);
                script.content = QString::fromUtf8(QJsonDocument(reply).toJson(QJsonDocument::Compact));
            }
            return script;
        });
        m_path = ScriptedPilot::createProject(m_dir->path(), m_server->url(), 12, 4, 3);
        QVERIFY(!m_path.isEmpty());
        auto store = ProjectStore::open(m_path, ProjectStore::Access::ReadWrite);
        QVERIFY(store.has_value());
        m_store = std::move(*store);
        const auto run = PilotRepository(*m_store).run();
        QVERIFY(run.has_value());
        m_runId = run->first;
        auto config = PilotConfig::fromJson(run->second);
        QVERIFY(config.has_value());
        m_config = *config;
        m_brokenText.clear();
        m_gammaBroken = false;
    }

    void cleanup()
    {
        m_store.reset();
        m_server.reset();
        m_dir.reset();
    }

    void analysedRound_savesEveryAnnotatorsLayer_withItsProvenance()
    {
        m_gammaBroken = true;
        PilotSession session(*m_store, m_dir->filePath(u"run"_s), m_config, m_runId);
        auto pilot = session.createRun({});
        QVERIFY(pilot.has_value());
        QCOMPARE(
            runToStop(session, **pilot, [&] { (*pilot)->start(); }), PilotSession::Outcome::AwaitingDecision);

        const RoundSummary round = PilotRepository(*m_store).rounds(m_runId).first();
        QCOMPARE(round.batch.size(), 4);
        const auto layers = RoundLayerRepository(*m_store).list();
        QVERIFY(layers.has_value());
        QCOMPARE(layers->size(), 3);
        QStringList names;
        for (const RoundLayerRepository::RoundLayer &layer : *layers) {
            names.append(layer.name);
            QCOMPARE(layer.origin.runId, m_runId);
            QCOMPARE(layer.origin.round, 0);
            QCOMPARE(layer.origin.model, layer.origin.annotator); // the scripted models bear their names
            QCOMPARE(layer.origin.endpoint, u"local"_s);
            QCOMPARE(layer.origin.guidelineVersion, 0);
            QCOMPARE(layer.origin.batch, round.batch);
            // Stored as any layer: kind llm, found by name.
            const auto stored = LayerRepository(*m_store).find(layer.name);
            QVERIFY(stored.has_value());
            QCOMPARE(stored->kind, LayerKind::Llm);
            QCOMPARE(stored->provenance.tool, u"pilot round 0, guideline v0"_s);
        }
        QCOMPARE(names, (QStringList{u"round0/alpha"_s, u"round0/beta"_s, u"round0/gamma"_s}));

        // The spans are the run's, at the batch's corpus positions, and nothing outside the batch.
        const qsizetype corpusSize = CorpusRepository(*m_store).counts().documents;
        const QString brokenId = round.failures.first().document;
        for (const RoundLayerRepository::RoundLayer &layer : *layers) {
            const DocumentSpans spans = *LayerRepository(*m_store).spans(layer.layerId, corpusSize);
            const DocumentSpans &labelled = (*pilot)->layers().value(layer.origin.annotator);
            qsizetype count = 0;
            for (qsizetype d = 0; d < corpusSize; ++d) {
                const qsizetype inBatch = round.batch.indexOf(d);
                const bool failed = layer.origin.failed.contains(d);
                QCOMPARE(spans.at(d), inBatch < 0 || failed ? QList<Span>{} : labelled.at(inBatch));
                count += spans.at(d).size();
            }
            QCOMPARE(layer.spanCount, count);
            QVERIFY(count > 0);
        }

        // gamma's failed piece reads as missing: no spans there, named as failed, with its reason.
        const RoundLayerRepository::RoundLayer &gamma = layers->at(2);
        QCOMPARE(gamma.failedDocuments().size(), 1);
        const qsizetype brokenPosition = gamma.failedDocuments().first();
        QVERIFY(round.batch.contains(brokenPosition));
        QCOMPARE(gamma.failedDocumentIds(), QStringList{brokenId});
        QCOMPARE(gamma.loss.count(QString::fromLatin1(FailedItem::lossReason)), 1);
        QVERIFY(gamma.origin.covered().size() == 3 && !gamma.origin.covered().contains(brokenPosition));
        QVERIFY(gamma.origin.uncovered(corpusSize).contains(brokenPosition));
        QCOMPARE(gamma.origin.uncovered(corpusSize).size(), corpusSize - 3);
        QVERIFY(layers->at(0).failedDocuments().isEmpty() && layers->at(1).failedDocuments().isEmpty());
        // The layer's coverage, as the window and agreement read it: the batch without its failed
        // documents; every other document is missing, not "no entities".
        for (const RoundLayerRepository::RoundLayer &layer : *layers) {
            QCOMPARE(LayerRepository(*m_store).find(layer.name)->uncoveredDocuments,
                layer.origin.uncovered(corpusSize));
        }

        // alpha's mentions that did not fall into place: "Atlantis" nowhere, "Dr" widened to "Dr.".
        const LossReport &alpha = layers->at(0).loss;
        QCOMPARE(alpha.count(QString::fromLatin1(MentionAligner::notFoundReason)), 4);
        QCOMPARE(alpha.count(QString::fromLatin1(MentionAligner::snappedReason)), 4);
        QCOMPARE(alpha.count(QString::fromLatin1(MentionAligner::snappedReason)),
            round.annotators.first().snapped); // the summary counts what the layer lists
        for (const LossReport::Entry &entry : alpha.entries()) {
            QVERIFY(!entry.documentId.isEmpty());
            QVERIFY2(entry.detail.contains(u"\"Atlantis\" (LOC)"_s) || entry.detail.contains(u"\"Dr.\""_s),
                qPrintable(entry.detail));
        }
        QVERIFY(layers->at(1).loss.isEmpty());

        // The round's batch, from the project, for a documents pane to filter by.
        PilotRepository repository(*m_store);
        QCOMPARE(repository.roundBatch(m_runId, 0), std::optional(round.batch));
        QVERIFY(!repository.roundBatch(m_runId, 1).has_value());
        const QHash<qsizetype, int> batchRounds = repository.batchRounds(m_runId);
        QCOMPARE(batchRounds.size(), 4);
        for (const qsizetype d : round.batch) {
            QCOMPARE(batchRounds.value(d, -1), 0);
        }
        QVERIFY(RoundLayerRepository(*m_store).missing(m_runId)->isEmpty());
    }

    void analysedRound_keepsItsCallsAndReports()
    {
        PilotSession session(*m_store, {}, m_config, m_runId);
        session.setAutoAccept(true);
        auto pilot = session.createRun({});
        QVERIFY(pilot.has_value());
        (*pilot)->setRoundLimit(2);
        QMap<int, QString> hotspots; // what the run reported, by round
        QMap<int, QMap<QString, QString>> annotatorReports;
        connect(pilot->get(), &PilotRun::roundAnalysed, this, [&](const RoundSummary &summary) {
            hotspots.insert(summary.round, (*pilot)->hotspotReport());
            annotatorReports.insert(summary.round, (*pilot)->annotatorReports());
        });
        QCOMPARE(runToStop(session, **pilot, [&] { (*pilot)->start(); }), PilotSession::Outcome::Finished);

        // Round 0: three annotators on four documents, and the supervisor's calls; round 1,
        // the last, is not supervised. The final labelling's calls are no round's.
        CallLogRepository calls(*m_store);
        const QList<LlmCallRecord> round0 = calls.roundCalls(m_runId, 0);
        const QList<LlmCallRecord> round1 = calls.roundCalls(m_runId, 1);
        const qint64 supervisorCalls = PilotRepository(*m_store).rounds(m_runId).first().supervisor.calls;
        QVERIFY(supervisorCalls >= 4);
        QCOMPARE(round0.size(), 3 * 4 + supervisorCalls);
        QCOMPARE(std::ranges::count(round0, u"supervisor"_s, &LlmCallRecord::annotator), supervisorCalls);
        QCOMPARE(round1.size(), 3 * 4);
        const qint64 roundRow = PilotRepository(*m_store).roundId(m_runId, 1);
        QVERIFY(roundRow > 0);
        for (const LlmCallRecord &call : round1) {
            QCOMPARE(call.roundId, roundRow);
            QVERIFY(call.annotator != u"supervisor");
        }
        const qsizetype all = calls.calls({}, 1000).size();
        QVERIFY(all > round0.size() + round1.size()); // the final labelling's

        // The reports the workbench shows, as the run wrote them.
        for (const int round : {0, 1}) {
            const PilotRepository::RoundReports reports =
                PilotRepository(*m_store).roundReports(m_runId, round);
            QVERIFY(!reports.hotspots.isEmpty());
            QCOMPARE(reports.hotspots, hotspots.value(round));
            QCOMPARE(reports.annotators, annotatorReports.value(round));
            QCOMPARE(reports.annotators.keys(), (QStringList{u"alpha"_s, u"beta"_s, u"gamma"_s}));
        }
        QVERIFY(PilotRepository(*m_store).roundReports(m_runId, 2).hotspots.isEmpty());
    }

    void roundRunAgain_replacesItsLayers()
    {
        m_gammaBroken = true;
        {
            PilotSession session(*m_store, {}, m_config, m_runId);
            auto pilot = session.createRun({});
            QVERIFY(pilot.has_value());
            QCOMPARE(runToStop(session, **pilot, [&] { (*pilot)->start(); }),
                PilotSession::Outcome::AwaitingDecision);
        }
        const auto before = RoundLayerRepository(*m_store).round(m_runId, 0);
        QCOMPARE(before->size(), 3);
        QCOMPARE(before->at(2).failedDocuments().size(), 1);
        const RoundSummary firstAttempt = PilotRepository(*m_store).rounds(m_runId).first();

        m_gammaBroken = false;
        m_server->clearRequests();
        PilotSession session(*m_store, {}, m_config, m_runId);
        auto pilot = session.createRun({});
        QVERIFY(pilot.has_value());
        QCOMPARE(session.retryFailed(**pilot), 1);
        QCOMPARE(
            runToStop(session, **pilot, [&] { (*pilot)->start(); }), PilotSession::Outcome::AwaitingDecision);
        const auto after = RoundLayerRepository(*m_store).round(m_runId, 0);
        QCOMPARE(after->size(), 3); // replaced, not added beside
        QVERIFY(after->at(2).failedDocuments().isEmpty());
        QCOMPARE(after->at(2).loss.count(QString::fromLatin1(FailedItem::lossReason)), 0);
        QCOMPARE(after->at(2).spanCount, before->at(2).spanCount + 2); // the retried document's two
        QCOMPARE(after->at(0).spanCount, before->at(0).spanCount);
        QCOMPARE(LayerRepository(*m_store).list()->size(), 2 + 3); // the corpus and gold, and round 0's

        // The round keeps both attempts' bills: its summary adds the retry's calls to the first
        // attempt's, and agrees with the calls kept for the round.
        QHash<QString, qint64> retried; // calls of the retry, by model (annotators are named after theirs)
        for (const ProtocolServer::Request &request : m_server->requests()) {
            ++retried[request.json().value(u"model"_s).toString()];
        }
        QVERIFY(retried.value(u"gamma"_s) > 0);
        const RoundSummary round = PilotRepository(*m_store).rounds(m_runId).first();
        qint64 summed = round.supervisor.calls + round.embeddings.calls;
        for (qsizetype a = 0; a < round.annotators.size(); ++a) {
            const RoundSummary::Annotator &annotator = round.annotators.at(a);
            QCOMPARE(annotator.name, firstAttempt.annotators.at(a).name);
            QCOMPARE(annotator.calls, firstAttempt.annotators.at(a).calls + retried.value(annotator.name));
            summed += annotator.calls;
        }
        QCOMPARE(round.supervisor.calls, firstAttempt.supervisor.calls + retried.value(u"sup"_s));
        QCOMPARE(qint64(CallLogRepository(*m_store).roundCalls(m_runId, 0).size()), summed);
    }

    void failureBetweenSummaryAndLayers_leavesNeither()
    {
        // Real SQLite refuses the round's layers after its summary was written, in the same
        // transaction: neither may stay.
        QSqlQuery trigger(m_store->database());
        QVERIFY2(trigger.exec(u"CREATE TRIGGER refuse_round_layers BEFORE INSERT ON layers "
                              u"WHEN NEW.name LIKE 'round%' BEGIN SELECT RAISE(ABORT, 'injected'); END"_s),
            qPrintable(trigger.lastError().text()));
        {
            PilotSession session(*m_store, {}, m_config, m_runId);
            auto pilot = session.createRun({});
            QVERIFY(pilot.has_value());
            QString detail;
            QCOMPARE(runToStop(
                         session, **pilot, [&] { (*pilot)->start(); }, &detail),
                PilotSession::Outcome::Failed);
            QVERIFY2(detail.contains(u"injected"_s), qPrintable(detail));
        }
        QVERIFY(PilotRepository(*m_store).rounds(m_runId).isEmpty());
        QVERIFY(RoundLayerRepository(*m_store).list()->isEmpty());
        QHash<QString, qint64>
            paid; // the failed attempt's calls, by model (annotators are named after theirs)
        for (const ProtocolServer::Request &request : m_server->requests()) {
            ++paid[request.json().value(u"model"_s).toString()];
        }
        QVERIFY(!paid.isEmpty());

        // Mended, the round runs again from the cache, and both are saved.
        QVERIFY(trigger.exec(u"DROP TRIGGER refuse_round_layers"_s));
        m_server->clearRequests();
        PilotSession session(*m_store, {}, m_config, m_runId);
        auto pilot = session.createRun({});
        QVERIFY(pilot.has_value());
        session.resume(**pilot);
        QCOMPARE(
            runToStop(session, **pilot, [&] { (*pilot)->start(); }), PilotSession::Outcome::AwaitingDecision);
        QCOMPARE(annotatorCalls(), 0);
        QCOMPARE(PilotRepository(*m_store).rounds(m_runId).size(), 1);
        QCOMPARE(RoundLayerRepository(*m_store).list()->size(), 3);

        // The failed attempt's paid calls are the round's, in its calls and in its bill.
        QSqlQuery unlinked(m_store->database());
        QVERIFY(unlinked.exec(u"SELECT COUNT(*), (SELECT COUNT(*) FROM llm_calls) FROM llm_calls "
                              u"WHERE round_id IS NULL"_s)
            && unlinked.next());
        QCOMPARE(unlinked.value(0).toLongLong(), 0);
        QCOMPARE(qint64(CallLogRepository(*m_store).roundCalls(m_runId, 0).size()),
            unlinked.value(1).toLongLong());
        const RoundSummary round = PilotRepository(*m_store).rounds(m_runId).first();
        for (const RoundSummary::Annotator &annotator : round.annotators) {
            QCOMPARE(annotator.calls, paid.value(annotator.name));
            QVERIFY(annotator.calls > 0);
        }
        const auto supervisorCalls =
            std::ranges::count_if(m_server->requests(), [](const ProtocolServer::Request &request) {
                return request.json().value(u"model"_s) == u"sup"_s;
            });
        QVERIFY(supervisorCalls > 0);
        QCOMPARE(round.supervisor.calls, paid.value(u"sup"_s) + supervisorCalls);
    }

    void roundLayerName_isThePilots_andALayerHoldingItIsRenamed_neverReplaced()
    {
        // No layer but a round's may take a round layer's name.
        const ImportedLayer imported{.name = u"round0/alpha"_s,
            .kind = LayerKind::System,
            .provenance = {.source = u"alpha.conll"_s, .tool = {}, .tagScheme = {}, .created = {}},
            .spans = {{Span{0, 3, u"PER"_s}}},
            .loss = {},
            .unalignedTokens = 0,
            .substitutedTokens = 0};
        const auto refused = LayerRepository(*m_store).add(imported);
        QVERIFY(!refused.has_value());
        QVERIFY2(refused.error().message.contains(u"pilot round's layer name"_s),
            qPrintable(refused.error().message));
        // An older workbench let one in: the user's layer, named as round 0's alpha will be.
        ImportedLayer legacy = imported;
        legacy.name = u"legacy"_s;
        const auto added = LayerRepository(*m_store).add(legacy);
        QVERIFY(added.has_value());
        QVERIFY(LayerRepository(*m_store).rename(*added, u"round0/alpha"_s).has_value());

        PilotSession session(*m_store, {}, m_config, m_runId);
        QSignalSpy renamed(&session, &PilotSession::layerRenamed);
        auto pilot = session.createRun({});
        QVERIFY(pilot.has_value());
        QCOMPARE(
            runToStop(session, **pilot, [&] { (*pilot)->start(); }), PilotSession::Outcome::AwaitingDecision);
        QCOMPARE(renamed.size(), 1);
        QCOMPARE(renamed.first().at(0).toString(), u"round0/alpha"_s);
        QCOMPARE(renamed.first().at(1).toString(), u"round0/alpha (imported)"_s);
        // The user's layer kept whole under its new name; the round's own under the round's.
        const auto kept = LayerRepository(*m_store).find(u"round0/alpha (imported)"_s);
        QVERIFY(kept.has_value());
        QCOMPARE(kept->id, *added);
        QVERIFY(!kept->provenance.pilot);
        QCOMPARE(LayerRepository(*m_store).spans(kept->id, 12)->first(), imported.spans.first());
        const auto round = LayerRepository(*m_store).find(u"round0/alpha"_s);
        QVERIFY(round.has_value() && round->provenance.pilot && round->provenance.pilot->runId == m_runId);
    }

    void rebuild_renamesALayerHoldingARoundLayersName()
    {
        runTwoRounds();
        deleteRoundLayers();
        const ImportedLayer legacy{.name = u"legacy"_s,
            .kind = LayerKind::System,
            .provenance = {.source = u"beta.conll"_s, .tool = {}, .tagScheme = {}, .created = {}},
            .spans = {{Span{0, 3, u"PER"_s}}},
            .loss = {},
            .unalignedTokens = 0,
            .substitutedTokens = 0};
        const auto added = LayerRepository(*m_store).add(legacy);
        QVERIFY(added.has_value());
        QVERIFY(LayerRepository(*m_store).rename(*added, u"round1/beta"_s).has_value());

        const RoundLayerRebuild::Result result = rebuild();
        QCOMPARE(result.status, RoundLayerRebuild::Result::Status::Done);
        QCOMPARE(result.rebuilt.size(), 6);
        QCOMPARE(result.renamed.size(), 1);
        QCOMPARE(result.renamed.first().from, u"round1/beta"_s);
        QCOMPARE(result.renamed.first().to, u"round1/beta (imported)"_s);
        const auto kept = LayerRepository(*m_store).find(u"round1/beta (imported)"_s);
        QVERIFY(kept.has_value() && kept->id == *added && !kept->provenance.pilot);
        QVERIFY(LayerRepository(*m_store).find(u"round1/beta"_s)->provenance.pilot.has_value());
    }

    void projectWithoutRoundLayers_rebuildsThemFromTheCache_sendingNothing()
    {
        m_gammaBroken = true;
        runTwoRounds();
        const QMap<QString, Snapshot> written = snapshots();
        QCOMPARE(written.size(), 6);
        QCOMPARE(written.value(u"round1/alpha"_s).origin.guidelineVersion, 1);

        // A project from before round layers: its rounds and cache, no layers.
        deleteRoundLayers();
        const auto missing = RoundLayerRepository(*m_store).missing(m_runId);
        QCOMPARE(missing->size(), 2);
        QCOMPARE(missing->at(1).round, 1);
        QCOMPARE(missing->at(1).annotators, (QStringList{u"alpha"_s, u"beta"_s, u"gamma"_s}));

        m_server->clearRequests();
        const RoundLayerRebuild::Result result = rebuild();
        QCOMPARE(result.status, RoundLayerRebuild::Result::Status::Done);
        QCOMPARE(result.rebuilt.size(), 6);
        QVERIFY(result.gaps.isEmpty());
        QCOMPARE(m_server->requests().size(), 0);
        // The same spans, provenance and loss as the run wrote; gamma's failed piece still missing.
        const QMap<QString, Snapshot> rebuilt = snapshots();
        QCOMPARE(rebuilt.keys(), written.keys());
        for (auto it = written.cbegin(); it != written.cend(); ++it) {
            QVERIFY2(rebuilt.value(it.key()) == it.value(), qPrintable(it.key()));
        }
        QCOMPARE(rebuilt.value(u"round0/gamma"_s).origin.failed.size(), 1);
        const auto gamma = LayerRepository(*m_store).find(u"round0/gamma"_s);
        QCOMPARE(gamma->uncoveredDocuments,
            rebuilt.value(u"round0/gamma"_s).origin.uncovered(CorpusRepository(*m_store).counts().documents));
        QVERIFY(RoundLayerRepository(*m_store).missing(m_runId)->isEmpty());

        // Nothing missing: nothing to do.
        const RoundLayerRebuild::Result again = rebuild();
        QCOMPARE(again.status, RoundLayerRebuild::Result::Status::Done);
        QVERIFY(again.rebuilt.isEmpty());
    }

    void rebuild_namesWhatTheCacheNoLongerHolds()
    {
        runTwoRounds();
        deleteRoundLayers();
        // beta's reply about one document of round 0 is purged from the cache.
        const QList<qsizetype> batch = *PilotRepository(*m_store).roundBatch(m_runId, 0);
        const QString purgedId = CorpusRepository(*m_store).load()->at(batch.at(1)).id();
        QSqlQuery purge(m_store->database());
        purge.prepare(u"DELETE FROM response_cache WHERE request_hash IN (SELECT request_hash FROM llm_calls "
                      u"WHERE annotator = 'beta' AND document = ?)"_s);
        purge.addBindValue(purgedId);
        QVERIFY(purge.exec());
        QVERIFY(purge.numRowsAffected() >= 1);
        const qint64 cached = cacheSize();

        m_server->clearRequests();
        const RoundLayerRebuild::Result result = rebuild();
        QCOMPARE(result.status, RoundLayerRebuild::Result::Status::Partial);
        QCOMPARE(result.gaps.size(), 1);
        QCOMPARE(result.gaps.first().round, 0);
        QCOMPARE(result.gaps.first().annotator, u"beta"_s);
        QCOMPARE(result.gaps.first().reason, RoundLayerRebuild::Gap::Reason::RepliesNotCached);
        QCOMPARE(result.gaps.first().documents, QStringList{purgedId});
        QVERIFY2(result.gaps.first().detail().contains(
                     u"not in the response cache (documents %1)"_s.arg(purgedId)),
            qPrintable(result.gaps.first().detail()));
        QCOMPARE(result.rebuilt.size(), 5);
        QVERIFY(!result.rebuilt.contains(u"round0/beta"_s));
        QCOMPARE(m_server->requests().size(), 0);
        QCOMPARE(cacheSize(), cached); // read, never changed
        const auto missing = RoundLayerRepository(*m_store).missing(m_runId);
        QCOMPARE(missing->size(), 1);
        QCOMPARE(missing->first().annotators, QStringList{u"beta"_s});
    }

private:
    //! Runs \a session to its stop; the outcome, and in \a detail what it said.
    PilotSession::Outcome runToStop(
        PilotSession &session, PilotRun &pilot, const std::function<void()> &begin, QString *detail = nullptr)
    {
        Q_UNUSED(pilot);
        QSignalSpy stopped(&session, &PilotSession::stopped);
        begin();
        if (!stopped.wait(60000)) {
            return PilotSession::Outcome::Failed;
        }
        if (detail != nullptr) {
            *detail = stopped.first().at(1).toString();
        }
        return stopped.first().at(0).value<PilotSession::Outcome>();
    }

    //! Round 0 (gamma broken when the test says so), every change accepted, round 1; stops at its proposal.
    void runTwoRounds()
    {
        PilotSession session(*m_store, {}, m_config, m_runId);
        session.setAutoAccept(true);
        auto pilot = session.createRun({});
        QVERIFY(pilot.has_value());
        (*pilot)->setRoundLimit(2);
        QCOMPARE(runToStop(session, **pilot, [&] { (*pilot)->start(); }), PilotSession::Outcome::Finished);
        QCOMPARE(PilotRepository(*m_store).rounds(m_runId).size(), 2);
    }

    QMap<QString, Snapshot> snapshots() const
    {
        QMap<QString, Snapshot> result;
        const qsizetype documents = CorpusRepository(*m_store).counts().documents;
        const auto layers = RoundLayerRepository(*m_store).list();
        for (const RoundLayerRepository::RoundLayer &layer : *layers) {
            result.insert(layer.name,
                Snapshot{
                    layer.origin, layer.loss, *LayerRepository(*m_store).spans(layer.layerId, documents)});
        }
        return result;
    }

    void deleteRoundLayers()
    {
        QSqlQuery remove(m_store->database());
        QVERIFY(remove.exec(u"DELETE FROM layers WHERE name LIKE 'round%'"_s));
        QCOMPARE(remove.numRowsAffected(), 6);
        QVERIFY(RoundLayerRepository(*m_store).list()->isEmpty());
    }

    RoundLayerRebuild::Result rebuild()
    {
        RoundLayerRebuild rebuild(*m_store);
        RoundLayerRebuild::Result result;
        result.status = RoundLayerRebuild::Result::Status::Failed;
        result.error = u"no answer"_s;
        QSignalSpy finished(&rebuild, &RoundLayerRebuild::finished);
        connect(&rebuild, &RoundLayerRebuild::finished, this,
            [&result](const RoundLayerRebuild::Result &done) { result = done; });
        rebuild.start();
        if (!finished.wait(60000)) {
            qWarning("the rebuild did not finish");
        }
        return result;
    }

    qsizetype annotatorCalls() const { return std::ranges::count_if(m_server->requests(), isAnnotatorCall); }

    qint64 cacheSize() const
    {
        QSqlQuery count(m_store->database());
        return count.exec(u"SELECT count(*) FROM response_cache"_s) && count.next()
            ? count.value(0).toLongLong()
            : -1;
    }

    std::optional<QTemporaryDir> m_dir;
    std::unique_ptr<ProtocolServer> m_server;
    std::unique_ptr<ProjectStore> m_store;
    QString m_path;
    qint64 m_runId = 0;
    PilotConfig m_config;
    bool m_gammaBroken = false;
    QString m_brokenText;
};

QTEST_GUILESS_MAIN(TestRoundLayers)
#include "tst_roundlayers.moc"
