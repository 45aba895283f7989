// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
// diziner-cli pilot and decide end to end: the real executable against scripted annotators and
// supervisor on 127.0.0.1, its state in DIR/project.dzn between invocations.
#include "clirun.h"
#include "scriptedpilot.h"
#include "store/pilotrepository.h"
#include "store/projectstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Workbench::Test::ProtocolServer;
using Workbench::Test::ScriptedPilot;
namespace Core = Workbench::Core;

namespace {

using Run = Workbench::Test::CliRun;

} // namespace

class TestCliPilot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral("PilotRun: no transition")));
        m_server = std::make_unique<ProtocolServer>();
        m_server->setHandler(&ScriptedPilot::answer);
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
        write(u"config.json"_s, ScriptedPilot::config(m_server->url(), 4, 3));
        write(u"corpus.conll"_s, ScriptedPilot::goldConll(12));
    }

    Run cli(const QStringList &arguments) { return Workbench::Test::runCli(arguments); }

    QJsonObject json(const QString &relative) const
    {
        QFile file(m_dir->filePath(relative));
        return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                              : QJsonObject();
    }

    void stopsAtTheProposal_decideGoesOn_toTheEnd()
    {
        const QString out = m_dir->filePath(u"pilot"_s);
        const QStringList pilot{u"pilot"_s, m_dir->filePath(u"config.json"_s), u"--corpus"_s,
            m_dir->filePath(u"corpus.conll"_s), u"--gold"_s, m_dir->filePath(u"corpus.conll"_s), u"--out"_s,
            out};
        const Run first = cli(pilot);
        QVERIFY2(first.exitCode == 3, qPrintable(first.err));
        const QJsonObject proposal = json(u"pilot/proposal-0.json"_s);
        QCOMPARE(proposal.value(u"round"_s).toInt(), 0);
        const QJsonArray changes = proposal.value(u"changes"_s).toArray();
        QCOMPARE(changes.size(), 2);
        for (const QString &key : {u"id"_s, u"kind"_s, u"target"_s, u"text"_s, u"rationale"_s, u"patterns"_s,
                 u"change_fraction"_s}) {
            QVERIFY2(changes.first().toObject().contains(key), qPrintable(key));
        }
        QCOMPARE(changes.first().toObject().value(u"id"_s).toInt(), 1);
        QCOMPARE(changes.first().toObject().value(u"target"_s).toString(), u"common"_s);
        QCOMPARE(changes.first().toObject().value(u"examples"_s).toArray().size(), 1);
        const QJsonArray patterns = proposal.value(u"patterns"_s).toArray();
        QCOMPARE(patterns.size(), 2);
        QCOMPARE(patterns.first()[u"approaches"_s].toArray().size(), 2);
        QVERIFY(QFile::exists(out + u"/round-0/beta.conll"_s));
        QVERIFY(QFile::exists(out + u"/round-0/hotspots.md"_s));
        QVERIFY(QFile::exists(out + u"/guideline-v0.md"_s));
        const double pool0 = json(u"pilot/summary.json"_s)
                                 .value(u"rounds"_s)
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(u"pool_agreement"_s)
                                 .toDouble();
        QVERIFY(pool0 < 0.9);

        QCOMPARE(cli(pilot).exitCode, 1); // the directory holds a pilot already
        const Run undecided = cli({u"decide"_s, out, u"--accept"_s, u"1"_s});
        QCOMPARE(undecided.exitCode, 2);
        QVERIFY2(undecided.err.contains(u"undecided: 2"_s), qPrintable(undecided.err));

        // Accept the first, edit the second (the rule must survive the edit for gamma to follow it).
        write(u"edit.txt"_s, QByteArray(ScriptedPilot::cityRule) + " Towns too.");
        const Run second = cli({u"decide"_s, out, u"--accept"_s, u"1"_s, u"--edit"_s,
            u"2="_s + m_dir->filePath(u"edit.txt"_s), u"--format"_s, u"json"_s});
        QVERIFY2(second.exitCode == 3, qPrintable(second.err));
        // In json, one object says where it stopped: the proposal, with how much of the cap it uses.
        const QJsonObject stopped = QJsonDocument::fromJson(second.out).object();
        QCOMPARE(stopped.value(u"status"_s).toString(), u"awaiting_decision"_s);
        QCOMPARE(stopped.value(u"rounds"_s).toArray().size(), 2);
        QCOMPARE(stopped[u"proposal"_s][u"round"_s].toInt(), 1);
        QVERIFY(stopped[u"proposal"_s][u"cap_use"_s][u"existing_words"_s].toInt() > 0); // v1 has rules
        QCOMPARE(stopped[u"proposal"_s][u"cap_use"_s][u"cap"_s].toDouble(), 0.10);
        QCOMPARE(json(u"pilot/proposal-1.json"_s).value(u"cap_use"_s).toObject(),
            stopped[u"proposal"_s][u"cap_use"_s].toObject());
        const QJsonArray rounds = json(u"pilot/summary.json"_s).value(u"rounds"_s).toArray();
        QCOMPARE(rounds.size(), 2);
        QCOMPARE(rounds.at(0).toObject().value(u"changes_accepted"_s).toInt(), 2);
        QCOMPARE(rounds.at(1).toObject().value(u"pool_agreement"_s).toDouble(), 1.0);
        QCOMPARE(rounds.at(1).toObject().value(u"guideline_version"_s).toInt(), 1);
        QFile guideline(out + u"/guideline-v1.md"_s);
        QVERIFY(guideline.open(QIODevice::ReadOnly));
        const QByteArray v1 = guideline.readAll();
        QVERIFY(v1.contains(ScriptedPilot::titleRule));
        QVERIFY(v1.contains("Towns too."));
        QVERIFY(QFile::exists(out + u"/proposal-1.json"_s));

        // Round 1's proposal: only the edited rule differs from the supervisor's wording. Reject it
        // and let the run end.
        QCOMPARE(json(u"pilot/proposal-1.json"_s).value(u"changes"_s).toArray().size(), 1);
        const Run last =
            cli({u"decide"_s, out, u"--reject"_s, u"1"_s, u"--auto-accept"_s, u"--format"_s, u"json"_s});
        QVERIFY2(last.exitCode == 0, qPrintable(last.err));
        const QJsonObject ended = QJsonDocument::fromJson(last.out).object();
        QCOMPARE(ended.value(u"status"_s).toString(), u"finished"_s);
        QCOMPARE(ended.value(u"final_labelling"_s).toString(), u"done"_s);
        QVERIFY(ended.value(u"proposal"_s).isNull());
        const QJsonObject summary = json(u"pilot/summary.json"_s);
        QCOMPARE(ended[u"final"_s][u"annotator"_s], summary[u"final"_s][u"annotator"_s]);
        QCOMPARE(ended[u"final"_s][u"f1"_s], summary[u"final"_s][u"f1"_s]);
        QCOMPARE(summary.value(u"rounds"_s).toArray().size(), 3);
        const QJsonObject final = summary.value(u"final"_s).toObject();
        QCOMPARE(final.value(u"guideline_version"_s).toInt(), 1); // the rejection made no new version
        QVERIFY(!final.value(u"annotator"_s).toString().isEmpty());
        QVERIFY(final.value(u"f1"_s).isDouble()); // the final labelling of the whole pool, scored
        QVERIFY(QFile::exists(out + u"/final.conll"_s));
        const QJsonObject annotator = summary.value(u"rounds"_s)
                                          .toArray()
                                          .at(1)
                                          .toObject()
                                          .value(u"annotators"_s)
                                          .toArray()
                                          .first()
                                          .toObject();
        for (const QString &key : {u"name"_s, u"mean_agreement"_s, u"f1"_s, u"calls"_s, u"prompt_tokens"_s,
                 u"completion_tokens"_s, u"cost"_s}) {
            QVERIFY2(annotator.contains(key), qPrintable(key));
        }
        QCOMPARE(annotator.value(u"calls"_s).toInt(), 4);
        const Run exported =
            cli({u"project"_s, u"export"_s, out + u"/project.dzn"_s, m_dir->filePath(u"final.conll"_s),
                u"--layer"_s, u"final-"_s + final.value(u"annotator"_s).toString()});
        QCOMPARE(exported.exitCode, 0);
        const Run info = cli({u"project"_s, u"info"_s, out + u"/project.dzn"_s, u"--format"_s, u"json"_s});
        const QJsonObject project = QJsonDocument::fromJson(info.out).object();
        QCOMPARE(project.value(u"rounds"_s).toInt(), 3);
        QCOMPARE(project.value(u"guideline_versions"_s).toInt(), 2);
        QVERIFY(project.value(u"calls"_s).toInt() >= 3 * 3 * 4);
    }

    void decisionsSavedByTheWorkbench_areContinuedByDecide()
    {
        const QString out = m_dir->filePath(u"gui"_s);
        const Run first = cli({u"pilot"_s, m_dir->filePath(u"config.json"_s), u"--corpus"_s,
            m_dir->filePath(u"corpus.conll"_s), u"--out"_s, out});
        QVERIFY2(first.exitCode == 3, qPrintable(first.err));
        {
            // What the review pane's Save does: accept the title rule, reject the city rule.
            auto store =
                Core::ProjectStore::open(out + u"/project.dzn"_s, Core::ProjectStore::Access::ReadWrite);
            QVERIFY(store.has_value());
            Core::PilotRepository repository(**store);
            const qint64 runId = repository.run()->first;
            Core::Proposal proposal = *repository.pendingProposal(runId);
            QCOMPARE(proposal.changes.size(), 2);
            proposal.changes[0].decision = Core::ProposalChange::Decision::Accepted;
            proposal.changes[1].decision = Core::ProposalChange::Decision::Rejected;
            const auto next = repository.recordDecision(runId, proposal);
            QVERIFY(next.has_value());
            QCOMPARE(next->version, 1);
        }
        m_server->clearRequests();
        const Run resumed = cli({u"decide"_s, out, u"--auto-accept"_s});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
        // Round 1's annotators worked under version 1: the title rule, not the city rule.
        int annotatorCalls = 0;
        for (const ProtocolServer::Request &request : m_server->requests()) {
            const QString body = QString::fromUtf8(request.body);
            if (request.json().value(u"model"_s).toString() != u"sup"_s && body.contains(u"(round 1)"_s)) {
                ++annotatorCalls;
                QVERIFY(body.contains(QLatin1String(ScriptedPilot::titleRule)));
                QVERIFY(!body.contains(QLatin1String(ScriptedPilot::cityRule)));
            }
        }
        QCOMPARE(annotatorCalls, 3 * 4);
        const QJsonArray rounds = json(u"gui/summary.json"_s).value(u"rounds"_s).toArray();
        QCOMPARE(rounds.at(0).toObject().value(u"changes_accepted"_s).toInt(), 1);
        QCOMPARE(rounds.at(1).toObject().value(u"guideline_version"_s).toInt(), 1);
    }

    void autoAccept_runsToTheEnd_andResumesFromTheCache()
    {
        const QString out = m_dir->filePath(u"auto"_s);
        const Run run = cli({u"pilot"_s, m_dir->filePath(u"config.json"_s), u"--corpus"_s,
            m_dir->filePath(u"corpus.conll"_s), u"--out"_s, out, u"--auto-accept"_s, u"--rounds"_s, u"2"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray rounds = json(u"auto/summary.json"_s).value(u"rounds"_s).toArray();
        QCOMPARE(rounds.size(), 2);
        QVERIFY(rounds.at(1).toObject().value(u"pool_agreement"_s).toDouble()
            > rounds.at(0).toObject().value(u"pool_agreement"_s).toDouble());
        QVERIFY(!rounds.at(0)
                     .toObject()
                     .value(u"annotators"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .contains(u"f1"_s)); // no gold
    }

    void finalLabellingThatFails_isSaidSo_andExitsOne()
    {
        // Every call after round 0's twelve (the final labelling's) is refused. The final labelling
        // prompts as round 0 did, so the four documents its annotator labelled then come from the
        // cache; the other eight fail.
        int annotatorCalls = 0;
        m_server->setHandler([&annotatorCalls](const ProtocolServer::Request &request) {
            ProtocolServer::Script script = ScriptedPilot::answer(request);
            if (request.json().value(u"model"_s).toString() != u"sup"_s && ++annotatorCalls > 12) {
                script.status = 400;
                script.errorMessage = u"This model's context is full."_s;
            }
            return script;
        });
        const QString out = m_dir->filePath(u"failing"_s);
        const Run run = cli({u"pilot"_s, m_dir->filePath(u"config.json"_s), u"--corpus"_s,
            m_dir->filePath(u"corpus.conll"_s), u"--out"_s, out, u"--rounds"_s, u"1"_s});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(annotatorCalls, 12 + 8); // nothing paid twice
        QVERIFY2(run.out.contains("final labelling: 8 pieces could not be labelled"), run.out.constData());
        const QJsonObject summary = json(u"failing/summary.json"_s);
        // The eight are listed, and left out of final.conll: no "no entities" for them.
        QCOMPARE(summary[u"final"_s][u"unlabelled_documents"_s].toArray().size(), 8);
        const QJsonObject finish = summary.value(u"finish"_s).toObject();
        QCOMPARE(finish.value(u"reason"_s).toString(), u"rounds"_s);
        QCOMPARE(finish.value(u"final_labelling"_s).toString(), u"done"_s);
        QFile final(out + u"/final.conll"_s);
        QVERIFY(final.open(QIODevice::ReadOnly));
        QCOMPARE(final.readAll().count("\n\n"), 4); // four sentences, each ended by a blank line
        // The round's figures as a report states them: alpha and Fleiss' kappa, BIO and types.
        const QJsonObject round0 = summary.value(u"rounds"_s).toArray().first().toObject();
        QVERIFY(round0[u"alpha"_s][u"bio"_s].isDouble());
        QVERIFY(round0[u"alpha"_s][u"bio"_s].toDouble() < 1.0); // the annotators disagree in round 0
        QCOMPARE(round0[u"alpha"_s][u"bio_ci"_s].toArray().size(), 2);
        QVERIFY(round0[u"fleiss"_s][u"type"_s].isDouble());
        // The round line carries its interval.
        QVERIFY2(run.err.contains(u"round 0: pool agreement 0.333 [0.333, 0.333]"_s), qPrintable(run.err));
    }

    void stoppedRun_restartsFromTheCache()
    {
        // The supervisor refuses (400, not retried): the pilot fails after round 0's annotation.
        m_server->setHandler([](const ProtocolServer::Request &request) {
            if (request.json().value(u"model"_s).toString() == u"sup"_s) {
                return ProtocolServer::Script{.status = 400, .errorMessage = u"context length exceeded"_s};
            }
            return ScriptedPilot::answer(request);
        });
        const QString out = m_dir->filePath(u"restart"_s);
        const Run failed = cli({u"pilot"_s, m_dir->filePath(u"config.json"_s), u"--corpus"_s,
            m_dir->filePath(u"corpus.conll"_s), u"--out"_s, out});
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.err.contains(u"HTTP 400: context length exceeded"_s), qPrintable(failed.err));
        const qsizetype annotatorCalls = m_server->requests().size() - 1;
        QCOMPARE(annotatorCalls, 12);
        // The supervisor is back: decide restarts round 0, paying nothing twice.
        m_server->setHandler(&ScriptedPilot::answer);
        m_server->clearRequests();
        const Run restarted = cli({u"decide"_s, out});
        QVERIFY2(restarted.exitCode == 3, qPrintable(restarted.err));
        for (const ProtocolServer::Request &request : m_server->requests()) {
            QCOMPARE(
                request.json().value(u"model"_s).toString(), u"sup"_s); // annotations came from the cache
        }
        QVERIFY(QFile::exists(out + u"/proposal-0.json"_s));
    }

    void embeddingsPaidOnce_stayOnTheirRound_whenItRunsAgain()
    {
        // Batches from embeddings; the supervisor answers prose at first, which stops round 0.
        QJsonObject config = QJsonDocument::fromJson(ScriptedPilot::config(m_server->url(), 4, 2)).object();
        config.insert(u"embeddings"_s, QJsonObject{{u"endpoint"_s, u"local"_s}, {u"model"_s, u"embedder"_s}});
        write(u"embedded.json"_s, QJsonDocument(config).toJson());
        bool broken = true;
        m_server->setHandler([&broken](const ProtocolServer::Request &request) {
            if (broken && request.json().value(u"model"_s).toString() == u"sup"_s) {
                return ProtocolServer::Script{.content = u"Let me think about the titles first."_s};
            }
            return ScriptedPilot::answer(request);
        });
        const QString out = m_dir->filePath(u"embedded"_s);
        const Run first = cli({u"pilot"_s, m_dir->filePath(u"embedded.json"_s), u"--corpus"_s,
            m_dir->filePath(u"corpus.conll"_s), u"--out"_s, out});
        QCOMPARE(first.exitCode, 1);
        QCOMPARE(json(u"embedded/summary.json"_s)[u"rounds"_s][0][u"embeddings"_s][u"calls"_s].toInt(), 1);
        // Mended: round 0 runs again, its vectors from the cache; its bill stays with it.
        broken = false;
        m_server->clearRequests();
        const Run again = cli({u"decide"_s, out});
        QVERIFY2(again.exitCode == 3, qPrintable(again.err));
        for (const ProtocolServer::Request &request : m_server->requests()) {
            QVERIFY(!request.path.endsWith("/embeddings"));
        }
        QCOMPARE(json(u"embedded/summary.json"_s)[u"rounds"_s][0][u"embeddings"_s][u"calls"_s].toInt(), 1);
    }

    void failedPieces_warned_thenRetriedByDecide()
    {
        // gamma answers the first text it is asked about in prose, while broken.
        bool broken = true;
        QString brokenText;
        const auto textOf = [](const ProtocolServer::Request &request) {
            const QString prompt =
                request.json().value(u"messages"_s).toArray().first()[u"content"_s].toString();
            return prompt.mid(prompt.lastIndexOf(u"## Text\n"_s));
        };
        m_server->setHandler([&](const ProtocolServer::Request &request) {
            if (broken && request.json().value(u"model"_s).toString() == u"gamma") {
                brokenText = brokenText.isEmpty() ? textOf(request) : brokenText;
                if (textOf(request) == brokenText) {
                    return ProtocolServer::Script{.content = u"Dr. Who is a person, I think."_s};
                }
            }
            return ScriptedPilot::answer(request);
        });
        const QString out = m_dir->filePath(u"retry"_s);
        const Run first = cli({u"pilot"_s, m_dir->filePath(u"config.json"_s), u"--corpus"_s,
            m_dir->filePath(u"corpus.conll"_s), u"--out"_s, out});
        QVERIFY2(first.exitCode == 3, qPrintable(first.err));
        QVERIFY2(first.err.contains(u"/project.dzn:1: warning: gamma could not label document "_s),
            qPrintable(first.err));
        QVERIFY2(first.out.contains("round 0: 1 piece could not be labelled"), first.out.constData());
        const auto failuresFile = [&out] {
            QFile file(out + u"/round-0/failures.jsonl"_s);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("unreadable");
        };
        const QJsonObject failure = QJsonDocument::fromJson(failuresFile().trimmed()).object();
        QCOMPARE(failure.value(u"annotator"_s).toString(), u"gamma"_s);
        QCOMPARE(failure.value(u"chunk_start"_s).toInt(), 0);
        QCOMPARE(failure.value(u"raw"_s).toString(), u"Dr. Who is a person, I think."_s);
        // gamma's labels of the round leave that document out; beta's have all four.
        const auto sentencesIn = [&out](const QString &name) {
            QFile file(out + u"/round-0/"_s + name);
            return file.open(QIODevice::ReadOnly) ? file.readAll().count("\n\n") : -1;
        };
        QCOMPARE(sentencesIn(u"gamma.conll"_s), 3);
        QCOMPARE(sentencesIn(u"beta.conll"_s), 4);

        const Run mixed = cli({u"decide"_s, out, u"--retry-failed"_s, u"--accept"_s, u"1,2"_s});
        QCOMPARE(mixed.exitCode, 2);

        broken = false;
        m_server->clearRequests();
        const Run retried = cli({u"decide"_s, out, u"--retry-failed"_s});
        QVERIFY2(retried.exitCode == 3, qPrintable(retried.err));
        QVERIFY2(retried.err.contains(u"sending 1 failed pieces again"_s), qPrintable(retried.err));
        QMap<QString, int> sent;
        for (const ProtocolServer::Request &request : m_server->requests()) {
            ++sent[request.json().value(u"model"_s).toString()];
        }
        QCOMPARE(sent.value(u"gamma"_s), 1);
        QCOMPARE(sent.value(u"alpha"_s) + sent.value(u"beta"_s), 0);
        QCOMPARE(failuresFile(), QByteArray()); // the round's files are written again
        QVERIFY(json(u"retry/summary.json"_s)
                    .value(u"rounds"_s)
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(u"failures"_s)
                    .toArray()
                    .isEmpty());
        QVERIFY(QFile::exists(out + u"/proposal-0.json"_s));

        const Run nothingLeft = cli({u"decide"_s, out, u"--retry-failed"_s});
        QCOMPARE(nothingLeft.exitCode, 1);
        QVERIFY2(nothingLeft.err.contains(u"no failed pieces to retry"_s), qPrintable(nothingLeft.err));

        // Once its proposal is decided (here as the review pane saves it), a round is closed to retries.
        broken = true;
        brokenText.clear();
        const QString decided = m_dir->filePath(u"decided"_s);
        QCOMPARE(cli({u"pilot"_s, m_dir->filePath(u"config.json"_s), u"--corpus"_s,
                         m_dir->filePath(u"corpus.conll"_s), u"--out"_s, decided})
                     .exitCode,
            3);
        {
            auto store =
                Core::ProjectStore::open(decided + u"/project.dzn"_s, Core::ProjectStore::Access::ReadWrite);
            QVERIFY(store.has_value());
            Core::PilotRepository repository(**store);
            const qint64 runId = repository.run()->first;
            QCOMPARE(repository.rounds(runId).first().failures.size(), 1);
            Core::Proposal proposal = *repository.pendingProposal(runId);
            for (Core::ProposalChange &change : proposal.changes) {
                change.decision = Core::ProposalChange::Decision::Accepted;
            }
            QVERIFY(repository.recordDecision(runId, proposal).has_value());
        }
        m_server->clearRequests();
        const Run closed = cli({u"decide"_s, decided, u"--retry-failed"_s});
        QCOMPARE(closed.exitCode, 1);
        QVERIFY2(closed.err.contains(u"round 0 is decided"_s), qPrintable(closed.err));
        QCOMPARE(m_server->requests().size(), 0);
    }

    void roundLayers_listedExported_andRebuiltFromTheCache()
    {
        // gamma answers the first text it is asked about in prose: one piece of round 0 fails.
        QString brokenText;
        m_server->setHandler([&brokenText](const ProtocolServer::Request &request) {
            if (request.json().value(u"model"_s).toString() == u"gamma") {
                const QString prompt =
                    request.json().value(u"messages"_s).toArray().first()[u"content"_s].toString();
                const QString text = prompt.mid(prompt.lastIndexOf(u"## Text\n"_s));
                brokenText = brokenText.isEmpty() ? text : brokenText;
                if (text == brokenText) {
                    return ProtocolServer::Script{.content = u"Dr. Who is a person, I think."_s};
                }
            }
            return ScriptedPilot::answer(request);
        });
        const QString out = m_dir->filePath(u"layers"_s);
        const QString project = out + u"/project.dzn"_s;
        QCOMPARE(cli({u"pilot"_s, m_dir->filePath(u"config.json"_s), u"--corpus"_s,
                         m_dir->filePath(u"corpus.conll"_s), u"--out"_s, out})
                     .exitCode,
            3);
        const QString failedId =
            QJsonDocument::fromJson(readFile(out + u"/round-0/failures.jsonl"_s).trimmed())[u"document"_s]
                .toString();
        QVERIFY(!failedId.isEmpty());

        // Listed with their round, annotator, model and counts; gamma's failed document named.
        const Run info = cli({u"project"_s, u"info"_s, project, u"--format"_s, u"json"_s});
        QVERIFY2(info.exitCode == 0, qPrintable(info.err));
        const QJsonObject summary = QJsonDocument::fromJson(info.out).object();
        const QJsonArray rounds = summary.value(u"round_layers"_s).toArray();
        QCOMPARE(rounds.size(), 3);
        QStringList names;
        for (const QJsonValue &value : rounds) {
            const QJsonObject layer = value.toObject();
            names.append(layer.value(u"name"_s).toString());
            QCOMPARE(layer.value(u"round"_s).toInt(), 0);
            QCOMPARE(layer.value(u"model"_s).toString(), layer.value(u"annotator"_s).toString());
            QCOMPARE(layer.value(u"endpoint"_s).toString(), u"local"_s);
            QCOMPARE(layer.value(u"guideline_version"_s).toInt(), 0);
            QCOMPARE(layer.value(u"documents"_s).toInt(), 4);
            QVERIFY(layer.value(u"spans"_s).toInt() > 0);
        }
        QCOMPARE(names, (QStringList{u"round0/alpha"_s, u"round0/beta"_s, u"round0/gamma"_s}));
        QCOMPARE(rounds.at(2)[u"failed_documents"_s].toArray(), QJsonArray{failedId});
        QVERIFY(rounds.at(0)[u"failed_documents"_s].toArray().isEmpty());
        QVERIFY(summary.value(u"round_layers_missing"_s).toArray().isEmpty());
        const Run text = cli({u"project"_s, u"info"_s, project});
        QVERIFY2(text.out.contains(u"round 0 layer round0/gamma: annotator gamma, model gamma at local, "
                                   u"guideline v0, %1 spans over 3 documents; not labelled: %2\n"_s
                                       .arg(rounds.at(2)[u"spans"_s].toInt())
                                       .arg(failedId)
                                       .toUtf8()),
            text.out.constData());

        // Exported, a round's layer is the round's file for that annotator (gamma's without the
        // document it could not label).
        const auto exportEqualsRoundFiles = [&] {
            for (const QString &annotator : {u"alpha"_s, u"beta"_s, u"gamma"_s}) {
                const QString exported = m_dir->filePath(annotator + u".conll"_s);
                const Run run = cli(
                    {u"project"_s, u"export"_s, project, exported, u"--layer"_s, u"round0/"_s + annotator});
                if (run.exitCode != 0) {
                    qWarning("%s", qPrintable(run.err));
                    return false;
                }
                const QByteArray file = readFile(out + u"/round-0/"_s + annotator + u".conll"_s);
                if (file.isEmpty() || readFile(exported) != file) {
                    qWarning("round0/%s differs from its round file", qPrintable(annotator));
                    return false;
                }
            }
            return true;
        };
        QVERIFY(exportEqualsRoundFiles());
        QCOMPARE(readFile(m_dir->filePath(u"gamma.conll"_s)).count("\n\n"), 3);

        // A project written before round layers were kept: said so, then rebuilt from the cache.
        deleteRows(project, u"DELETE FROM layers WHERE name LIKE 'round%'"_s);
        const Run before = cli({u"project"_s, u"info"_s, project});
        QVERIFY2(before.out.contains(u"round 0 has no layer for alpha, beta, gamma: rebuild with "
                                     u"'diziner-cli project rebuild-rounds %1'"_s.arg(project)
                                         .toUtf8()),
            before.out.constData());
        const QJsonArray missing = QJsonDocument::fromJson(
            cli({u"project"_s, u"info"_s, project, u"--format"_s, u"json"_s}).out)[u"round_layers_missing"_s]
                                       .toArray();
        QCOMPARE(missing.size(), 1);
        QCOMPARE(missing.first()[u"annotators"_s].toArray().size(), 3);
        m_server->clearRequests();
        const Run rebuilt = cli({u"project"_s, u"rebuild-rounds"_s, project, u"--format"_s, u"json"_s});
        QVERIFY2(rebuilt.exitCode == 0, qPrintable(rebuilt.err));
        QCOMPARE(QJsonDocument::fromJson(rebuilt.out)[u"rebuilt"_s].toArray().size(), 3);
        QCOMPARE(m_server->requests().size(), 0);
        QVERIFY(exportEqualsRoundFiles());
        const Run nothing = cli({u"project"_s, u"rebuild-rounds"_s, project});
        QCOMPARE(nothing.exitCode, 0);
        QVERIFY2(nothing.out.contains("no round layer missing"), nothing.out.constData());

        // What the cache no longer holds is named, and the command fails.
        deleteRows(project, u"DELETE FROM layers WHERE name = 'round0/beta'"_s);
        deleteRows(project,
            u"DELETE FROM response_cache WHERE request_hash IN (SELECT request_hash FROM llm_calls WHERE "
            u"annotator = 'beta')"_s);
        const Run partial = cli({u"project"_s, u"rebuild-rounds"_s, project});
        QCOMPARE(partial.exitCode, 1);
        QVERIFY2(partial.err.startsWith(project
                     + u":1: error: round 0, annotator beta not rebuilt: its replies to 4 "
                       u"pieces are not in the response cache"_s),
            qPrintable(partial.err));
        QCOMPARE(m_server->requests().size(), 0);
    }

    void dryRun_sendsNothing()
    {
        const QString out = m_dir->filePath(u"dry"_s);
        const Run run = cli({u"pilot"_s, m_dir->filePath(u"config.json"_s), u"--corpus"_s,
            m_dir->filePath(u"corpus.conll"_s), u"--out"_s, out, u"--dry-run"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(m_server->requests().size(), 0);
        const QStringList annotators =
            QDir(out + u"/dry-run/round-0"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(annotators, (QStringList{u"alpha"_s, u"beta"_s, u"gamma"_s}));
        const QStringList prompts = QDir(out + u"/dry-run/round-0/beta"_s).entryList(QDir::Files);
        QCOMPARE(prompts.size(), 4);
        QFile prompt(out + u"/dry-run/round-0/beta/"_s + prompts.first());
        QVERIFY(prompt.open(QIODevice::ReadOnly));
        QVERIFY(prompt.readAll().contains("## Text\nDr. "));
    }

    void hostileNames_neverLeaveTheDirectory()
    {
        // Annotator names and document ids become file names: none may climb out of --out.
        QJsonObject config = QJsonDocument::fromJson(ScriptedPilot::config(m_server->url(), 4, 1)).object();
        QJsonArray annotators = config.value(u"annotators"_s).toArray();
        const QStringList hostile{u"../../../outside-alpha"_s, u"org/beta"_s, u".."_s};
        for (qsizetype i = 0; i < annotators.size(); ++i) {
            QJsonObject annotator = annotators.at(i).toObject();
            annotator.insert(u"name"_s, hostile.at(i));
            annotators.replace(i, annotator);
        }
        config.insert(u"annotators"_s, annotators);
        write(u"hostile.json"_s, QJsonDocument(config).toJson());
        QByteArray corpus;
        const QStringList ids{u"../../../escaped"_s, u"/tmp/absolute"_s, u".."_s, u"a/../../b"_s};
        for (qsizetype i = 0; i < ids.size(); ++i) {
            corpus +=
                QJsonDocument(QJsonObject{{u"id"_s, ids.at(i)}, {u"text"_s, ScriptedPilot::sentence(int(i))},
                                  {u"label"_s, QJsonArray{}}})
                    .toJson(QJsonDocument::Compact)
                + '\n';
        }
        write(u"hostile.jsonl"_s, corpus);
        const QString deep = m_dir->filePath(u"a/b/c"_s);
        for (const QString &mode : {u"--dry-run"_s, u"--auto-accept"_s}) {
            const Run run = cli({u"pilot"_s, m_dir->filePath(u"hostile.json"_s), u"--corpus"_s,
                m_dir->filePath(u"hostile.jsonl"_s), u"--out"_s, deep + u"/"_s + mode.mid(2), mode});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }
        QDirIterator it(m_dir->path(), QDir::Files, QDirIterator::Subdirectories);
        int inside = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            if (!path.startsWith(deep + u"/"_s)) {
                QVERIFY2(QFileInfo(path).absolutePath() == m_dir->path(), qPrintable(path));
                continue;
            }
            ++inside;
            QVERIFY2(!path.mid(deep.size()).contains(u"/../"_s), qPrintable(path));
        }
        QVERIFY(!QFileInfo::exists(u"/tmp/absolute.txt"_s));
        QCOMPARE(
            QDir(deep + u"/dry-run/dry-run/round-0"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(),
            3);
        QVERIFY(QFile::exists(deep + u"/auto-accept/round-0/org_beta.conll"_s));
        QVERIFY(inside >= 3 * 4 + 3);
    }

    void badConfig_namesFileAndLine()
    {
        write(u"bad.json"_s, "{\n  \"goal\": \"x\",\n  oops\n}");
        const Run run = cli({u"pilot"_s, m_dir->filePath(u"bad.json"_s), u"--corpus"_s,
            m_dir->filePath(u"corpus.conll"_s), u"--out"_s, m_dir->filePath(u"x"_s)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(m_dir->filePath(u"bad.json"_s) + u":3: error: expected JSON"_s),
            qPrintable(run.err));
    }

private:
    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static void deleteRows(const QString &project, const QString &statement)
    {
        auto store = Core::ProjectStore::open(project, Core::ProjectStore::Access::ReadWrite);
        QVERIFY(store.has_value());
        QSqlQuery query((*store)->database());
        QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        QVERIFY(query.numRowsAffected() > 0);
    }

    void write(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir->filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(bytes), bytes.size());
    }

    std::unique_ptr<ProtocolServer> m_server;
    std::optional<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestCliPilot)
#include "tst_cli_pilot.moc"
