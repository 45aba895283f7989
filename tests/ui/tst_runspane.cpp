// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
// A whole pilot run from the workbench: Continue in the runs pane runs round 0 against the
// scripted annotators and supervisor on 127.0.0.1, the review pane takes the decisions, and
// Continue again runs on to the end; the project holds every call, version and the final layer.
#include "delegates/progressdelegate.h"
#include "mainwindow.h"
#include "models/calllogmodel.h"
#include "models/documentroles.h"
#include "pilot/pilotconfig.h"
#include "pilotworker.h"
#include "scriptedpilot.h"
#include "session/corpuslabelling.h"
#include "session/pilotsession.h"
#include "store/layerrepository.h"
#include "store/pilotrepository.h"
#include "store/projectstore.h"
#include "store/roundlayerrepository.h"
#include "views/calllogpane.h"
#include "views/roundschart.h"
#include "views/runspane.h"
#include "windowfixture.h"

#include <QAreaSeries>
#include <QBarSet>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineSeries>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QStackedBarSeries>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QThread>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench;
using Test::ScriptedPilot;

namespace {

//! While broken, gamma answers in prose about the first text it is asked about (and, with
//! supervisorDown, the supervisor refuses with HTTP 400); every other call is the scripted pilot's.
struct BrokenGamma
{
    bool broken = true;
    bool supervisorDown = false;
    QString text; //!< the text gamma cannot answer about

    //! The text an annotator's conversation is about (what follows the prompt's "## Text").
    static QString textOf(const Test::ProtocolServer::Request &request)
    {
        const QString prompt = request.json().value(u"messages"_s).toArray().first()[u"content"_s].toString();
        return prompt.mid(prompt.lastIndexOf(u"## Text\n"_s)).trimmed();
    }
    void install(Test::ProtocolServer &server)
    {
        server.setHandler([this](const Test::ProtocolServer::Request &request) {
            const QString model = request.json().value(u"model"_s).toString();
            if (broken && supervisorDown && model == u"sup") {
                return Test::ProtocolServer::Script{
                    .status = 400, .errorMessage = u"context length exceeded"_s};
            }
            if (broken && model == u"gamma") {
                text = text.isEmpty() ? textOf(request) : text;
                if (textOf(request) == text) {
                    return Test::ProtocolServer::Script{.content = u"No JSON from me."_s};
                }
            }
            return ScriptedPilot::answer(request);
        });
    }
};

//! The SQLite connections open at each of a worker's signals, read on the worker's thread as it
//! emits (before anything else could close them), and whether it said it stopped.
struct ConnectionWatch
{
    QStringList whileRunning;
    QStringList atStop;
    bool stopped = false;

    template<typename RunningSignal>
    void watch(Ui::PilotWorker *worker, RunningSignal running, QObject *context)
    {
        QObject::connect(
            worker, running, worker, [this] { whileRunning = QSqlDatabase::connectionNames(); },
            Qt::DirectConnection);
        QObject::connect(
            worker, &Ui::PilotWorker::stopped, worker, [this] { atStop = QSqlDatabase::connectionNames(); },
            Qt::DirectConnection);
        // Queued after the direct one: its event, posted later, also publishes what that wrote.
        QObject::connect(worker, &Ui::PilotWorker::stopped, context, [this] { stopped = true; });
    }
};

} // namespace

class TestRunsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void continue_review_continue_toTheEnd()
    {
        Test::ProtocolServer server;
        server.setHandler(&ScriptedPilot::answer);
        QTemporaryDir dir;
        const QString path = ScriptedPilot::createProject(dir.path(), server.url(), 8, 4, 2);
        QVERIFY(!path.isEmpty());
        Ui::MainWindow window;
        QVERIFY(Test::showProject(window, path));
        auto *continueButton = window.findChild<QPushButton *>(u"continuePilot"_s);
        QVERIFY(continueButton != nullptr);
        QTRY_VERIFY(continueButton->isEnabled());

        QSignalSpy stopped(&window, &Ui::MainWindow::pilotStopped);
        QTest::mouseClick(continueButton, Qt::LeftButton);
        QVERIFY(stopped.wait(60000));
        QCOMPARE(stopped.first().at(0).toInt(), int(Core::PilotSession::Outcome::AwaitingDecision));
        // Round 0: every annotator's four calls and the supervisor's four, all shown.
        auto *calls = window.findChild<QTableView *>(u"callLog"_s);
        QCOMPARE(calls->model()->rowCount(), 3 * 4 + 4);
        auto *totals = window.findChild<QTableWidget *>(u"annotatorTotals"_s);
        QCOMPARE(totals->rowCount(), 4);
        // The round's snapped mentions per annotator (these annotators answer whole tokens), and
        // none for the supervisor, which labels nothing.
        QCOMPARE(totals->horizontalHeaderItem(7)->text(), u"Snapped"_s);
        for (int row = 0; row < totals->rowCount(); ++row) {
            const QTableWidgetItem *snapped = totals->item(row, 7);
            const bool supervisor = totals->item(row, 0)->text() == u"supervisor"_s;
            QVERIFY2(supervisor ? (snapped == nullptr || snapped->text().isEmpty())
                                : (snapped != nullptr && snapped->text() == u"0"_s),
                qPrintable(totals->item(row, 0)->text()));
        }
        // 3 annotators x 4 documents and the supervisor's 3 + 3 calls.
        QVERIFY(window.findChild<QLabel *>(u"runEstimate"_s)->text().contains(u"18"_s));
        QVERIFY(!continueButton->isEnabled()); // the proposal comes first

        // The call log pane reads the project: the round's calls, then those about one document.
        window.findChild<QDockWidget *>(u"callLogDock"_s)->raise();
        auto *logPane = window.findChild<Ui::CallLogPane *>(u"callLogPane"_s);
        QSignalSpy logLoaded(logPane, &Ui::CallLogPane::loaded);
        logPane->setScope(Ui::CallLogPane::Scope::Project);
        QTRY_VERIFY(!logLoaded.isEmpty() && logLoaded.last().at(0).toInt() == 3 * 4 + 4);
        QString annotated; // a document of the round's batch
        for (const Core::LlmCallRecord &record : logPane->model()->records()) {
            annotated = record.annotator == u"supervisor" ? annotated : record.document;
        }
        QVERIFY(!annotated.isEmpty());
        logPane->setScope(Ui::CallLogPane::Scope::Document);
        auto *documents = window.findChild<QTableView *>(u"documentList"_s);
        const QModelIndexList match =
            documents->model()->match(documents->model()->index(0, Ui::DocumentRoles::IdColumn),
                Qt::DisplayRole, annotated, 1, Qt::MatchExactly);
        QCOMPARE(match.size(), 1);
        logLoaded.clear();
        documents->setCurrentIndex(match.first());
        QTRY_VERIFY(!logLoaded.isEmpty() && logLoaded.last().at(0).toInt() == 3); // alpha, beta, gamma
        QStringList annotators;
        for (const Core::LlmCallRecord &record : logPane->model()->records()) {
            QCOMPARE(record.document, annotated);
            annotators.append(record.annotator);
        }
        annotators.sort();
        QCOMPARE(annotators, (QStringList{u"alpha"_s, u"beta"_s, u"gamma"_s}));
        auto *logTable = window.findChild<QTableView *>(u"projectCallLog"_s);
        logTable->setCurrentIndex(logTable->model()->index(0, 0));
        const QString detail = window.findChild<QPlainTextEdit *>(u"projectCallDetail"_s)->toPlainText();
        QVERIFY(detail.startsWith(u"POST "_s));
        QVERIFY(detail.contains(u"Response:"_s));
        QVERIFY(detail.contains(u"entities"_s));

        // The review pane has the proposal: accept both changes and save.
        auto *changes = window.findChild<QListView *>(u"proposalChanges"_s);
        QTRY_COMPARE(changes->model()->rowCount(), 2);
        // Round 0's guideline has no instructions yet: the change cap does not apply, and says so.
        QVERIFY2(
            window.findChild<QLabel *>(u"proposalSummary"_s)->text().contains(u"no change cap applies"_s),
            qPrintable(window.findChild<QLabel *>(u"proposalSummary"_s)->text()));
        // Read back from the project: each change with the analysis of its pattern and its examples.
        changes->setCurrentIndex(changes->model()->index(0, 0));
        const QString changeDetail = window.findChild<QTextBrowser *>(u"changeDetail"_s)->toPlainText();
        QVERIFY2(changeDetail.contains(u"root cause: the guideline says nothing of titles"_s),
            qPrintable(changeDetail));
        QVERIFY2(changeDetail.contains(u"the title inside the name (beta)"_s), qPrintable(changeDetail));
        QVERIFY2(changeDetail.contains(u"the name alone (alpha, gamma)"_s), qPrintable(changeDetail));
        QVERIFY2(changeDetail.contains(u"common error: Dr. Ada Lovelace: PER"_s), qPrintable(changeDetail));
        QTest::mouseClick(window.findChild<QPushButton *>(u"acceptAll"_s), Qt::LeftButton);
        QSignalSpy saved(&window, &Ui::MainWindow::decisionsSaved);
        QTest::mouseClick(window.findChild<QPushButton *>(u"saveDecisions"_s), Qt::LeftButton);
        QVERIFY(saved.wait(30000));
        QCOMPARE(saved.first().at(0).toString(), QString());

        // Continue: round 1 under the new version, then the final labelling of the pool.
        QTRY_VERIFY(continueButton->isEnabled());
        stopped.clear();
        QTest::mouseClick(continueButton, Qt::LeftButton);
        QVERIFY(stopped.wait(60000));
        QCOMPARE(stopped.first().at(0).toInt(), int(Core::PilotSession::Outcome::Finished));
        QTRY_VERIFY(window.findChild<QLabel *>(u"runStatus"_s)->text().contains(u"finished"_s));
        QVERIFY(!continueButton->isEnabled());

        // The rounds chart: agreement rising to 1.0 under the new guideline; F1 as gold exists.
        auto *chart = window.findChild<Ui::RoundsChart *>(u"roundsChart"_s);
        QTRY_COMPARE(chart->agreementSeries()->count(), 2);
        QVERIFY(chart->agreementSeries()->at(0).y() < 1.0);
        QCOMPARE(chart->agreementSeries()->at(1).y(), 1.0);
        QCOMPARE(chart->f1Series()->count(), 2);
        QCOMPARE(chart->costSeries()->barSets().first()->count(), 2);
        // The supervisor's cost beside the annotators', and the agreement's interval as a band.
        QCOMPARE(chart->costSeries()->barSets().size(), 2);
        QCOMPARE(chart->agreementBand()->upperSeries()->count(), 2);
        QVERIFY(chart->agreementBand()->lowerSeries()->at(0).y() <= chart->agreementSeries()->at(0).y());
        QVERIFY(chart->agreementBand()->upperSeries()->at(0).y() >= chart->agreementSeries()->at(0).y());
        // Round 1 ran after accepted changes: hovering it says the improvement and its interval.
        QVERIFY2(
            chart->roundText(1).contains(u"Improvement over round 0: "_s), qPrintable(chart->roundText(1)));

        auto store = Core::ProjectStore::open(path, Core::ProjectStore::Access::ReadOnly);
        QVERIFY(store.has_value());
        Core::PilotRepository pilot(**store);
        const qint64 runId = pilot.run()->first;
        QCOMPARE(pilot.runStatus(runId), Core::RunStatus::Finished);
        QCOMPARE(pilot.latestGuideline()->version, 1);
        const QList<Core::RoundSummary> rounds = pilot.rounds(runId);
        QCOMPARE(rounds.size(), 2);
        QCOMPARE(rounds.last().poolAgreement, 1.0); // the rules made them agree
        bool finalLayer = false;
        const auto layers = Core::LayerRepository(**store).list(); // named: *temporary would dangle
        for (const auto &layer : *layers) {
            finalLayer = finalLayer || (layer.name.startsWith(u"final-"_s) && layer.spanCount == 8 * 2);
        }
        QVERIFY(finalLayer);
        // The rounds the window ran keep each annotator's labels as layers, as the CLI's do.
        const auto roundLayers = Core::RoundLayerRepository(**store).list();
        QCOMPARE(roundLayers->size(), 2 * 3);
        QCOMPARE(roundLayers->first().name, u"round0/alpha"_s);
        QCOMPARE(roundLayers->last().origin.round, 1);
        QCOMPARE(roundLayers->last().origin.guidelineVersion, 1);
        // Every request went to the local server, none twice beyond its retries.
        for (const auto &request : server.requests()) {
            QVERIFY(!request.body.isEmpty());
        }
        store->reset();

        // Label the corpus with gamma through the OpenAI batch engine: the first press estimates,
        // the second starts; the batch is polled, taken in and read like interactive replies.
        auto *label = window.findChild<QPushButton *>(u"labelCorpus"_s);
        auto *annotator = window.findChild<QComboBox *>(u"labelAnnotator"_s);
        auto *engine = window.findChild<QComboBox *>(u"labelEngine"_s);
        auto *version = window.findChild<QComboBox *>(u"labelVersion"_s);
        auto *reason = window.findChild<QLabel *>(u"labelChoiceReason"_s);
        QTRY_VERIFY(label->isEnabled());
        window.findChild<Ui::RunsPane *>()->setBatchPollInterval(0); // the server ends batches at once
        // The rounds' choice, and why, before anything is chosen: round 1 under v1 agreed most.
        QCOMPARE(version->currentText(), u"Guideline the rounds chose (v1)"_s);
        QVERIFY2(reason->text().contains(u"round 1 had the highest pool agreement of 2 rounds"_s),
            qPrintable(reason->text()));
        // The user takes the first version instead, and gamma.
        version->setCurrentIndex(version->findData(0));
        annotator->setCurrentIndex(annotator->findData(u"gamma"_s));
        QVERIFY2(reason->text().startsWith(u"Labels with gamma under guideline v0: "_s),
            qPrintable(reason->text()));
        engine->setCurrentIndex(engine->findData(int(Core::CorpusLabelling::Engine::OpenAiBatch)));
        QVERIFY(
            !qobject_cast<QStandardItemModel *>(engine->model())->item(2)->isEnabled()); // not Anthropic's
        server.clearRequests();
        QTest::mouseClick(label, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(u"Start"_s), 30000);
        QVERIFY(window.findChild<QLabel *>(u"runEstimate"_s)->text().contains(u"gamma"_s));
        QCOMPARE(server.requests().size(), 0); // estimating sends nothing
        stopped.clear();
        QTest::mouseClick(label, Qt::LeftButton);
        QVERIFY(stopped.wait(60000));
        QCOMPARE(stopped.first().at(0).toInt(), int(Core::PilotSession::Outcome::Finished));
        QTRY_VERIFY(window.findChild<QLabel *>(u"runStatus"_s)->text().contains(u"final-gamma"_s));
        QCOMPARE(server.batchesCreated(), 1);
        QCOMPARE(server.batchRequestsRun(), 4); // prompted as round 0 was: its 4 documents cached
        for (const auto &request : server.requests()) {
            QVERIFY2(!request.path.endsWith("/chat/completions"), request.path.constData()); // all by batch
        }
        auto after = Core::ProjectStore::open(path, Core::ProjectStore::Access::ReadOnly);
        QVERIFY(after.has_value());
        const auto gammaLayer = Core::LayerRepository(**after).find(u"final-gamma"_s);
        QVERIFY(gammaLayer.has_value());
        QCOMPARE(gammaLayer->provenance.tool, u"pilot final labelling, guideline v0"_s);
        for (const auto &request : server.requests()) { // v0 has none of the accepted rules
            QVERIFY(!QString::fromUtf8(request.body).contains(QLatin1String(ScriptedPilot::titleRule)));
        }
    }

    void labelsAboveTheTables_keepEveryLine_inASmallWindow()
    {
        Test::ProtocolServer server;
        server.setHandler(&ScriptedPilot::answer);
        QTemporaryDir dir;
        const QString path = ScriptedPilot::createProject(dir.path(), server.url(), 8, 4, 2);
        QVERIFY(!path.isEmpty());
        Ui::MainWindow window;
        window.resize(885, 706); // the smallest size the window is checked at (tst_windowfit)
        QVERIFY(Test::showProject(window, path));
        auto *continueButton = window.findChild<QPushButton *>(u"continuePilot"_s);
        QTRY_VERIFY(continueButton->isEnabled());
        QSignalSpy stopped(&window, &Ui::MainWindow::pilotStopped);
        QTest::mouseClick(continueButton, Qt::LeftButton);
        QVERIFY(stopped.wait(60000));
        window.findChild<QDockWidget *>(u"runsDock"_s)->raise();
        // After the round: its status, the labelling's choice and why, its estimate, its counters.
        auto *reason = window.findChild<QLabel *>(u"labelChoiceReason"_s);
        QTRY_VERIFY(reason->isVisible() && reason->text().contains(u"guideline v0"_s));
        const auto cut = [&window] {
            QStringList lines;
            for (const QLabel *label : window.findChild<Ui::RunsPane *>()->findChildren<QLabel *>()) {
                const int needed = label->heightForWidth(label->width());
                if (label->isVisible() && label->wordWrap() && label->height() < needed) {
                    lines.append(u"%1 %2 < %3"_s.arg(label->objectName()).arg(label->height()).arg(needed));
                }
            }
            return lines.join(u", "_s);
        };
        QTRY_COMPARE(cut(), QString());
        // Wider: fewer lines, none cut either.
        window.resize(1600, 1000);
        QTRY_COMPARE(window.size(), QSize(1600, 1000));
        QTRY_COMPARE(cut(), QString());
    }

    void worker_closesItsProject_beforeItSaysItStopped()
    {
        // One owner for the worker's connection, closed on the worker's thread before the stop is
        // reported: a connection left to close later once outlived its thread (LeakSanitizer
        // found libsqlite3's memory after this test).
        Test::ProtocolServer server;
        server.setHandler(&ScriptedPilot::answer);
        QTemporaryDir dir;
        const QString path = ScriptedPilot::createProject(dir.path(), server.url(), 8, 4, 2);
        QVERIFY(!path.isEmpty());
        QVERIFY(QSqlDatabase::connectionNames().isEmpty());
        QObject context;
        QThread thread; // the workers' thread, as the runs pane gives each run one
        thread.start();
        const auto newWorker = [&thread, &path] {
            auto *worker = new Ui::PilotWorker(path, {}, 0);
            worker->moveToThread(&thread);
            QObject::connect(worker, &Ui::PilotWorker::stopped, worker, &QObject::deleteLater);
            return worker;
        };

        // A round, to its proposal.
        ConnectionWatch round;
        Ui::PilotWorker *worker = newWorker();
        round.watch(worker, &Ui::PilotWorker::estimated, &context);
        QMetaObject::invokeMethod(worker, &Ui::PilotWorker::continuePilot, Qt::QueuedConnection);
        QTRY_VERIFY_WITH_TIMEOUT(round.stopped, 60000);
        QCOMPARE(round.whileRunning.size(), 1); // the worker's own, while the round ran
        QVERIFY2(round.atStop.isEmpty(), qPrintable(round.atStop.join(u", "_s)));

        // An estimate holds the project open for the labelling to follow; Stop instead.
        ConnectionWatch estimate;
        worker = newWorker();
        estimate.watch(worker, &Ui::PilotWorker::labellingEstimated, &context);
        QObject::connect(worker, &Ui::PilotWorker::labellingEstimated, &context,
            [worker] { QMetaObject::invokeMethod(worker, &Ui::PilotWorker::cancel, Qt::QueuedConnection); });
        QMetaObject::invokeMethod(worker, [worker] {
            worker->estimateLabelling(u"alpha"_s, std::nullopt, Core::CorpusLabelling::Engine::Interactive);
        });
        QTRY_VERIFY_WITH_TIMEOUT(estimate.stopped, 60000);
        QCOMPARE(estimate.whileRunning.size(), 1);
        QVERIFY2(estimate.atStop.isEmpty(), qPrintable(estimate.atStop.join(u", "_s)));
        thread.quit();
        QVERIFY(thread.wait());
        QVERIFY(QSqlDatabase::connectionNames().isEmpty());
    }

    void failedPieces_listedWithTheirRawReplies_andRetried()
    {
        // gamma cannot answer about the first text it is asked about, while broken.
        Test::ProtocolServer server;
        BrokenGamma gamma;
        gamma.install(server);
        QTemporaryDir dir;
        const QString path = ScriptedPilot::createProject(dir.path(), server.url(), 8, 4, 2);
        QVERIFY(!path.isEmpty());
        Ui::MainWindow window;
        QVERIFY(Test::showProject(window, path));
        auto *continueButton = window.findChild<QPushButton *>(u"continuePilot"_s);
        auto *retry = window.findChild<QPushButton *>(u"retryFailed"_s);
        auto *failed = window.findChild<QTableWidget *>(u"failedPieces"_s);
        auto *totals = window.findChild<QTableWidget *>(u"annotatorTotals"_s);
        auto *detail = window.findChild<QPlainTextEdit *>(u"callDetail"_s);
        QVERIFY(retry && failed && totals && detail);
        QTRY_VERIFY(continueButton->isEnabled());
        QVERIFY(!retry->isEnabled());

        QSignalSpy stopped(&window, &Ui::MainWindow::pilotStopped);
        QTest::mouseClick(continueButton, Qt::LeftButton);
        QVERIFY(stopped.wait(60000));
        QCOMPARE(stopped.first().at(0).toInt(), int(Core::PilotSession::Outcome::AwaitingDecision));
        // Listed with the raw reply, from the project's round once the run stopped.
        QTRY_COMPARE(failed->rowCount(), 1);
        QCOMPARE(failed->item(0, 0)->text(), u"gamma"_s);
        failed->setCurrentCell(0, 0);
        QVERIFY(detail->toPlainText().contains(u"No JSON from me."_s));
        // Every annotator's bar full: four pieces of four, gamma's failed one counted as done.
        for (int row = 0; row < totals->rowCount(); ++row) {
            const QTableWidgetItem *progress = totals->item(row, 1);
            if (totals->item(row, 0)->text() == u"supervisor") {
                continue; // calls, not pieces
            }
            QVERIFY2(progress != nullptr, qPrintable(totals->item(row, 0)->text()));
            QCOMPARE(progress->text(), u"4/4"_s);
            QCOMPARE(progress->data(Ui::ProgressDelegate::DoneRole).toInt(), 4);
            QCOMPARE(progress->data(Ui::ProgressDelegate::TotalRole).toInt(), 4);
        }
        QTRY_VERIFY(retry->isEnabled());

        // The first press explains (the proposal will be replaced) and sends nothing.
        gamma.broken = false;
        server.clearRequests();
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(retry->text().contains(u"Confirm"_s));
        QVERIFY(window.findChild<QLabel *>(u"runStatus"_s)->text().contains(u"replaced"_s));
        QCOMPARE(server.requests().size(), 0);
        stopped.clear();
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(stopped.wait(60000));
        QCOMPARE(stopped.first().at(0).toInt(), int(Core::PilotSession::Outcome::AwaitingDecision));
        int gammaCalls = 0;
        int otherAnnotatorCalls = 0;
        for (const auto &request : server.requests()) {
            const QString model = request.json().value(u"model"_s).toString();
            gammaCalls += model == u"gamma" ? 1 : 0;
            otherAnnotatorCalls += model == u"alpha" || model == u"beta" ? 1 : 0;
        }
        QCOMPARE(gammaCalls, 1); // the failed piece only, past its cached unreadable reply
        QCOMPARE(otherAnnotatorCalls, 0);
        QTRY_COMPARE(failed->rowCount(), 0);
        QTRY_VERIFY(!retry->isEnabled());
        {
            auto store = Core::ProjectStore::open(path, Core::ProjectStore::Access::ReadOnly);
            QVERIFY(store.has_value());
            Core::PilotRepository pilot(**store);
            const QList<Core::RoundSummary> rounds = pilot.rounds(pilot.run()->first);
            QCOMPARE(rounds.size(), 1);
            QVERIFY(rounds.first().failures.isEmpty());
            QCOMPARE(pilot.pendingProposal(pilot.run()->first)->round, 0); // the new proposal
        }

        // Labelling the corpus with gamma: one piece fails, is listed, and Retry sends it alone.
        gamma.broken = true;
        gamma.text.clear();
        auto *label = window.findChild<QPushButton *>(u"labelCorpus"_s);
        auto *annotator = window.findChild<QComboBox *>(u"labelAnnotator"_s);
        QTRY_VERIFY(label->isEnabled());
        annotator->setCurrentIndex(annotator->findData(u"gamma"_s));
        QTest::mouseClick(label, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(u"Start"_s), 30000);
        stopped.clear();
        QTest::mouseClick(label, Qt::LeftButton);
        QVERIFY(stopped.wait(60000));
        QCOMPARE(stopped.first().at(0).toInt(), int(Core::PilotSession::Outcome::Finished));
        QCOMPARE(failed->rowCount(), 1);
        QVERIFY(window.findChild<QLabel *>(u"runStatus"_s)->text().contains(u"Retry Failed"_s));
        {
            // The layer keeps the document the failed piece left unlabelled: compared in the
            // window, it is a missing value, not a document without entities.
            auto store = Core::ProjectStore::open(path, Core::ProjectStore::Access::ReadOnly);
            QVERIFY(store.has_value());
            const auto partial = Core::LayerRepository(**store).find(u"final-gamma"_s);
            QVERIFY(partial.has_value());
            QCOMPARE(partial->uncoveredDocuments.size(), 1);
        }
        QTRY_VERIFY(retry->isEnabled()); // still, after the project's state came back
        QCOMPARE(failed->rowCount(), 1);
        for (int row = 0; row < totals->rowCount(); ++row) {
            if (totals->item(row, 0)->text() == u"gamma") {
                QCOMPARE(totals->item(row, 1)->text(), u"8/8"_s); // the whole corpus
            }
        }
        gamma.broken = false;
        server.clearRequests();
        stopped.clear();
        QTest::mouseClick(retry, Qt::LeftButton); // a labelling's retry replaces nothing: no second press
        QVERIFY(stopped.wait(60000));
        QVERIFY2(stopped.first().at(0).toInt() == int(Core::PilotSession::Outcome::Finished),
            qPrintable(window.findChild<QLabel *>(u"runStatus"_s)->text()));
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(BrokenGamma::textOf(server.requests().first()), gamma.text);
        QCOMPARE(failed->rowCount(), 0);
        QVERIFY(!window.findChild<QLabel *>(u"runStatus"_s)->text().contains(u"could not"_s));
        auto store = Core::ProjectStore::open(path, Core::ProjectStore::Access::ReadOnly);
        QVERIFY(store.has_value());
        const auto layer = Core::LayerRepository(**store).find(u"final-gamma"_s);
        QVERIFY(layer.has_value());
        QCOMPARE(layer->spanCount, 8 * 2); // every sentence's person and place, the retried one too
        QVERIFY(layer->uncoveredDocuments.isEmpty());
    }

    void failedPieces_ofARoundStoppedBeforeItsProposal_retriedAtOnce()
    {
        // gamma cannot read one text; the supervisor refuses (400), so the round ends analysed
        // but without a proposal: nothing a person decided is replaced, one press retries.
        Test::ProtocolServer server;
        BrokenGamma gamma{.supervisorDown = true};
        gamma.install(server);
        QTemporaryDir dir;
        const QString path = ScriptedPilot::createProject(dir.path(), server.url(), 8, 4, 2);
        QVERIFY(!path.isEmpty());
        Ui::MainWindow window;
        QVERIFY(Test::showProject(window, path));
        auto *continueButton = window.findChild<QPushButton *>(u"continuePilot"_s);
        auto *retry = window.findChild<QPushButton *>(u"retryFailed"_s);
        auto *failed = window.findChild<QTableWidget *>(u"failedPieces"_s);
        QTRY_VERIFY(continueButton->isEnabled());
        QSignalSpy stopped(&window, &Ui::MainWindow::pilotStopped);
        QTest::mouseClick(continueButton, Qt::LeftButton);
        QVERIFY(stopped.wait(60000));
        QCOMPARE(stopped.first().at(0).toInt(), int(Core::PilotSession::Outcome::Failed));
        QTRY_COMPARE(failed->rowCount(), 1); // read back from the analysed round
        QTRY_VERIFY(retry->isEnabled());

        gamma.broken = false;
        server.clearRequests();
        stopped.clear();
        QTest::mouseClick(retry, Qt::LeftButton); // no proposal to replace: no second press
        QVERIFY(stopped.wait(60000));
        QCOMPARE(stopped.first().at(0).toInt(), int(Core::PilotSession::Outcome::AwaitingDecision));
        int gammaCalls = 0;
        for (const auto &request : server.requests()) {
            gammaCalls += request.json().value(u"model"_s).toString() == u"gamma" ? 1 : 0;
        }
        QCOMPARE(gammaCalls, 1);
        QTRY_COMPARE(failed->rowCount(), 0);
    }

    void batchLabelling_cancelledAtTheProvider_listsWhatItLeft()
    {
        Test::ProtocolServer server;
        server.setHandler(&ScriptedPilot::answer);
        server.setBatchScript({.pollsUntilEnded = 1'000'000, .expireAfter = -1, .rejectInput = false});
        QTemporaryDir dir;
        const QString path = ScriptedPilot::createProject(dir.path(), server.url(), 8, 4, 2);
        QVERIFY(!path.isEmpty());
        Ui::MainWindow window;
        QVERIFY(Test::showProject(window, path));
        auto *continueButton = window.findChild<QPushButton *>(u"continuePilot"_s);
        QTRY_VERIFY(continueButton->isEnabled());
        QSignalSpy stopped(&window, &Ui::MainWindow::pilotStopped);
        QTest::mouseClick(continueButton, Qt::LeftButton); // a round first: labelling follows one
        QVERIFY(stopped.wait(60000));

        auto *label = window.findChild<QPushButton *>(u"labelCorpus"_s);
        auto *cancel = window.findChild<QPushButton *>(u"cancelBatches"_s);
        auto *annotator = window.findChild<QComboBox *>(u"labelAnnotator"_s);
        auto *engine = window.findChild<QComboBox *>(u"labelEngine"_s);
        QTRY_VERIFY(label->isEnabled());
        QVERIFY(!cancel->isEnabled());
        window.findChild<Ui::RunsPane *>()->setBatchPollInterval(20);
        annotator->setCurrentIndex(annotator->findData(u"alpha"_s));
        engine->setCurrentIndex(engine->findData(int(Core::CorpusLabelling::Engine::OpenAiBatch)));
        server.clearRequests();
        QTest::mouseClick(label, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(u"Start"_s), 30000);
        stopped.clear();
        QTest::mouseClick(label, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(cancel->isEnabled(), 30000); // the batch is at the provider, pending
        QCOMPARE(server.batchesCreated(), 1);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(stopped.wait(60000));
        QCOMPARE(stopped.first().at(0).toInt(), int(Core::PilotSession::Outcome::Finished));
        bool cancelSent = false;
        for (const auto &request : server.requests()) {
            cancelSent = cancelSent || request.path.endsWith("/cancel");
            QVERIFY2(!request.path.endsWith("/chat/completions"), "nothing is sent at full price");
        }
        QVERIFY(cancelSent);
        QCOMPARE(server.batchRequestsRun(), 0); // cancelled before it ran
        // Every piece sent is listed as not labelled, to retry interactively if wanted (alpha's
        // documents of the round its version ran in were answered then).
        auto *failed = window.findChild<QTableWidget *>(u"failedPieces"_s);
        QTRY_COMPARE(failed->rowCount(), 4);
        QTRY_VERIFY(window.findChild<QPushButton *>(u"retryFailed"_s)->isEnabled());
        QVERIFY(!cancel->isEnabled());
    }
};

QTEST_MAIN(TestRunsPane)
#include "tst_runspane.moc"
