// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
// The pilot loop end to end over real HTTP: scripted annotators and supervisor on 127.0.0.1.
#include "formats/conllreader.h"
#include "llm/providercodec.h"
#include "llm/responsecache.h"
#include "metrics/spanscorer.h"
#include "pilot/batchsampler.h"
#include "pilot/pilotrun.h"
#include "pilot/poolembedder.h"
#include "scriptedpilot.h"
#include "store/calllogrepository.h"
#include "store/projectresponsecache.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;
using Workbench::Test::ProtocolServer;
using Workbench::Test::ScriptedPilot;

Q_DECLARE_METATYPE(Workbench::Core::RoundSummary)
Q_DECLARE_METATYPE(Workbench::Core::Proposal)
Q_DECLARE_METATYPE(std::optional<double>)
Q_DECLARE_METATYPE(Workbench::Core::FailedItem)
Q_DECLARE_METATYPE(Workbench::Core::LlmCallRecord)

namespace {

/*! An embeddings server on loopback that answers each request with what \a answer makes of its
 * "input" array, counting the requests in \a requests (the protocol server's replies are always
 * well formed and of 8 dimensions).
 */
std::unique_ptr<QTcpServer> embeddingsServer(
    const std::function<QJsonObject(const QJsonArray &)> &answer, int *requests)
{
    auto server = std::make_unique<QTcpServer>();
    if (!server->listen(QHostAddress::LocalHost)) {
        return nullptr;
    }
    QTcpServer *listening = server.get();
    QObject::connect(listening, &QTcpServer::newConnection, listening, [listening, answer, requests] {
        while (QTcpSocket *socket = listening->nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, buffer, answer, requests] {
                *buffer += socket->readAll();
                const qsizetype head = buffer->indexOf("\r\n\r\n");
                const QByteArray headers = buffer->left(head).toLower();
                const qsizetype at = headers.indexOf("content-length:");
                if (head < 0 || at < 0) {
                    return;
                }
                const qsizetype end =
                    headers.indexOf("\r\n", at) < 0 ? headers.size() : headers.indexOf("\r\n", at);
                const qsizetype length = headers.mid(at + 15, end - at - 15).trimmed().toLongLong();
                if (buffer->size() < head + 4 + length) {
                    return;
                }
                ++*requests;
                const QJsonObject request = QJsonDocument::fromJson(buffer->mid(head + 4, length)).object();
                const QByteArray body =
                    QJsonDocument(answer(request.value(u"input"_s).toArray())).toJson(QJsonDocument::Compact);
                socket->write(QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                         "Connection: close\r\nContent-Length: ")
                    + QByteArray::number(body.size()) + QByteArray("\r\n\r\n") + body);
                socket->disconnectFromHost();
            });
        }
    });
    return server;
}

//! OpenAI's reply for \a vectors (each item numbered by "index" unless \a indexed is false).
QJsonObject openAiEmbeddings(const QList<QJsonArray> &vectors, const bool indexed = true)
{
    QJsonArray data;
    for (qsizetype i = 0; i < vectors.size(); ++i) {
        QJsonObject item{{u"object"_s, u"embedding"_s}, {u"embedding"_s, vectors.at(i)}};
        if (indexed) {
            item.insert(u"index"_s, i);
        }
        data.append(item);
    }
    return QJsonObject{{u"object"_s, u"list"_s}, {u"data"_s, data}, {u"model"_s, u"text-embedding-3-small"_s},
        {u"usage"_s,
            QJsonObject{
                {u"prompt_tokens"_s, 40 * vectors.size()}, {u"total_tokens"_s, 40 * vectors.size()}}}};
}

} // namespace

class TestPilotRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<RoundSummary>();
        qRegisterMetaType<Proposal>();
        qRegisterMetaType<DocumentSpans>();
        qRegisterMetaType<std::optional<double>>();
        qRegisterMetaType<FailedItem>();
        qRegisterMetaType<LlmCallRecord>();
    }

    void init()
    {
        // A transition the run's state machine does not make is a bug, whichever test meets it.
        QTest::failOnWarning(QRegularExpression(u"PilotRun: no transition"_s));
        m_server = std::make_unique<ProtocolServer>();
        m_server->setHandler(&ScriptedPilot::answer);
        m_scheduler = std::make_unique<Scheduler>(&m_nam);
        auto config = PilotConfig::fromJson(ScriptedPilot::config(m_server->url(), 4, 3));
        QVERIFY2(config.has_value(), config ? "" : qPrintable(config.error()));
        m_config = *config;
        auto corpus = ConllReader::read(ScriptedPilot::goldConll(12), u"corpus"_s, {});
        QVERIFY(corpus.has_value());
        m_documents = corpus->documents;
        m_gold = corpus->spans;
    }

    void cleanup()
    {
        m_scheduler.reset();
        m_server.reset();
    }

    void acceptedRules_raiseAgreement_andReachThePrompts()
    {
        PilotRun run(m_config, m_documents, m_gold, m_scheduler.get(), {});
        QSignalSpy analysed(&run, &PilotRun::roundAnalysed);
        QSignalSpy proposals(&run, &PilotRun::proposalReady);
        QSignalSpy finished(&run, &PilotRun::finished);
        QSignalSpy failed(&run, &PilotRun::failed);
        QSignalSpy progress(&run, &PilotRun::progress);
        QCOMPARE(run.state(), PilotRun::State::Idle);
        run.start();
        QCOMPARE(run.state(), PilotRun::State::Annotating);
        QVERIFY(proposals.wait(20000));
        QVERIFY(failed.isEmpty());
        QCOMPARE(run.state(), PilotRun::State::AwaitingDecision);
        // Progress named by phase, in the order a round goes: annotate, analyse, supervise.
        QList<PilotRun::Phase> phases;
        for (const QList<QVariant> &step : progress) {
            const auto phase = step.at(0).value<PilotRun::Phase>();
            if (phases.isEmpty() || phases.last() != phase) {
                phases.append(phase);
            }
        }
        QCOMPARE(phases,
            (QList<PilotRun::Phase>{
                PilotRun::Phase::Annotate, PilotRun::Phase::Analyse, PilotRun::Phase::Supervise}));
        const RoundSummary round0 = analysed.first().at(0).value<RoundSummary>();
        QCOMPARE(qRound(round0.poolAgreement * 1000),
            333); // pairwise 0.5 (alpha-beta), 0.5 (alpha-gamma), 0 (beta-gamma)
        QCOMPARE(round0.annotators.first().f1.value(), 1.0); // alpha is right, and gold only scores it
        Proposal proposal = proposals.first().at(0).value<Proposal>();
        QCOMPARE(proposal.round, 0);
        QCOMPARE(proposal.changes.size(), 2);
        QCOMPARE(proposal.changes.first().patterns, QStringList{u"titles in names"_s});
        // The pattern analysis behind the changes comes with them, and each change's examples.
        QCOMPARE(proposal.patterns.size(), 2);
        const QJsonObject titles = proposal.pattern(u"titles in names"_s);
        QCOMPARE(titles.value(u"root_cause"_s).toString(), u"the guideline says nothing of titles"_s);
        QCOMPARE(titles.value(u"approaches"_s).toArray().first()[u"annotators"_s].toArray(),
            QJsonArray{u"beta"_s});
        QVERIFY(proposal.pattern(u"no such pattern"_s).isEmpty());
        QCOMPARE(proposal.changes.first().instruction.examples.size(), 1);
        QCOMPARE(proposal.changes.first().instruction.examples.first().why, u"the title is not the name"_s);
        for (ProposalChange &change : proposal.changes) {
            change.decision = ProposalChange::Decision::Accepted;
        }
        m_server->clearRequests();
        run.decide(proposal);
        QTRY_COMPARE_WITH_TIMEOUT(analysed.size(), 2, 20000);
        const RoundSummary round1 = analysed.at(1).at(0).value<RoundSummary>();
        QCOMPARE(round1.poolAgreement, 1.0);
        QVERIFY(round1.poolAgreement > round0.poolAgreement);
        QCOMPARE(round1.guidelineVersion, 1);
        // Round 1 proposes nothing new, which ends the run with its final labelling.
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
        QCOMPARE(proposals.size(), 1);
        // Every annotator request after the decision (round 1's and the final labelling's, prompted
        // as round 1 was, the round it chose) carried the accepted rules.
        int roundOne = 0;
        for (const ProtocolServer::Request &request : m_server->requests()) {
            const QString body = QString::fromUtf8(request.body);
            if (!body.contains(u"\"model\":\"sup\""_s)) {
                QVERIFY(body.contains(QLatin1String(ScriptedPilot::titleRule)));
                roundOne += body.contains(u"(round 1)"_s) ? 1 : 0;
            }
        }
        QCOMPARE(roundOne, 3 * 4 + 12); // this test has no cache: the final 12 are all sent
    }

    void rejectedRules_doNotRaiseAgreement()
    {
        PilotRun run(m_config, m_documents, m_gold, m_scheduler.get(), {});
        QSignalSpy analysed(&run, &PilotRun::roundAnalysed);
        QSignalSpy proposals(&run, &PilotRun::proposalReady);
        QSignalSpy finished(&run, &PilotRun::finished);
        run.start();
        QVERIFY(proposals.wait(20000));
        Proposal proposal = proposals.first().at(0).value<Proposal>();
        for (ProposalChange &change : proposal.changes) {
            change.decision = ProposalChange::Decision::Rejected;
        }
        m_server->clearRequests();
        run.decide(proposal);
        // A round after a proposal rejected whole ran the same guideline: its flat agreement is no
        // evidence, so the stop rule does not fire and the supervisor is asked again.
        QTRY_VERIFY_WITH_TIMEOUT(proposals.size() == 2 || !finished.isEmpty(), 20000);
        QVERIFY(finished.isEmpty());
        const RoundSummary round0 = analysed.at(0).at(0).value<RoundSummary>();
        const RoundSummary round1 = analysed.at(1).at(0).value<RoundSummary>();
        QCOMPARE(round1.poolAgreement, round0.poolAgreement);
        QCOMPARE(run.guideline().version, 0); // nothing accepted: no new version
        QVERIFY(run.guideline().common.isEmpty());
        for (const ProtocolServer::Request &request : m_server->requests()) {
            if (request.json().value(u"model"_s).toString() != u"sup"_s) { // the annotators' prompts
                QVERIFY(!QString::fromUtf8(request.body).contains(QLatin1String(ScriptedPilot::titleRule)));
            }
        }
        // The batches were disjoint.
        QSet<qsizetype> seen;
        for (const QList<QVariant> &signal : std::as_const(analysed)) {
            for (const qsizetype index : signal.at(0).value<RoundSummary>().batch) {
                QVERIFY(!seen.contains(index));
                seen.insert(index);
            }
        }
        QCOMPARE(seen.size(), 8);
    }

    void finalLabelling_byTheMostAgreeingAnnotator_overThePool()
    {
        m_config.knobs.rounds = 2;
        PilotRun run(m_config, m_documents, m_gold, m_scheduler.get(), {});
        QSignalSpy proposals(&run, &PilotRun::proposalReady);
        QSignalSpy labelled(&run, &PilotRun::finalLabelled);
        QSignalSpy finished(&run, &PilotRun::finished);
        MemoryResponseCache cache;
        m_scheduler->setCache(&cache);
        run.start();
        QVERIFY(proposals.wait(20000));
        Proposal proposal = proposals.first().at(0).value<Proposal>();
        for (ProposalChange &change : proposal.changes) {
            change.decision = ProposalChange::Decision::Accepted;
        }
        m_server->clearRequests();
        run.decide(proposal);
        QVERIFY(finished.wait(20000));
        QCOMPARE(labelled.size(), 1);
        // All agree in round 1, the round of the highest pool agreement: the first of the best, under v1.
        const FinalChoice choice = labelled.first().at(0).value<FinalChoice>();
        QCOMPARE(choice.annotator, u"alpha"_s);
        QCOMPARE(choice.round, 1);
        QCOMPARE(choice.guidelineVersion, 1);
        QCOMPARE(run.finalOutcome(), PilotRun::FinalOutcome::Done);
        const DocumentSpans spans = labelled.first().at(1).value<DocumentSpans>();
        QCOMPARE(spans.size(), 12); // the whole pool
        QCOMPARE(spans, m_gold);
        QCOMPARE(labelled.first().at(2).value<std::optional<double>>().value(), 1.0);
        // Round 1 (4 docs) and the final labelling under guideline v1, prompted as round 1 was: the
        // 4 documents alpha labelled in round 1 come from the cache, the other 8 are sent, none twice.
        QSet<QByteArray> alphaRequests;
        for (const ProtocolServer::Request &request : m_server->requests()) {
            if (request.json().value(u"model"_s).toString() == u"alpha"_s) {
                QVERIFY(QString::fromUtf8(request.body).contains(u"(round 1)"_s));
                QVERIFY(!alphaRequests.contains(request.body));
                alphaRequests.insert(request.body);
            }
        }
        QCOMPARE(alphaRequests.size(), 4 + 8);
    }

    void improvement_carriesAnInterval_andOnlyAWholeIntervalBelowTheMarginIsAPlateau()
    {
        RoundSummary earlier;
        earlier.poolAgreement = 0.50;
        earlier.poolSamples = {0.40, 0.45, 0.50, 0.55, 0.60};
        RoundSummary later;
        later.poolAgreement = 0.505;
        later.poolSamples = {0.50, 0.40, 0.55, 0.60, 0.45};
        later.measureImprovementOver(earlier);
        QVERIFY(qAbs(*later.improvement - 0.005) < 1e-12);
        // Draw by draw: 0.10, -0.05, 0.05, 0.05, -0.15; numpy's percentiles 2.5 and 97.5 of them.
        QVERIFY(qAbs(later.improvementInterval->first - -0.14) < 1e-12);
        QVERIFY(qAbs(later.improvementInterval->second - 0.095) < 1e-12);
        // The point estimate is below a margin of 0.01, the interval is not: no plateau.
        QVERIFY(!later.plateaued(0.01));
        QVERIFY(later.plateaued(0.1));
        QVERIFY(!earlier.plateaued(1.0)); // nothing measured, nothing concluded
        const RoundSummary read = RoundSummary::fromJson(later.toJson());
        QCOMPARE(read.improvement, later.improvement);
        QCOMPARE(read.improvementInterval, later.improvementInterval);
        QCOMPARE(read.poolSamples, later.poolSamples);
        // Without draws (a round saved before they were kept) the interval is the point.
        RoundSummary old = RoundSummary::fromJson(QJsonObject{{u"pool_agreement"_s, 0.3}});
        QCOMPARE(old.poolInterval(), (Interval{0.3, 0.3}));
        later.measureImprovementOver(old);
        QCOMPARE(later.improvementInterval, (Interval{*later.improvement, *later.improvement}));
    }

    void plateau_onlyWhenTheWholeIntervalLiesBelowTheMargin_data()
    {
        QTest::addColumn<double>("margin");
        QTest::addColumn<QString>("reason");
        // Round 1 improves on round 0 by 2/3 (0.333 to 1), on every resample alike.
        QTest::newRow("below") << 0.5 << u"nothing proposed"_s;
        QTest::newRow("above") << 0.7 << u"plateau"_s;
    }

    void plateau_onlyWhenTheWholeIntervalLiesBelowTheMargin()
    {
        QFETCH(double, margin);
        QFETCH(QString, reason);
        m_config.knobs.stopMargin = margin;
        m_config.knobs.finalLabelling = false;
        PilotRun run(m_config, m_documents, m_gold, m_scheduler.get(), {});
        QSignalSpy analysed(&run, &PilotRun::roundAnalysed);
        QSignalSpy finished(&run, &PilotRun::finished);
        acceptEveryProposal(run);
        run.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(PilotRun::reasonName(finished.first().at(0).value<PilotRun::FinishReason>()), reason);
        QCOMPARE(analysed.size(), 2);
        const RoundSummary round0 = analysed.at(0).at(0).value<RoundSummary>();
        const RoundSummary round1 = analysed.at(1).at(0).value<RoundSummary>();
        QVERIFY(!round0.improvement.has_value());
        QCOMPARE(round0.poolSamples.size(), 1000);
        QVERIFY(qAbs(*round1.improvement - 2.0 / 3.0) < 1e-9);
        QVERIFY(qAbs(round1.improvementInterval->first - 2.0 / 3.0) < 1e-9);
        QVERIFY(qAbs(round1.improvementInterval->second - 2.0 / 3.0) < 1e-9);
    }

    void finalChoice_overAllRounds_data()
    {
        QTest::addColumn<QList<double>>("pools");
        QTest::addColumn<int>("round");
        QTest::newRow("earlier round best") << QList<double>{0.9, 0.6} << 0;
        QTest::newRow("later round best") << QList<double>{0.6, 0.9} << 1;
        QTest::newRow("a tie goes to the later") << QList<double>{0.7, 0.7} << 1;
    }

    void finalChoice_overAllRounds()
    {
        QFETCH(QList<double>, pools);
        QFETCH(int, round);
        const QList<RoundSummary> history = madeUpHistory(pools);
        const std::optional<FinalChoice> choice = FinalChoice::choose(history);
        QVERIFY(choice.has_value());
        QCOMPARE(choice->round, round);
        QCOMPARE(choice->guidelineVersion, round);
        QCOMPARE(choice->annotator, round == 0 ? u"beta"_s : u"alpha"_s);
        QVERIFY2(choice->reason.contains(u"round %1 had the highest pool agreement of 2 rounds"_s.arg(round)),
            qPrintable(choice->reason));
        QVERIFY(!FinalChoice::choose({}).has_value());
        // The user's version: its own best round picks the annotator, unless one is named.
        QCOMPARE(FinalChoice::forVersion(history, 0)->annotator, u"beta"_s);
        QCOMPARE(FinalChoice::forVersion(history, 0, u"gamma"_s)->annotator, u"gamma"_s);
        // A version no round ran under keeps the annotator the rounds chose.
        const std::optional<FinalChoice> unrun = FinalChoice::forVersion(history, 2);
        QCOMPARE(unrun->round, -1);
        QCOMPARE(unrun->annotator, choice->annotator);
        QVERIFY(unrun->reason.contains(u"no round ran under it"_s));
    }

    void afterADrop_roundsAreComparedOverTheAnnotatorsKept()
    {
        // Round 0: c agrees with nobody and is dropped; round 1 runs a and b only.
        const auto named = [](const QString &name) {
            RoundSummary::Annotator annotator;
            annotator.name = name;
            return annotator;
        };
        RoundSummary before;
        before.round = 0;
        before.annotators = {named(u"a"_s), named(u"b"_s), named(u"c"_s)};
        before.pairs = {{u"a"_s, u"b"_s, 0.9}, {u"a"_s, u"c"_s, 0.1}, {u"b"_s, u"c"_s, 0.1}};
        before.poolAgreement = (0.9 + 0.1 + 0.1) / 3;
        before.poolSamples = {0.30, 0.35, 0.40};
        before.dropped = {u"c"_s};
        before.keptSamples = {0.88, 0.90, 0.92};
        before.changesAccepted = 1;
        before.annotators[0].meanAgreement = 0.5;
        RoundSummary after;
        after.round = 1;
        after.guidelineVersion = 1;
        after.annotators = {named(u"a"_s), named(u"b"_s)};
        after.pairs = {{u"a"_s, u"b"_s, 0.85}};
        after.poolAgreement = 0.85;
        after.poolSamples = {0.83, 0.85, 0.87};
        after.annotators[0].meanAgreement = 0.85;
        after.measureImprovementOver(before);
        // Not +0.48 for losing c: a and b agree a little less than before.
        QCOMPARE(qRound(*after.improvement * 1000), -50);
        QVERIFY(after.improvementInterval->second < 0);
        QCOMPARE(after.poolOver({u"a"_s, u"b"_s}).value(), 0.85);
        QVERIFY(!after.poolOver({u"a"_s}).has_value());
        // The final choice compares the rounds over a and b as well: round 0 wins.
        const std::optional<FinalChoice> choice = FinalChoice::choose({before, after});
        QCOMPARE(choice->round, 0);
        QVERIFY2(choice->reason.contains(u"rounds compared over the 2 annotators all of them had (a, b)"_s),
            qPrintable(choice->reason));
        // Both survive the project's JSON.
        const RoundSummary read = RoundSummary::fromJson(before.toJson());
        QCOMPARE(read.pairs.size(), 3);
        QCOMPARE(read.pairs.at(1).second, u"c"_s);
        QCOMPARE(read.keptSamples, before.keptSamples);
    }

    void finalLabelling_usesTheChosenVersion_notTheLatest()
    {
        // A resumed project: round 0 under v0 agreed more than round 1 under v1, which added a rule.
        Guideline v0;
        v0.goal = m_config.goal;
        Guideline v1 = v0;
        v1.version = 1;
        v1.common.append(Instruction{{}, QString::fromLatin1(ScriptedPilot::titleRule), {}, {}, {}});
        PilotRun run(m_config, m_documents, m_gold, m_scheduler.get(), {});
        run.setGuidelineVersions({v0, v1});
        run.resume(v1, madeUpHistory({0.9, 0.6}));
        run.endOnStart(PilotRun::FinishReason::Rounds);
        QSignalSpy labelled(&run, &PilotRun::finalLabelled);
        QSignalSpy finished(&run, &PilotRun::finished);
        run.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(labelled.size(), 1);
        const FinalChoice choice = labelled.first().at(0).value<FinalChoice>();
        QCOMPARE(choice.guidelineVersion, 0);
        QCOMPARE(choice.annotator, u"beta"_s);
        QCOMPARE(m_server->requests().size(), 12);
        for (const ProtocolServer::Request &request : m_server->requests()) {
            QCOMPARE(request.json().value(u"model"_s).toString(), u"beta"_s);
            QVERIFY(!QString::fromUtf8(request.body).contains(QLatin1String(ScriptedPilot::titleRule)));
        }
    }

    void finalLabelling_withFailedCalls_saysSo_data()
    {
        QTest::addColumn<int>("failing"); // documents whose final call fails
        QTest::addColumn<PilotRun::FinalOutcome>("outcome");
        QTest::newRow("every call") << 12 << PilotRun::FinalOutcome::Failed;
        QTest::newRow("one call") << 1 << PilotRun::FinalOutcome::Done;
    }

    void finalLabelling_withFailedCalls_saysSo()
    {
        QFETCH(int, failing);
        QFETCH(PilotRun::FinalOutcome, outcome);
        // The final labelling (once its one round is analysed) fails for the first sentences: a
        // provider error that asking again does not cure.
        bool finalLabelling = false;
        m_server->setHandler([failing, &finalLabelling](const ProtocolServer::Request &request) {
            ProtocolServer::Script script = ScriptedPilot::answer(request);
            const QString body = QString::fromUtf8(request.body);
            for (int i = 0; i < failing; ++i) {
                if (finalLabelling && body.contains(ScriptedPilot::sentence(i))) {
                    script.status = 400;
                    script.errorMessage = u"This model's context is full."_s;
                }
            }
            return script;
        });
        m_config.knobs.rounds = 1;
        PilotRun run(m_config, m_documents, m_gold, m_scheduler.get(), {});
        connect(&run, &PilotRun::roundAnalysed, this, [&finalLabelling] { finalLabelling = true; });
        QSignalSpy labelled(&run, &PilotRun::finalLabelled);
        QSignalSpy finished(&run, &PilotRun::finished);
        run.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(PilotRun::reasonName(finished.first().at(0).value<PilotRun::FinishReason>()), u"rounds"_s);
        QCOMPARE(run.finalOutcome(), outcome);
        QCOMPARE(run.failedItems().size(), failing);
        if (outcome == PilotRun::FinalOutcome::Failed) {
            QVERIFY(labelled.isEmpty()); // no empty layer that would read as "no entities"
            QVERIFY2(run.finalNote().startsWith(u"every one of its 12 pieces failed"_s),
                qPrintable(run.finalNote()));
        } else {
            QCOMPARE(labelled.size(), 1);
            QVERIFY(run.finalNote().isEmpty());
            const auto spans = labelled.first().at(1).value<DocumentSpans>();
            QCOMPARE(spans.size(), 12);
            // F1 is over the documents labelled: the failed one is left out, not read as "no entities".
            const double f1 = labelled.first().at(2).value<std::optional<double>>().value();
            QCOMPARE(f1, SpanScorer::score(m_gold.mid(failing), spans.mid(failing)).overall.f1());
            QVERIFY(!m_gold.first().isEmpty());
            QVERIFY(f1 != SpanScorer::score(m_gold, spans).overall.f1());
        }
    }

    void annotatorFailingEveryPiece_hasNoAgreementOrF1_inTheSummary()
    {
        // A fourth annotator whose every call fails: it labelled nothing, so it measured nothing.
        m_server->setHandler([](const ProtocolServer::Request &request) {
            ProtocolServer::Script script = ScriptedPilot::answer(request);
            if (request.json().value(u"model"_s).toString() == u"down"_s) {
                script.status = 400;
                script.errorMessage = u"This model is not served here."_s;
            }
            return script;
        });
        m_config.annotators.append({u"delta"_s, u"local"_s, u"down"_s});
        m_config.knobs.rounds = 1;
        PilotRun run(m_config, m_documents, m_gold, m_scheduler.get(), {});
        QSignalSpy analysed(&run, &PilotRun::roundAnalysed);
        QSignalSpy finished(&run, &PilotRun::finished);
        run.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(analysed.size(), 1);
        const RoundSummary summary = analysed.first().at(0).value<RoundSummary>();
        QCOMPARE(summary.annotators.size(), 4);
        const RoundSummary::Annotator &delta = summary.annotators.last();
        QCOMPARE(delta.name, u"delta"_s);
        QCOMPARE(delta.leftOut, 4);
        QVERIFY(!delta.meanAgreement.has_value()); // no figure, not 0
        QVERIFY(!delta.f1.has_value());
        QVERIFY(summary.annotators.first().meanAgreement.has_value());
        QCOMPARE(summary.annotators.first().f1.value(), 1.0);
        for (const RoundSummary::Pair &pair : summary.pairs) {
            QCOMPARE(pair.f1.has_value(), pair.second != u"delta"_s);
        }
        // summary.json says null, and reads back as nothing.
        const QJsonObject json = summary.toJson();
        const QJsonObject deltaJson = json[u"annotators"_s][3].toObject();
        QVERIFY(deltaJson.value(u"mean_agreement"_s).isNull());
        QVERIFY(deltaJson.contains(u"f1"_s) && deltaJson.value(u"f1"_s).isNull());
        QVERIFY(json[u"pairs"_s][2][u"f1"_s].isNull());
        const RoundSummary read = RoundSummary::fromJson(json);
        QVERIFY(!read.annotators.last().meanAgreement.has_value());
        QVERIFY(!read.annotators.last().f1.has_value());
        QCOMPARE(read.annotators.first().f1.value(), 1.0);
        QVERIFY(!read.poolOver({u"alpha"_s, u"delta"_s}).has_value());
        QVERIFY(qAbs(read.poolOver(read.annotatorNames()).value() - summary.poolAgreement) < 1e-12);
    }

    void supervisorAnswerOfAnotherShape_isAskedAgain_sayingWhatIsWrong_data()
    {
        QTest::addColumn<QString>("schema");
        QTest::addColumn<QString>("what");
        QTest::newRow("phase 3") << u"instruction_generation"_s << u"expected the organised guideline"_s;
        QTest::newRow("phase 4") << u"organisation"_s << u"expected the organised guideline"_s;
    }

    void supervisorAnswerOfAnotherShape_isAskedAgain_sayingWhatIsWrong()
    {
        // The phase's first answer is JSON, but a summary instead of what the schema asks; asked
        // again with what is wrong, it answers as the schema says.
        QFETCH(QString, schema);
        QFETCH(QString, what);
        m_server->setHandler([schema](const ProtocolServer::Request &request) {
            const QJsonObject body = request.json();
            const bool phase = body[u"response_format"_s][u"json_schema"_s][u"name"_s].toString() == schema;
            if (phase && body[u"messages"_s].toArray().size() == 1) {
                ProtocolServer::Script script;
                script.content = u"{\"summary\": \"I looked at the titles.\"}"_s;
                return script;
            }
            return ScriptedPilot::answer(request);
        });
        PilotRun run(m_config, m_documents, m_gold, m_scheduler.get(), {});
        QSignalSpy proposals(&run, &PilotRun::proposalReady);
        QSignalSpy failed(&run, &PilotRun::failed);
        run.start();
        QVERIFY(proposals.wait(20000));
        QVERIFY(failed.isEmpty());
        QCOMPARE(proposals.first().at(0).value<Proposal>().changes.size(), 2);
        int askedAgain = 0;
        for (const ProtocolServer::Request &request : m_server->requests()) {
            const QJsonArray messages = request.json()[u"messages"_s].toArray();
            if (messages.size() == 3) {
                ++askedAgain;
                const QString ask = messages.at(2)[u"content"_s].toString();
                QVERIFY2(ask.startsWith(u"Your answer could not be read: "_s + what), qPrintable(ask));
            }
        }
        QCOMPARE(askedAgain, 1);
    }

    void longDocuments_areSplitAtSentences_andRestitched()
    {
        // Two documents of six sentences each (about 270 characters) and a budget of 120.
        QByteArray conll = "-DOCSTART-\tO\n\n";
        const QList<QByteArray> sentences = ScriptedPilot::goldConll(12).split('\n');
        int blank = 0;
        for (const QByteArray &line : sentences) {
            conll += line + '\n';
            if (line.isEmpty() && ++blank == 6) {
                conll += "-DOCSTART-\tO\n\n";
            }
        }
        auto corpus = ConllReader::read(conll, u"long"_s, {});
        QVERIFY(corpus.has_value());
        QCOMPARE(corpus->documents.size(), 2);
        m_config.knobs.batchSize = 2;
        m_config.knobs.rounds = 1;
        m_config.knobs.maxPromptChars = 120;
        PilotRun run(m_config, corpus->documents, corpus->spans, m_scheduler.get(), {});
        QCOMPARE(run.prompts().size(), 3 * 6); // 3 annotators x 2 documents x 3 chunks
        QSignalSpy analysed(&run, &PilotRun::roundAnalysed);
        QSignalSpy labelled(&run, &PilotRun::finalLabelled);
        run.start();
        QVERIFY(analysed.wait(20000));
        QCOMPARE(analysed.first().at(0).value<RoundSummary>().annotators.first().f1.value(), 1.0);
        QTRY_COMPARE_WITH_TIMEOUT(labelled.size(), 1, 20000);
        for (const ProtocolServer::Request &request : m_server->requests()) {
            const QString prompt = request.json()
                                       .value(u"messages"_s)
                                       .toArray()
                                       .first()
                                       .toObject()
                                       .value(u"content"_s)
                                       .toString();
            QVERIFY(prompt.mid(prompt.indexOf(u"## Text\n"_s)).size() <= 120 + 8);
        }
    }

    void dropping_fromRoundTwo_keepsFour()
    {
        m_config.annotators = {{u"alpha"_s, u"local"_s, u"alpha"_s, 0.0, {}},
            {u"alpha2"_s, u"local"_s, u"alpha2"_s, 0.0, {}}, {u"alpha3"_s, u"local"_s, u"alpha3"_s, 0.0, {}},
            {u"beta"_s, u"local"_s, u"beta"_s, 0.0, {}}, {u"mute"_s, u"local"_s, u"mute"_s, 0.0, {}},
            {u"mute2"_s, u"local"_s, u"mute"_s, 0.0, {}}};
        m_config.knobs.batchSize = 3;
        m_config.knobs.rounds = 4;
        m_config.knobs.annotatorDropping = true;
        m_config.knobs.stopMargin = -1.0; // no plateau stop: every round runs
        m_config.knobs.finalLabelling = false;
        PilotRun run(m_config, m_documents, m_gold, m_scheduler.get(), {});
        QSignalSpy analysed(&run, &PilotRun::roundAnalysed);
        QSignalSpy finished(&run, &PilotRun::finished);
        rejectEveryProposal(run);
        run.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(analysed.size(), 4);
        QVERIFY(analysed.at(1).at(0).value<RoundSummary>().dropped.isEmpty()); // not before round 2
        // One a round, the lowest, as the reference does: both mutes are far below the pool.
        const auto dropRound = analysed.at(2).at(0).value<RoundSummary>();
        QCOMPARE(dropRound.dropped, QStringList{u"mute"_s});
        QCOMPARE(dropRound.pairs.size(), 15); // every pair of six
        QCOMPARE(dropRound.keptSamples.size(), 1000); // the pool of the five kept, resampled alike
        QVERIFY(dropRound.poolOver(analysed.at(3).at(0).value<RoundSummary>().annotatorNames()).value()
            > dropRound.poolAgreement);
        QCOMPARE(analysed.at(3).at(0).value<RoundSummary>().annotators.size(), 5);
        QCOMPARE(analysed.at(3).at(0).value<RoundSummary>().dropped, QStringList{u"mute2"_s});
        int muteCalls = 0;
        for (const ProtocolServer::Request &request : m_server->requests()) {
            muteCalls += request.json().value(u"model"_s).toString() == u"mute"_s ? 1 : 0;
        }
        QCOMPARE(muteCalls, 3 * 3 + 4 * 3); // mute in rounds 0 to 2, mute2 in all four
    }

    void embeddings_chooseTheBatches_andAResumeTakesThemFromTheCache()
    {
        m_config.embeddings = PilotConfig::Embeddings{u"local"_s, u"embedder"_s};
        MemoryResponseCache cache;
        m_scheduler->setCache(&cache);
        QList<QList<qsizetype>> embeddedBatches;
        {
            PilotRun run(m_config, m_documents, m_gold, m_scheduler.get(), {});
            QSignalSpy calls(&run, &PilotRun::callRecorded);
            QSignalSpy proposals(&run, &PilotRun::proposalReady);
            QSignalSpy failed(&run, &PilotRun::failed);
            const QList<QList<qsizetype>> lexical = run.batches(); // what a dry run shows
            QVERIFY(!run.batchesFromEmbeddings());
            run.start();
            QVERIFY(proposals.wait(20000));
            QVERIFY(failed.isEmpty());
            QVERIFY(run.batchesFromEmbeddings());
            // One call for the 12 documents, logged like every call, its vectors the sampler's.
            QCOMPARE(calls.size(), 1);
            const auto record = calls.first().at(0).value<LlmCallRecord>();
            QVERIFY(record.succeeded());
            QCOMPARE(record.annotator, u"embeddings"_s);
            QCOMPARE(record.model, u"embedder"_s);
            const auto vectors =
                PoolEmbedder::unpack(ApiStyle::OpenAi, record.cacheEntry.value_or(QByteArray()));
            QVERIFY(vectors.has_value());
            QCOMPARE(vectors->size(), m_documents.size());
            embeddedBatches = run.batches();
            QCOMPARE(embeddedBatches,
                BatchSampler::sample(BatchSampler::fromDense(*vectors), m_config.knobs.batchSize,
                    m_config.knobs.rounds, m_config.knobs.seed));
            QVERIFY(embeddedBatches != lexical); // the vectors decided, not the words
            QCOMPARE(run.batchDocuments().first().id(), m_documents.at(embeddedBatches.first().first()).id());
            // Round 0 keeps what the embeddings cost, so that spent() and the budget count it.
            QCOMPARE(run.history().first().embeddings.calls, 1);
            QCOMPARE(RoundSummary::fromJson(run.history().first().toJson()).embeddings.calls, 1);
            run.cancel();
        }
        // A resumed run gets the same vectors from the cache: the same batches, no call.
        cache.store(PoolEmbedder::requestHash(QUrl(), {}), {}); // unrelated entries do not matter
        m_server->clearRequests();
        PilotRun again(m_config, m_documents, m_gold, m_scheduler.get(), {});
        QSignalSpy calls(&again, &PilotRun::callRecorded);
        QSignalSpy analysed(&again, &PilotRun::roundAnalysed);
        again.start();
        QVERIFY(analysed.wait(20000));
        QVERIFY(calls.isEmpty());
        QCOMPARE(again.batches(), embeddedBatches);
        for (const ProtocolServer::Request &request : m_server->requests()) {
            QVERIFY(!request.path.endsWith("/embeddings"));
        }
        again.cancel();
    }

    void embeddings_thatFail_stopTheRunBeforeAnyAnnotatorIsPaid()
    {
        m_config.embeddings = PilotConfig::Embeddings{u"local"_s, u"embedder"_s};
        m_server->setKey(u"right"_s); // the run has no key: 401
        PilotRun run(m_config, m_documents, m_gold, m_scheduler.get(), {});
        QSignalSpy failed(&run, &PilotRun::failed);
        QSignalSpy calls(&run, &PilotRun::callRecorded);
        run.start();
        QVERIFY(failed.wait(20000));
        QVERIFY2(failed.first().at(0).toString().startsWith(u"embeddings (local, embedder): "_s),
            qPrintable(failed.first().at(0).toString()));
        QCOMPARE(calls.size(), 1);
        QVERIFY(!calls.first().at(0).value<LlmCallRecord>().succeeded());
        QCOMPARE(m_server->requests().size(), 1); // no annotator call went out
    }

    void embeddings_onAzure_callTheEmbeddingsModelsDeployment()
    {
        Endpoint azure;
        azure.id = u"azure"_s;
        azure.style = ApiStyle::Azure;
        azure.baseUrl = QUrl(m_server->url());
        azure.deployment = u"gpt-4o-mini-prod"_s; // the chat model's deployment
        PoolEmbedder embedder(m_scheduler.get());
        QSignalSpy finished(&embedder, &PoolEmbedder::finished);
        embedder.start(azure, u"text-embedding-3-small"_s, u"k"_s, {u"Paris"_s, u"Ada Lovelace"_s});
        QVERIFY(finished.wait(10000));
        QCOMPARE(m_server->requests().size(), 1);
        QVERIFY2(m_server->requests().first().path.startsWith(
                     "/openai/deployments/text-embedding-3-small/embeddings?api-version="),
            m_server->requests().first().path.constData());
    }

    void embeddings_areKeptOnce_packed_andOldCacheEntriesStillServe()
    {
        QTemporaryDir directory;
        auto store = ProjectStore::create(directory.filePath(u"project.dzn"_s), false);
        QVERIFY(store.has_value());
        ProjectResponseCache projectCache(**store);
        m_scheduler->setCache(&projectCache);
        QStringList texts;
        for (const Document &document : std::as_const(m_documents)) {
            texts.append(document.text());
        }
        QList<QList<float>> vectors;
        {
            PoolEmbedder embedder(m_scheduler.get());
            QList<LlmCallRecord> records;
            connect(&embedder, &PoolEmbedder::callRecorded, this, [&](const LlmCallRecord &record) {
                QVERIFY(CallLogRepository(**store).record(record).has_value());
                records.append(record);
            });
            QSignalSpy finished(&embedder, &PoolEmbedder::finished);
            embedder.start(m_config.endpoint(u"local"_s)->endpoint, u"embedder"_s, {}, texts);
            QVERIFY(finished.wait(10000));
            vectors = finished.first().at(0).value<QList<QList<float>>>();
            QCOMPARE(vectors.size(), texts.size());
            QCOMPARE(records.size(), 1);
            // The log keeps what the reply was, not its vectors...
            const LlmCallRecord logged = CallLogRepository(**store).calls({}, 10).first();
            const QJsonObject summary = QJsonDocument::fromJson(logged.response).object();
            QCOMPARE(summary.value(u"embeddings"_s).toInt(), texts.size());
            QCOMPARE(summary.value(u"dimensions"_s).toInt(), 8);
            QCOMPARE(summary.value(u"model"_s).toString(), u"embedder"_s);
            QVERIFY(summary.value(u"usage"_s).isObject());
            QVERIFY(!logged.response.contains("\"embedding\""));
            // ...and the cache keeps them once, 4 bytes a value after a 16-byte header.
            const auto cached = CallLogRepository(**store).cachedResponse(logged.requestHash);
            QVERIFY(cached.has_value());
            QVERIFY(cached->startsWith("DZNVEC01"));
            QCOMPARE(cached->size(), 16 + texts.size() * 8 * 4);
            QCOMPARE(PoolEmbedder::unpack(ApiStyle::OpenAi, *cached).value(), vectors);
        }
        // A resume reads them back from the project: no call.
        m_server->clearRequests();
        PoolEmbedder again(m_scheduler.get());
        QSignalSpy recorded(&again, &PoolEmbedder::callRecorded);
        QSignalSpy finished(&again, &PoolEmbedder::finished);
        again.start(m_config.endpoint(u"local"_s)->endpoint, u"embedder"_s, {}, texts);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).value<QList<QList<float>>>(), vectors);
        QVERIFY(recorded.isEmpty());
        QVERIFY(m_server->requests().isEmpty());

        // A project cached before packing holds the provider's JSON reply: still read.
        const QString hash = CallLogRepository(**store).calls({}, 1).first().requestHash;
        QList<QJsonArray> json;
        for (const QList<float> &vector : std::as_const(vectors)) {
            QJsonArray values;
            for (const float value : vector) {
                values.append(double(value));
            }
            json.append(values);
        }
        MemoryResponseCache oldCache;
        oldCache.store(hash, QJsonDocument(openAiEmbeddings(json)).toJson());
        m_scheduler->setCache(&oldCache);
        QSignalSpy finishedFromJson(&again, &PoolEmbedder::finished);
        again.start(m_config.endpoint(u"local"_s)->endpoint, u"embedder"_s, {}, texts);
        QVERIFY(finishedFromJson.wait(10000));
        QCOMPARE(finishedFromJson.first().at(0).value<QList<QList<float>>>(), vectors);
        QVERIFY(m_server->requests().isEmpty());
        m_scheduler->setCache(nullptr);
    }

    /* The project file for a pool embedded at 1536 dimensions: 640 documents here (10 calls);
     * DIZINER_EMBEDDINGS_DOCUMENTS=3394 measures the reported case. Each document is 200
     * characters, whose text the call log's requests keep.
     */
    void embeddings_projectSize_forAPoolOfThousands()
    {
        const int documents = qEnvironmentVariableIsSet("DIZINER_EMBEDDINGS_DOCUMENTS")
            ? qEnvironmentVariableIntValue("DIZINER_EMBEDDINGS_DOCUMENTS")
            : 640;
        constexpr int dimensions = 1536;
        int requests = 0;
        // Values as OpenAI sends them: float32 printed as doubles, about 20 characters each.
        const auto server = embeddingsServer(
            [](const QJsonArray &inputs) {
                QRandomGenerator random(
                    quint32(inputs.size()) * 7919u + quint32(inputs.first().toString().size()));
                QList<QJsonArray> vectors;
                for (qsizetype i = 0; i < inputs.size(); ++i) {
                    QJsonArray values;
                    for (int d = 0; d < dimensions; ++d) {
                        values.append(double(float(random.generateDouble() * 0.2 - 0.1)));
                    }
                    vectors.append(values);
                }
                return openAiEmbeddings(vectors);
            },
            &requests);
        QVERIFY(server != nullptr);
        QTemporaryDir directory;
        const QString path = directory.filePath(u"project.dzn"_s);
        qint64 responses = 0;
        qint64 cached = 0;
        {
            auto store = ProjectStore::create(path, false);
            QVERIFY(store.has_value());
            ProjectResponseCache cache(**store);
            m_scheduler->setCache(&cache);
            Endpoint endpoint;
            endpoint.id = u"embedder"_s;
            endpoint.baseUrl = QUrl(u"http://127.0.0.1:%1/v1"_s.arg(server->serverPort()));
            QStringList texts;
            for (int i = 0; i < documents; ++i) {
                texts.append(u"Document %1: "_s.arg(i, 5, 10, QChar(u'0')).leftJustified(200, u'x'));
            }
            PoolEmbedder embedder(m_scheduler.get());
            connect(&embedder, &PoolEmbedder::callRecorded, this, [&store](const LlmCallRecord &record) {
                QVERIFY(CallLogRepository(**store).record(record).has_value());
            });
            QSignalSpy finished(&embedder, &PoolEmbedder::finished);
            embedder.start(endpoint, u"text-embedding-3-small"_s, {}, texts);
            QVERIFY(finished.wait(600'000));
            QCOMPARE(finished.first().at(0).value<QList<QList<float>>>().size(), documents);
            QSqlQuery query((*store)->database());
            QVERIFY(query.exec(u"SELECT (SELECT sum(length(response)) FROM llm_calls), "
                               u"(SELECT sum(length(response)) FROM response_cache)"_s)
                && query.next());
            responses = query.value(0).toLongLong();
            cached = query.value(1).toLongLong();
            m_scheduler->setCache(nullptr);
        }
        const qint64 size = QFileInfo(path).size();
        const qint64 packed = qint64(documents) * dimensions * 4;
        qInfo("%d documents x %d dimensions in %d calls: project %.1f MB, call log responses %.1f kB, "
              "response cache %.1f MB (the vectors as float32: %.1f MB)",
            documents, dimensions, requests, size / 1e6, responses / 1e3, cached / 1e6, packed / 1e6);
        // Once and packed: the vectors, the texts in the logged requests, and little else.
        QVERIFY2(size < packed + packed / 4 + 200 * documents * 2, qPrintable(QString::number(size)));
        QVERIFY(responses < 1000 * requests);
    }

    void embeddings_keepToTheRequestsPerMinute_data()
    {
        QTest::addColumn<QList<qint64>>("starts");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<int>("perMinute");
        QTest::addColumn<qint64>("delay");
        QTest::newRow("no limit") << QList<qint64>{0, 1, 2} << qint64(3) << 0 << qint64(0);
        QTest::newRow("first call") << QList<qint64>{} << qint64(0) << 2 << qint64(0);
        QTest::newRow("room left") << QList<qint64>{0} << qint64(100) << 2 << qint64(0);
        QTest::newRow("full: the oldest must leave")
            << QList<qint64>{0, 10} << qint64(100) << 2 << qint64(59'900);
        QTest::newRow("a millisecond short") << QList<qint64>{0, 10} << qint64(59'999) << 2 << qint64(1);
        QTest::newRow("a minute old has left") << QList<qint64>{0, 10} << qint64(60'000) << 2 << qint64(0);
        QTest::newRow("one a minute") << QList<qint64>{0, 30'000} << qint64(40'000) << 1 << qint64(50'000);
    }
    void embeddings_keepToTheRequestsPerMinute()
    {
        QFETCH(QList<qint64>, starts);
        QFETCH(qint64, now);
        QFETCH(int, perMinute);
        QFETCH(qint64, delay);
        QCOMPARE(PoolEmbedder::delayBeforeCall(starts, now, perMinute), delay);
    }

    void embeddings_waitForTheRequestsPerMinute_onTheSchedulersClock()
    {
        m_scheduler->setLimits({.globalConcurrency = 16, .endpointConcurrency = 8, .requestsPerMinute = 2});
        m_scheduler->setClock([] { return qint64(5000); }); // time stands still: the limit must wait
        QStringList texts;
        for (int i = 0; i < 3 * PoolEmbedder::TextsPerCall; ++i) {
            texts.append(u"text %1"_s.arg(i));
        }
        PoolEmbedder embedder(m_scheduler.get());
        QSignalSpy paced(&embedder, &PoolEmbedder::paced);
        QSignalSpy progress(&embedder, &PoolEmbedder::progress);
        embedder.start(m_config.endpoint(u"local"_s)->endpoint, u"embedder"_s, {}, texts);
        QVERIFY(paced.wait(10000));
        QCOMPARE(paced.first().at(0).toInt(), 60'000); // until the first call is a minute old
        QCOMPARE(m_server->requests().size(), 2);
        QCOMPARE(progress.last().at(0).toInt(), 2 * PoolEmbedder::TextsPerCall);
        embedder.cancel();
    }

    void embeddings_unusableReply_stopsTheRunBeforeAnyAnnotatorIsPaid_data()
    {
        QTest::addColumn<bool>("indexed");
        QTest::addColumn<int>("shortFrom");
        QTest::addColumn<QString>("message");
        QTest::newRow("no indices") << false << -1 << u"embedding 0 of the reply has no index"_s;
        QTest::newRow("differing lengths")
            << true << 5 << u"embedding 5 has 4 dimensions, embedding 0 has 8"_s;
    }
    void embeddings_unusableReply_stopsTheRunBeforeAnyAnnotatorIsPaid()
    {
        QFETCH(bool, indexed);
        QFETCH(int, shortFrom);
        QFETCH(QString, message);
        int requests = 0;
        const auto server = embeddingsServer(
            [indexed, shortFrom](const QJsonArray &inputs) {
                QList<QJsonArray> vectors;
                for (qsizetype i = 0; i < inputs.size(); ++i) {
                    vectors.append(shortFrom >= 0 && i >= shortFrom
                            ? QJsonArray{0.1, 0.2, 0.3, 0.4}
                            : QJsonArray{0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8});
                }
                return openAiEmbeddings(vectors, indexed);
            },
            &requests);
        QVERIFY(server != nullptr);
        PilotConfig::EndpointEntry entry;
        entry.endpoint.id = u"vectors"_s;
        entry.endpoint.baseUrl = QUrl(u"http://127.0.0.1:%1/v1"_s.arg(server->serverPort()));
        m_config.endpoints.append(entry);
        m_config.embeddings = PilotConfig::Embeddings{u"vectors"_s, u"embedder"_s};
        PilotRun run(m_config, m_documents, m_gold, m_scheduler.get(), {});
        QSignalSpy failed(&run, &PilotRun::failed);
        QSignalSpy calls(&run, &PilotRun::callRecorded);
        run.start();
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.first().at(0).toString(),
            u"embeddings (vectors, embedder): the reply cannot be used: "_s + message);
        QCOMPARE(requests, 1);
        QCOMPARE(calls.size(), 1);
        QVERIFY(calls.first().at(0).value<LlmCallRecord>().response.contains("\"embedding\"")); // shown whole
        QVERIFY(m_server->requests().isEmpty()); // no annotator call went out
    }

    void endOfThePool_isSaidSo_notRounds()
    {
        m_config.knobs.rounds = 10; // more rounds than the pool has batches
        m_config.knobs.finalLabelling = false;
        PilotRun run(m_config, m_documents, m_gold, m_scheduler.get(), {});
        QSignalSpy analysed(&run, &PilotRun::roundAnalysed);
        QSignalSpy finished(&run, &PilotRun::finished);
        rejectEveryProposal(run); // no evidence: no plateau stop
        run.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(analysed.size(), run.batches().size());
        QCOMPARE(PilotRun::reasonName(finished.first().at(0).value<PilotRun::FinishReason>()),
            u"pool exhausted"_s);
        QCOMPARE(run.finalOutcome(), PilotRun::FinalOutcome::Skipped);
        QCOMPARE(run.finalNote(), u"final_labelling is off in the configuration"_s);
    }

    void budget_estimatedAndCappedBeforeSpending_data()
    {
        QTest::addColumn<double>("annotatorPrice");
        QTest::addColumn<double>("supervisorPrice");
        QTest::addColumn<double>("budget");
        // alpha's 4 calls alone cost more than the budget.
        QTest::newRow("annotators") << 1000.0 << 0.0 << 0.01;
        // Annotators cost next to nothing; the supervisor's six calls alone pass the budget.
        QTest::newRow("supervisor") << 0.01 << 1000.0 << 1.0;
    }
    void budget_estimatedAndCappedBeforeSpending()
    {
        QFETCH(double, annotatorPrice);
        QFETCH(double, supervisorPrice);
        QFETCH(double, budget);
        m_config.prices.set({u"alpha"_s, annotatorPrice, annotatorPrice, u"2026-11-26"_s, u"test"_s});
        m_config.prices.set({u"sup"_s, supervisorPrice, supervisorPrice, u"2026-11-26"_s, u"test"_s});
        m_config.budgetUsd = budget;
        PilotRun run(m_config, m_documents, m_gold, m_scheduler.get(), {});
        QSignalSpy estimated(&run, &PilotRun::estimated);
        QSignalSpy finished(&run, &PilotRun::finished);
        run.start();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(PilotRun::reasonName(finished.first().at(0).value<PilotRun::FinishReason>()), u"budget"_s);
        // 3 annotators x 4 documents, and the supervisor's 6 calls (phases 1, 3, 4 and one phase 2 each).
        QCOMPARE(estimated.first().at(1).toLongLong(), 12 + 6);
        QVERIFY(estimated.first().at(3).value<Cost>().usd > budget);
        // beta's and gamma's models have no price: their 4 calls each are counted, not priced at 0.
        QCOMPARE(estimated.first().at(3).value<Cost>().unpriced, 2 * 4);
        QCOMPARE(m_server->requests().size(), 0); // nothing was sent
    }

    void cutOffReplies_areAskedAgainWithTwiceTheAllowance()
    {
        // gamma runs into the output limit whenever it is held to the configured 8000 tokens.
        m_server->setHandler([](const ProtocolServer::Request &request) {
            ProtocolServer::Script script = ScriptedPilot::answer(request);
            if (request.json().value(u"model"_s).toString() == u"gamma"_s
                && request.json().value(u"max_tokens"_s).toInt() <= 8000) {
                script.content = script.content.left(script.content.size() / 2);
                script.cutOff = true;
            }
            return script;
        });
        m_config.knobs.finalLabelling = false;
        PilotRun run(m_config, m_documents, m_gold, m_scheduler.get(), {});
        QSignalSpy analysed(&run, &PilotRun::roundAnalysed);
        run.start();
        QVERIFY(analysed.wait(20000));
        QVERIFY(run.failedItems().isEmpty()); // the second answer, with 16000 tokens, was whole
        int doubled = 0;
        for (const ProtocolServer::Request &request : m_server->requests()) {
            doubled += request.json().value(u"max_tokens"_s).toInt() == 16000 ? 1 : 0;
        }
        QCOMPARE(doubled, 4); // once for each of gamma's pieces
    }

    void repliesThatStoppedARunOrFailedAPiece_areAskedAgain_notReadBackFromTheCache()
    {
        // The supervisor answers prose while broken, and gamma cannot answer in JSON: the run
        // stops at phase 1 with gamma's four pieces failed.
        bool broken = true;
        m_server->setHandler([&broken](const ProtocolServer::Request &request) {
            const QString model = request.json().value(u"model"_s).toString();
            if (broken && (model == u"sup"_s || model == u"gamma"_s)) {
                return ProtocolServer::Script{.content = u"Sorry, I cannot do that today."_s};
            }
            return ScriptedPilot::answer(request);
        });
        m_config.knobs.jsonRetries = 1;
        MemoryResponseCache cache;
        m_scheduler->setCache(&cache);
        {
            PilotRun run(m_config, m_documents, m_gold, m_scheduler.get(), {});
            QSignalSpy failed(&run, &PilotRun::failed);
            run.start();
            QVERIFY(failed.wait(20000));
            QVERIFY2(failed.first().at(0).toString().startsWith(u"supervisor (patterns): "_s),
                qPrintable(failed.first().at(0).toString()));
            QCOMPARE(run.failedItems().size(), 4);
        }
        // Mended, the run resumes: alpha's and beta's replies come from the cache, while gamma's
        // and the supervisor's unusable ones are asked again (read back, they would stop it forever).
        broken = false;
        m_server->clearRequests();
        PilotRun again(m_config, m_documents, m_gold, m_scheduler.get(), {});
        QSignalSpy proposals(&again, &PilotRun::proposalReady);
        again.start();
        QVERIFY(proposals.wait(20000));
        QVERIFY(again.failedItems().isEmpty());
        QMap<QString, int> sent;
        for (const ProtocolServer::Request &request : m_server->requests()) {
            ++sent[request.json().value(u"model"_s).toString()];
        }
        QCOMPARE(sent.value(u"alpha"_s), 0);
        QCOMPARE(sent.value(u"beta"_s), 0);
        QCOMPARE(sent.value(u"gamma"_s), 4);
        QVERIFY(sent.value(u"sup"_s) >= 4);
    }

    void finalChoice_passesOverAnAnnotatorThatLeftDocumentsOut()
    {
        // flaky agreed most over the documents it managed, but failed on five of them.
        RoundSummary round;
        RoundSummary::Annotator flaky;
        flaky.name = u"flaky"_s;
        flaky.meanAgreement = 0.93;
        flaky.leftOut = 5;
        RoundSummary::Annotator steady;
        steady.name = u"steady"_s;
        steady.meanAgreement = 0.89;
        round.annotators = {flaky, steady};
        const std::optional<FinalChoice> choice = FinalChoice::choose({round});
        QCOMPARE(choice->annotator, u"steady"_s);
        QVERIFY2(choice->reason.endsWith(
                     u"passed over, though agreeing more: flaky (could not label 5 documents)"_s),
            qPrintable(choice->reason));
    }

    void unreadableReplies_areAskedAgain_thenKeptAsFailures()
    {
        int garbage = 0;
        m_server->setHandler([&garbage](const ProtocolServer::Request &request) {
            const QString model = request.json().value(u"model"_s).toString();
            if (model == u"gamma") {
                ++garbage;
                return ProtocolServer::Script{.content = u"Sorry, I cannot produce JSON today."_s};
            }
            return ScriptedPilot::answer(request);
        });
        m_config.knobs.jsonRetries = 2;
        m_config.knobs.finalLabelling = false;
        PilotRun run(m_config, m_documents, m_gold, m_scheduler.get(), {});
        QSignalSpy analysed(&run, &PilotRun::roundAnalysed);
        run.start();
        QVERIFY(analysed.wait(20000));
        QCOMPARE(garbage, 4 * 3); // each of gamma's 4 items: the call and 2 requests for JSON
        QCOMPARE(run.failedItems().size(), 4);
        QCOMPARE(run.failedItems().first().raw, u"Sorry, I cannot produce JSON today."_s);
        QCOMPARE(analysed.first().at(0).value<RoundSummary>().annotators.at(2).failedItems, 4);
        // Asked again in the same conversation: 1, then 3, then 5 messages, the model's answer inside.
        QMap<qsizetype, int> lengths;
        for (const ProtocolServer::Request &request : m_server->requests()) {
            if (request.json().value(u"model"_s).toString() == u"gamma"_s) {
                const QJsonArray messages = request.json().value(u"messages"_s).toArray();
                ++lengths[messages.size()];
                if (messages.size() == 5) {
                    QCOMPARE(messages.at(3).toObject().value(u"role"_s).toString(), u"assistant"_s);
                    QCOMPARE(messages.at(3).toObject().value(u"content"_s).toString(),
                        u"Sorry, I cannot produce JSON today."_s);
                    QVERIFY(messages.at(4)
                                .toObject()
                                .value(u"content"_s)
                                .toString()
                                .contains(u"JSON object only"_s));
                }
            }
        }
        QCOMPARE(lengths, (QMap<qsizetype, int>{{1, 4}, {3, 4}, {5, 4}}));
    }

    void failedPieces_areReported_thenSentAfresh_pastTheCache()
    {
        // gamma cannot answer for the second document of the batch; everything else is fine.
        MemoryResponseCache cache;
        m_scheduler->setCache(&cache);
        m_config.knobs.jsonRetries = 0;
        m_config.knobs.finalLabelling = false;
        QString broken;
        bool brokenFixed = false;
        m_server->setHandler([&](const ProtocolServer::Request &request) {
            const QString model = request.json().value(u"model"_s).toString();
            const QString prompt =
                request.json().value(u"messages"_s).toArray().last()[u"content"_s].toString();
            if (model == u"gamma" && !broken.isEmpty() && prompt.contains(broken) && !brokenFixed) {
                return ProtocolServer::Script{.content = u"No JSON from me."_s};
            }
            return ScriptedPilot::answer(request);
        });
        PilotRun run(m_config, m_documents, m_gold, m_scheduler.get(), {});
        const Document second = run.batchDocuments().at(1);
        broken = second.text();
        QSignalSpy analysed(&run, &PilotRun::roundAnalysed);
        QSignalSpy proposals(&run, &PilotRun::proposalReady);
        QSignalSpy failures(&run, &PilotRun::itemFailed);
        QSignalSpy progress(&run, &PilotRun::annotatorProgress);
        QSignalSpy recorded(m_scheduler.get(), &Scheduler::callRecorded);
        run.start();
        QVERIFY(proposals.wait(20000));
        QCOMPARE(failures.size(), 1);
        const FailedItem failure = failures.first().at(0).value<FailedItem>();
        QCOMPARE(failure.annotator, u"gamma"_s);
        QCOMPARE(failure.document, second.id());
        QCOMPARE(failure.chunkStart, 0);
        QCOMPARE(failure.raw, u"No JSON from me."_s);
        const RoundSummary round0 = analysed.first().at(0).value<RoundSummary>();
        QCOMPARE(round0.failures.size(), 1);
        // Every annotator call names its document in the log; the supervisor's name none.
        QStringList batchIds;
        for (const Document &document : run.batchDocuments()) {
            batchIds.append(document.id());
        }
        QMap<QString, int> callsPerDocument;
        for (const QList<QVariant> &signal : std::as_const(recorded)) {
            const auto record = signal.at(0).value<LlmCallRecord>();
            if (record.annotator == u"supervisor") {
                QCOMPARE(record.document, QString());
            } else {
                QVERIFY2(batchIds.contains(record.document), qPrintable(record.document));
                ++callsPerDocument[record.document];
            }
        }
        QCOMPARE(callsPerDocument.size(), 4);
        QCOMPARE(callsPerDocument.value(second.id()), 3); // alpha, beta, gamma
        QCOMPARE(round0.failures.first().key(), failure.key());
        // Per annotator: from 0 of 4 up to 4 of 4, the failed piece counted as done.
        QMap<QString, QList<int>> seen;
        for (const QList<QVariant> &signal : std::as_const(progress)) {
            QCOMPARE(signal.at(2).toInt(), 4);
            seen[signal.at(0).toString()].append(signal.at(1).toInt());
        }
        for (const QString &name : {u"alpha"_s, u"beta"_s, u"gamma"_s}) {
            QCOMPARE(seen.value(name), (QList<int>{0, 1, 2, 3, 4}));
        }

        // The retry: the same round again, the failed piece past the cache, the rest from it.
        brokenFixed = true;
        m_server->clearRequests();
        PilotRun again(m_config, m_documents, m_gold, m_scheduler.get(), {});
        again.restart(run.guideline(), {}); // the goal, version 0: the same prompts
        again.retryAfresh(round0.failures);
        QSignalSpy againAnalysed(&again, &PilotRun::roundAnalysed);
        QSignalSpy againFailures(&again, &PilotRun::itemFailed);
        again.start();
        QVERIFY(againAnalysed.wait(20000));
        QMap<QString, int> sent;
        for (const ProtocolServer::Request &request : m_server->requests()) {
            ++sent[request.json().value(u"model"_s).toString()];
        }
        QCOMPARE(sent.value(u"gamma"_s), 1);
        QCOMPARE(sent.value(u"alpha"_s), 0);
        QCOMPARE(sent.value(u"beta"_s), 0);
        QVERIFY(againFailures.isEmpty());
        QVERIFY(againAnalysed.first().at(0).value<RoundSummary>().failures.isEmpty());
        QVERIFY(!again.layers().value(u"gamma"_s).at(1).isEmpty()); // labelled now
        // The fresh reply replaced the unreadable one in the cache: a third run sends nothing.
        m_server->clearRequests();
        PilotRun third(m_config, m_documents, m_gold, m_scheduler.get(), {});
        third.restart(run.guideline(), {});
        QSignalSpy thirdAnalysed(&third, &PilotRun::roundAnalysed);
        third.start();
        QVERIFY(thirdAnalysed.wait(20000));
        for (const ProtocolServer::Request &request : m_server->requests()) {
            QCOMPARE(request.json().value(u"model"_s).toString(), u"sup"_s); // the supervisor only
        }
        QVERIFY(thirdAnalysed.first().at(0).value<RoundSummary>().failures.isEmpty());
        m_scheduler->setCache(nullptr);
    }

    void roundSummary_keepsDroppedAnnotatorsAndFailures()
    {
        RoundSummary summary;
        summary.round = 2;
        summary.dropped = {u"mute"_s};
        summary.failures = {{u"gamma"_s, u"doc-7"_s, 120, u"no JSON"_s, u"raw \u00e9"_s}};
        const RoundSummary back = RoundSummary::fromJson(summary.toJson());
        QCOMPARE(back.dropped, QStringList{u"mute"_s});
        QCOMPARE(back.failures.size(), 1);
        QCOMPARE(back.failures.first().key(), summary.failures.first().key());
        QCOMPARE(back.failures.first().error, u"no JSON"_s);
        QCOMPARE(back.failures.first().raw, u"raw \u00e9"_s);
        // Projects written before failures were kept read as having none.
        QJsonObject older = summary.toJson();
        older.remove(u"failures"_s);
        QVERIFY(RoundSummary::fromJson(older).failures.isEmpty());
    }

private:
    //! Two rounds as a project would hold them, with \a pools as their pool agreement: round r
    //! ran under guideline vr; beta agreed most in round 0, alpha in round 1.
    static QList<RoundSummary> madeUpHistory(const QList<double> &pools)
    {
        QList<RoundSummary> history;
        for (int r = 0; r < pools.size(); ++r) {
            RoundSummary round;
            round.round = r;
            round.guidelineVersion = r;
            round.poolAgreement = pools.at(r);
            round.changesAccepted = 1;
            for (const auto &[name, agreement] : QList<std::pair<QString, double>>{
                     {u"alpha"_s, r == 0 ? 0.5 : 0.8}, {u"beta"_s, r == 0 ? 0.9 : 0.6}, {u"gamma"_s, 0.4}}) {
                RoundSummary::Annotator annotator;
                annotator.name = name;
                annotator.meanAgreement = agreement;
                round.annotators.append(annotator);
            }
            history.append(round);
        }
        return history;
    }
    //! Every proposal is accepted whole as it comes.
    void acceptEveryProposal(PilotRun &run)
    {
        connect(&run, &PilotRun::proposalReady, this, [&run](Proposal proposal) {
            for (ProposalChange &change : proposal.changes) {
                change.decision = ProposalChange::Decision::Accepted;
            }
            run.decide(proposal);
        });
    }
    //! Every proposal is rejected whole as it comes: the guideline never changes.
    void rejectEveryProposal(PilotRun &run)
    {
        connect(&run, &PilotRun::proposalReady, this, [&run](Proposal proposal) {
            for (ProposalChange &change : proposal.changes) {
                change.decision = ProposalChange::Decision::Rejected;
            }
            run.decide(proposal);
        });
    }
    QNetworkAccessManager m_nam;
    std::unique_ptr<ProtocolServer> m_server;
    std::unique_ptr<Scheduler> m_scheduler;
    PilotConfig m_config;
    QList<Document> m_documents;
    DocumentSpans m_gold;
};

QTEST_GUILESS_MAIN(TestPilotRun)
#include "tst_pilotrun.moc"
