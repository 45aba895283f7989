// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
// A whole pilot run from the workbench: Continue in the runs pane runs round 0 against the
// scripted annotators and supervisor on 127.0.0.1, the review pane takes the decisions, and
// Continue again runs on to the end; the project holds every call, version and the final layer.
#include "mainwindow.h"
#include "pilot/corpuslabelling.h"
#include "pilot/pilotconfig.h"
#include "pilot/pilotsession.h"
#include "scriptedpilot.h"
#include "store/layerrepository.h"
#include "store/pilotrepository.h"
#include "store/projectimporter.h"
#include "store/projectstore.h"
#include "views/roundschart.h"
#include "views/runspane.h"

#include <QBarSeries>
#include <QBarSet>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench;
using Test::ScriptedPilot;

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
        const QString corpus = dir.filePath(u"corpus.conll"_s);
        {
            QFile file(corpus);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(ScriptedPilot::goldConll(8));
        }
        const QString path = dir.filePath(u"pilot.dzn"_s);
        {
            auto store = Core::ProjectStore::create(path, false);
            QVERIFY(store.has_value());
            QVERIFY(Core::ProjectImporter::import(
                **store, {corpus, Core::LayerKind::System, std::nullopt, u"corpus"_s}, {})
                        .has_value());
            QVERIFY(Core::ProjectImporter::import(
                **store, {corpus, Core::LayerKind::Gold, std::nullopt, u"gold"_s}, {})
                        .has_value());
            const auto config = Core::PilotConfig::fromJson(ScriptedPilot::config(server.url(), 4, 2));
            QVERIFY(config.has_value());
            Core::PilotRepository pilot(**store);
            QVERIFY(pilot.saveRun(config->toJson()).has_value());
            Core::Guideline initial;
            initial.goal = config->goal;
            QVERIFY(pilot.saveGuideline(initial, QJsonObject{{u"source"_s, u"test"_s}}).has_value());
        }

        Ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy loaded(&window, &Ui::MainWindow::loadFinished);
        window.openProject(path);
        QVERIFY(loaded.wait(30000));
        auto *continueButton = window.findChild<QPushButton *>(u"continuePilot"_s);
        QVERIFY(continueButton != nullptr);
        QTRY_VERIFY(continueButton->isEnabled());

        QSignalSpy stopped(&window, &Ui::MainWindow::pilotStopped);
        QTest::mouseClick(continueButton, Qt::LeftButton);
        QVERIFY(stopped.wait(60000));
        QCOMPARE(stopped.first().at(0).toInt(), int(Core::PilotSession::Outcome::AwaitingDecision));
        // Round 0: every annotator's four calls and the supervisor's four, all shown.
        auto *calls = window.findChild<QTableWidget *>(u"callLog"_s);
        QCOMPARE(calls->rowCount(), 3 * 4 + 4);
        QCOMPARE(window.findChild<QTableWidget *>(u"annotatorTotals"_s)->rowCount(), 4);
        QVERIFY(window.findChild<QLabel *>(u"runEstimate"_s)->text().contains(u"12"_s));
        QVERIFY(!continueButton->isEnabled()); // the proposal comes first

        // The review pane has the proposal: accept both changes and save.
        auto *changes = window.findChild<QListView *>(u"proposalChanges"_s);
        QTRY_COMPARE(changes->model()->rowCount(), 2);
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

        auto store = Core::ProjectStore::open(path, Core::ProjectStore::Access::ReadOnly);
        QVERIFY(store.has_value());
        Core::PilotRepository pilot(**store);
        const qint64 runId = pilot.run()->first;
        QCOMPARE(pilot.runStatus(runId), u"finished"_s);
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
        QTRY_VERIFY(label->isEnabled());
        window.findChild<Ui::RunsPane *>()->setBatchPollInterval(0); // the server ends batches at once
        annotator->setCurrentIndex(annotator->findData(u"gamma"_s));
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
        QCOMPARE(server.batchRequestsRun(), 8);
        for (const auto &request : server.requests()) {
            QVERIFY2(!request.path.endsWith("/chat/completions"), request.path.constData()); // all by batch
        }
        auto after = Core::ProjectStore::open(path, Core::ProjectStore::Access::ReadOnly);
        QVERIFY(after.has_value());
        QVERIFY(Core::LayerRepository(**after).find(u"final-gamma"_s).has_value());
    }
};

QTEST_MAIN(TestRunsPane)
#include "tst_runspane.moc"
