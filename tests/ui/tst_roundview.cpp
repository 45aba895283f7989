// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
// A pilot round reviewed where it happened: the real diziner-cli runs a scripted pilot on
// 127.0.0.1, and the window shows one round at a time, its matrix equal to the round's summary,
// its evidence opening its documents, its layers curated and aggregated.
#include "clirun.h"
#include "corpusview.h"
#include "dialogs/aggregatedialog.h"
#include "languagesettings.h"
#include "mainwindow.h"
#include "metrics/disagreementanalysis.h"
#include "model/layerset.h"
#include "model/spanlayer.h"
#include "model/workspace.h"
#include "models/documentroles.h"
#include "models/evidencemodel.h"
#include "models/layerstackmodel.h"
#include "models/matrixmodel.h"
#include "models/proposalmodel.h"
#include "scriptedpilot.h"
#include "store/layerrepository.h"
#include "store/projectloader.h"
#include "store/projectstore.h"
#include "views/agreementpane.h"
#include "views/agreementscatter.h"
#include "views/documentspane.h"
#include "views/documentview.h"
#include "views/roundselector.h"
#include "windowfixture.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTranslator>

#include <cmath>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench;
using Test::ScriptedPilot;

namespace {

constexpr int corpusSize = 12;
constexpr int batchSize = 4;

// The agreement the matrix shows now.
const Core::AgreementResult &shownAgreement(const Ui::MainWindow &window)
{
    return static_cast<Ui::MatrixModel *>(window.findChild<QTableView *>(u"agreementMatrix"_s)->model())
        ->result();
}

// The corpus positions the documents pane lists, in its order.
QList<qsizetype> listedDocuments(const Ui::MainWindow &window)
{
    const QAbstractItemModel *model = window.findChild<QTableView *>(u"documentList"_s)->model();
    QList<qsizetype> documents;
    for (int row = 0; row < model->rowCount(); ++row) {
        documents.append(model->index(row, 0).data(Ui::DocumentRoles::DocumentIndexRole).toLongLong());
    }
    return documents;
}

} // namespace

class TestRoundView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_server.setHandler(ScriptedPilot::citingTheBatch());
        QVERIFY(m_dir.isValid());
        write(u"config.json"_s, ScriptedPilot::config(m_server.url(), batchSize, 2));
        write(u"corpus.conll"_s, ScriptedPilot::goldConll(corpusSize));
        // One pilot stopped at round 0's proposal; another decided and run to its end (round 1 and
        // the final labelling).
        QVERIFY(pilot(u"open"_s) == 3);
        QVERIFY(pilot(u"done"_s) == 3);
        // A third with knobs of its own: its rounds are measured as it measured them.
        QJsonObject knobbed =
            QJsonDocument::fromJson(ScriptedPilot::config(m_server.url(), batchSize, 2)).object();
        QJsonArray annotators = knobbed.value(u"annotators"_s).toArray();
        annotators.append(QJsonObject{
            {u"name"_s, u"wavering"_s}, {u"endpoint"_s, u"local"_s}, {u"model"_s, u"wavering"_s}});
        knobbed.insert(u"annotators"_s, annotators);
        knobbed.insert(u"knobs"_s,
            QJsonObject{{u"batch_size"_s, batchSize}, {u"rounds"_s, 2}, {u"seed"_s, 7},
                {u"hotspot_percentile"_s, 50}, {u"coalition_cutoff"_s, 0.9}, {u"elite_percentile"_s, 50},
                {u"bias_percentile"_s, 50}});
        write(u"knobs.json"_s, QJsonDocument(knobbed).toJson());
        QVERIFY(pilot(u"knobs"_s, u"knobs.json"_s) == 3);
        const Test::CliRun decided =
            Test::runCli({u"decide"_s, m_dir.filePath(u"done"_s), u"--accept"_s, u"1,2"_s});
        QVERIFY2(decided.exitCode == 0, qPrintable(decided.err));
    }

    void selector_offersEachRound_theBatchAndTheRoundsLayers()
    {
        Ui::MainWindow window;
        QSignalSpy analysed(&window, &Ui::MainWindow::agreementReady);
        QVERIFY(Test::showProject(window, m_dir.filePath(u"done/project.dzn"_s)));
        QVERIFY(analysed.wait(30000));
        auto *selector = window.findChild<QComboBox *>(u"roundSelector"_s);
        QVERIFY(selector != nullptr);
        QVERIFY(window.findChild<Ui::RoundSelector *>()->isVisible());
        QStringList offered;
        for (int i = 0; i < selector->count(); ++i) {
            offered.append(selector->itemText(i));
        }
        QCOMPARE(offered, (QStringList{u"Round 0"_s, u"Round 1"_s, u"All layers"_s, u"Final labelling"_s}));
        QCOMPARE(selector->currentText(), u"Round 1"_s); // the newest round first

        const QJsonArray rounds = summary(u"done"_s).value(u"rounds"_s).toArray();
        QCOMPARE(rounds.size(), 2);
        for (int round = 0; round < 2; ++round) {
            analysed.clear();
            selector->setCurrentIndex(round);
            QVERIFY(analysed.wait(30000));
            const QJsonObject figures = rounds.at(round).toObject();
            // Its batch only, each document saying it was sampled in this round.
            QList<qsizetype> batch;
            for (const QJsonValue &document : figures.value(u"batch"_s).toArray()) {
                batch.append(document.toInteger());
            }
            QCOMPARE(batch.size(), batchSize);
            QCOMPARE(listedDocuments(window), batch);
            const QAbstractItemModel *documents = window.findChild<QTableView *>(u"documentList"_s)->model();
            QCOMPARE(documents->index(0, Ui::DocumentRoles::BatchColumn).data().toString(),
                QString::number(round));
            // Its annotators' layers in the stack, named by annotator, the round in the tooltip.
            const auto *stack =
                static_cast<Ui::LayerStackModel *>(window.findChild<QTableView *>(u"layerStack"_s)->model());
            QCOMPARE(stack->labels(), (QStringList{u"gold"_s, u"alpha"_s, u"beta"_s, u"gamma"_s}));
            QCOMPARE(stack->layers().at(2), u"round%1/beta"_s.arg(round));
            QVERIFY2(stack->headerData(2, Qt::Vertical, Qt::ToolTipRole)
                         .toString()
                         .contains(u"labels of round %1, model beta"_s.arg(round)),
                qPrintable(stack->headerData(2, Qt::Vertical, Qt::ToolTipRole).toString()));
            compareWithSummary(shownAgreement(window), figures, round);
            checkNamedByAnnotator(window, round);
        }

        // Every layer: the corpus file's tags, both rounds' and the final labelling's, over every
        // document; the final labelling: the model's labels of the corpus after the rounds.
        analysed.clear();
        selector->setCurrentIndex(2);
        QVERIFY(analysed.wait(30000));
        QCOMPARE(listedDocuments(window).size(), corpusSize);
        const QStringList all = shownAgreement(window).layers;
        QCOMPARE(all.size(), 1 + 2 * 3 + 1);
        // Two rounds' layers share no document: their cells measured nothing, and say so.
        const QAbstractItemModel *matrix = window.findChild<QTableView *>(u"agreementMatrix"_s)->model();
        const QModelIndex apart =
            matrix->index(int(all.indexOf(u"round0/alpha"_s)), int(all.indexOf(u"round1/alpha"_s)));
        QCOMPARE(apart.data().toString(), QString());
        QVERIFY(apart.data(Qt::ToolTipRole).toString().contains(u"no document in common"_s));
        analysed.clear();
        selector->setCurrentIndex(3);
        QVERIFY(analysed.wait(30000));
        QCOMPARE(listedDocuments(window).size(), corpusSize);
        QCOMPARE(shownAgreement(window).layers, QStringList{all.last()});
        // One layer compares with nothing: its pool is no figure.
        QVERIFY2(window.statusBar()->currentMessage().contains(u"pool agreement n/a over 1 layer(s)"_s),
            qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(all.first(), u"corpus"_s);
        QVERIFY(all.last().startsWith(u"final-"_s));
    }

    void round_isMeasuredWithItsRunsKnobs()
    {
        Ui::MainWindow window;
        QSignalSpy analysed(&window, &Ui::MainWindow::agreementReady);
        QVERIFY(Test::showProject(window, m_dir.filePath(u"knobs/project.dzn"_s)));
        QVERIFY(analysed.wait(30000));
        QCOMPARE(window.findChild<QComboBox *>(u"roundSelector"_s)->currentText(), u"Round 0"_s);
        const QJsonObject figures = summary(u"knobs"_s).value(u"rounds"_s).toArray().at(0).toObject();
        const Core::AgreementResult &shown = shownAgreement(window);
        // The elite by the run's coalition cutoff (0.9), not the default's.
        QStringList elite;
        for (const QJsonValue &name : figures.value(u"elite"_s).toArray()) {
            elite.append(u"round0/"_s + name.toString());
        }
        QCOMPARE(shown.elite, elite);
        // The intervals drawn with the round's seed: the pool's and Krippendorff's alpha's.
        const QJsonArray pool = figures.value(u"pool_agreement_ci"_s).toArray();
        QVERIFY2(pool.at(0).toDouble() < pool.at(1).toDouble(), "the data must give an interval of width");
        QVERIFY(std::abs(shown.poolInterval.first - pool.at(0).toDouble()) < 1e-9);
        QVERIFY(std::abs(shown.poolInterval.second - pool.at(1).toDouble()) < 1e-9);
        const auto &reliability = window.findChild<Ui::AgreementPane *>(u"agreementPane"_s)->reliability();
        const QJsonArray alpha = figures.value(u"alpha"_s).toObject().value(u"bio_ci"_s).toArray();
        QVERIFY(reliability && reliability->alpha.bio.interval);
        QVERIFY(std::abs(reliability->alpha.bio.interval->first - alpha.at(0).toDouble()) < 1e-9);
        QVERIFY(std::abs(reliability->alpha.bio.interval->second - alpha.at(1).toDouble()) < 1e-9);
        // Each hotspot class lists the documents the round's hotspot report gives it.
        const QMap<QString, QStringList> reported = reportedHotspots(u"knobs/round-0/hotspots.md"_s);
        QVERIFY(!reported.isEmpty());
        auto *hotspots = window.findChild<QComboBox *>(u"hotspotFilter"_s);
        const QAbstractItemModel *documents = window.findChild<QTableView *>(u"documentList"_s)->model();
        for (int item = 1; item < hotspots->count(); ++item) {
            hotspots->setCurrentIndex(item);
            QStringList listed;
            for (int row = 0; row < documents->rowCount(); ++row) {
                listed.append(documents->index(row, Ui::DocumentRoles::IdColumn).data().toString());
            }
            const QString kind = Core::DisagreementAnalysis::kindName(
                Core::HotspotBlock::Kind(hotspots->itemData(item).toInt()));
            QCOMPARE(listed, reported.value(kind));
        }
    }

    void figuresAndCounts_speakTheReadersLocale()
    {
        // As the window runs in English, with German number formats.
        QTranslator plurals;
        QVERIFY(plurals.load(Ui::LanguageSettings::englishPlurals()));
        QVERIFY(QCoreApplication::installTranslator(&plurals));
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const auto restore = qScopeGuard([&] {
            QLocale::setDefault(before);
            QCoreApplication::removeTranslator(&plurals);
        });
        Ui::MainWindow window;
        QSignalSpy analysed(&window, &Ui::MainWindow::agreementReady);
        QVERIFY(Test::showProject(window, m_dir.filePath(u"done/project.dzn"_s)));
        QVERIFY(analysed.wait(30000));
        auto *selector = window.findChild<QComboBox *>(u"roundSelector"_s);
        analysed.clear();
        selector->setCurrentIndex(selector->findText(u"Round 0"_s));
        QVERIFY(analysed.wait(30000));
        // A plural the language forms, not "document(s)".
        const QString tip = selector->itemData(selector->currentIndex(), Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"its 3 annotator layers over its batch of 4 documents"_s), qPrintable(tip));
        // Decimal commas in the status bar, the matrix's cells and its row headers.
        const double pool = shownAgreement(window).pool;
        QVERIFY2(window.statusBar()->currentMessage().contains(QLocale().toString(pool, 'f', 3)),
            qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(QLocale().toString(pool, 'f', 3).contains(u','));
        const QAbstractItemModel *matrix = window.findChild<QTableView *>(u"agreementMatrix"_s)->model();
        const double f1 = shownAgreement(window).f1.at(0).at(1);
        QCOMPARE(matrix->index(0, 1).data().toString(), QLocale().toString(f1, 'f', 2));
        QVERIFY(matrix->index(0, 1).data().toString().contains(u','));
        QVERIFY2(matrix->headerData(0, Qt::Vertical)
                     .toString()
                     .contains(QLocale().toString(shownAgreement(window).mean.at(0), 'f', 2)),
            qPrintable(matrix->headerData(0, Qt::Vertical).toString()));
    }

    void changingTheRound_keepsTheDrawnLayer_unlessItIsTheRounds()
    {
        Ui::MainWindow window;
        QSignalSpy analysed(&window, &Ui::MainWindow::agreementReady);
        QVERIFY(Test::showProject(window, m_dir.filePath(u"done/project.dzn"_s)));
        QVERIFY(analysed.wait(30000));
        auto *selector = window.findChild<QComboBox *>(u"roundSelector"_s);
        auto *view = window.findChild<Ui::DocumentView *>(u"documentView"_s);
        QCOMPARE(selector->currentText(), u"Round 1"_s);
        // A round's annotator: the same annotator's layer of the next round shown.
        view->setLayer(u"round1/gamma"_s);
        selector->setCurrentIndex(selector->findText(u"Round 0"_s));
        QCOMPARE(view->layer(), u"round0/gamma"_s);
        // Gold (or the curated layer, an aggregate) is no round's: it stays drawn.
        view->setLayer(u"gold"_s);
        QCOMPARE(view->layer(), u"gold"_s);
        selector->setCurrentIndex(selector->findText(u"Round 1"_s));
        QCOMPARE(view->layer(), u"gold"_s);
        selector->setCurrentIndex(selector->findText(u"All layers"_s));
        QCOMPARE(view->layer(), u"gold"_s);
        // A layer that is not in the scope chosen goes: the round's first annotator instead.
        view->setLayer(u"corpus"_s);
        selector->setCurrentIndex(selector->findText(u"Round 0"_s));
        QCOMPARE(view->layer(), u"round0/alpha"_s);
    }

    void evidence_exampleOpensItsDocument_withEveryAnnotatorOfTheRound()
    {
        Ui::MainWindow window;
        QSignalSpy analysed(&window, &Ui::MainWindow::agreementReady);
        QVERIFY(Test::showProject(window, copyOf(u"open"_s)));
        QVERIFY(analysed.wait(30000));
        // Looking at every layer when the evidence is chosen: it brings its round back.
        auto *selector = window.findChild<QComboBox *>(u"roundSelector"_s);
        selector->setCurrentIndex(selector->findText(u"All layers"_s));

        auto *changes = window.findChild<QListView *>(u"proposalChanges"_s);
        QTRY_COMPARE(changes->model()->rowCount(), 2);
        changes->setCurrentIndex(changes->model()->index(0, 0)); // the title rule
        auto *evidence = window.findChild<QListView *>(u"evidenceList"_s);
        QAbstractItemModelTester tester(
            evidence->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(evidence->isVisible());
        int exampleRow = -1;
        int patternRows = 0;
        for (int row = 0; row < evidence->model()->rowCount(); ++row) {
            const QModelIndex index = evidence->model()->index(row, 0);
            const QString text = index.data().toString();
            exampleRow = text.startsWith(u"Example"_s) ? row : exampleRow;
            patternRows += text.startsWith(u"Pattern “titles in names”"_s)
                    && index.data(Ui::EvidenceModel::DocumentRole).toLongLong() >= 0
                ? 1
                : 0;
        }
        QCOMPARE(patternRows, batchSize); // beta puts the title into every name: every document
        QVERIFY(exampleRow >= 0);
        const QModelIndex example = evidence->model()->index(exampleRow, 0);
        const qsizetype document = example.data(Ui::EvidenceModel::DocumentRole).toLongLong();
        QVERIFY2(document >= 0, qPrintable(example.data().toString()));
        // The quote had "week." where the document has "week .": found all the same.
        const Core::Document &quoted = window.workspace()->corpus().document(document);
        QVERIFY(quoted.text().endsWith(u"week ."_s));

        evidence->scrollTo(example); // as a user brings it into view in a short pane
        QTest::mouseClick(evidence->viewport(), Qt::LeftButton, {}, evidence->visualRect(example).center());
        QCOMPARE(selector->currentText(), u"Round 0"_s);
        auto *view = window.findChild<Ui::DocumentView *>(u"documentView"_s);
        QCOMPARE(view->documentIndex(), document);
        QVERIFY(listedDocuments(window).contains(document));
        // The disputed span selected: beta's "Dr. <name>" against the others' "<name>".
        const QString selected =
            window.findChild<QTextEdit *>(u"documentText"_s)->textCursor().selectedText();
        QVERIFY2(selected.startsWith(u"Dr. "_s), qPrintable(selected));
        QCOMPARE(example.data(Ui::EvidenceModel::StartRole).toInt(), 0);
        const auto *stack =
            static_cast<Ui::LayerStackModel *>(window.findChild<QTableView *>(u"layerStack"_s)->model());
        QCOMPARE(stack->layers(),
            (QStringList{u"gold"_s, u"round0/alpha"_s, u"round0/beta"_s, u"round0/gamma"_s}));

        // The review keeps the keyboard: A decides the change, and curates nothing (the text, whose
        // A accepts the drawn layer's spans, is not focused).
        QWidget *focused = QApplication::focusWidget();
        QVERIFY2(
            focused != nullptr && window.findChild<QWidget *>(u"proposalReview"_s)->isAncestorOf(focused),
            focused != nullptr ? qPrintable(focused->objectName()) : "nothing focused");
        QTest::keyClick(focused, Qt::Key_A);
        QCOMPARE(changes->model()
                     ->index(0, 0)
                     .data(Ui::ProposalModel::DecisionRole)
                     .value<Core::ProposalChange::Decision>(),
            Core::ProposalChange::Decision::Accepted);

        // The city rule's example is in no document of the batch: said so, and it opens nothing.
        changes->setCurrentIndex(changes->model()->index(1, 0));
        const QModelIndex absent = evidence->model()->index(evidence->model()->rowCount() - 1, 0);
        QVERIFY2(absent.data().toString().contains(u"not found among the 4 document(s) of round 0"_s),
            qPrintable(absent.data().toString()));
        QCOMPARE(absent.data(Ui::EvidenceModel::DocumentRole).toLongLong(), -1);
        QVERIFY(!(absent.flags() & Qt::ItemIsSelectable));
    }

    void evidence_clearsTheFiltersHidingItsDocument_andKeepsTheRound()
    {
        Ui::MainWindow window;
        QSignalSpy analysed(&window, &Ui::MainWindow::agreementReady);
        QVERIFY(Test::showProject(window, m_dir.filePath(u"open/project.dzn"_s)));
        QVERIFY(analysed.wait(30000));
        auto *selector = window.findChild<QComboBox *>(u"roundSelector"_s);
        QCOMPARE(selector->currentText(), u"Round 0"_s);
        const QList<qsizetype> batch = listedDocuments(window);
        QCOMPARE(batch.size(), batchSize);
        // Filters that hide every document of the round: a hotspot class, a disputed type, a text.
        auto *hotspots = window.findChild<QComboBox *>(u"hotspotFilter"_s);
        auto *types = window.findChild<QComboBox *>(u"typeFilter"_s);
        auto *text = window.findChild<QLineEdit *>(u"documentFilter"_s);
        hotspots->setCurrentIndex(hotspots->count() - 1);
        types->setCurrentIndex(types->count() - 1);
        text->setText(u"no document says this"_s);
        QVERIFY(listedDocuments(window).isEmpty());

        auto *changes = window.findChild<QListView *>(u"proposalChanges"_s);
        QTRY_COMPARE(changes->model()->rowCount(), 2);
        changes->setCurrentIndex(changes->model()->index(0, 0));
        auto *evidence = window.findChild<QListView *>(u"evidenceList"_s);
        QModelIndex cited;
        for (int row = 0; row < evidence->model()->rowCount() && !cited.isValid(); ++row) {
            const QModelIndex index = evidence->model()->index(row, 0);
            cited = index.data(Ui::EvidenceModel::DocumentRole).toLongLong() >= 0 ? index : QModelIndex();
        }
        QVERIFY(cited.isValid());
        const qsizetype document = cited.data(Ui::EvidenceModel::DocumentRole).toLongLong();
        QTest::mouseClick(evidence->viewport(), Qt::LeftButton, {}, evidence->visualRect(cited).center());
        auto *view = window.findChild<Ui::DocumentView *>(u"documentView"_s);
        QCOMPARE(view->documentIndex(), document);
        QCOMPARE(hotspots->currentIndex(), 0);
        QCOMPARE(types->currentIndex(), 0);
        QCOMPARE(text->text(), QString());
        // The round's documents, and only they, once the filters are gone.
        QCOMPARE(selector->currentText(), u"Round 0"_s);
        QCOMPARE(listedDocuments(window), batch);

        // A document outside the round is not opened by dropping the round: said why instead.
        qsizetype outside = 0;
        while (batch.contains(outside)) {
            ++outside;
        }
        window.findChild<Ui::CorpusView *>()->showEvidence(outside, 0, 1);
        QCOMPARE(view->documentIndex(), document);
        QCOMPARE(listedDocuments(window), batch);
        QVERIFY2(
            window.statusBar()->currentMessage().contains(u"not among the documents of the round shown"_s),
            qPrintable(window.statusBar()->currentMessage()));
    }

    void evidence_looksAgain_whenTheRoundsLayersArriveAfterItsProposal()
    {
        // As after a round run in the window: the proposal is read before the round's layers.
        const auto loaded = Core::ProjectLoader::load(m_dir.filePath(u"open/project.dzn"_s));
        QVERIFY(loaded.has_value() && loaded->pilot && loaded->pilot->pending);
        Core::ImportedCorpus corpus = loaded->corpus;
        QList<Core::ImportedLayer> roundLayers;
        corpus.layers.removeIf([&roundLayers](const Core::ImportedLayer &layer) {
            if (layer.provenance.pilot) {
                roundLayers.append(layer);
            }
            return bool(layer.provenance.pilot);
        });
        QCOMPARE(roundLayers.size(), 3);
        Core::Workspace workspace;
        workspace.adopt(corpus);
        Ui::EvidenceModel model(&workspace);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.showChange(*loaded->pilot->pending, 0);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.index(0, 0).data().toString().contains(u"Round 0's labels are not in this project"_s));

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        for (const Core::ImportedLayer &imported : std::as_const(roundLayers)) {
            Core::SpanLayer *layer = workspace.layers().addLayer(imported.name, imported.kind);
            layer->setProvenance(imported.provenance);
            layer->setSpans(imported.spans);
        }
        QVERIFY(reset.wait(5000));
        QCOMPARE(reset.size(), 1); // the round's three layers looked at once
        QCOMPARE(model.rowCount(), batchSize + 1); // the pattern's documents and the example
        QVERIFY(model.index(0, 0).data(Ui::EvidenceModel::DocumentRole).toLongLong() >= 0);
    }

    void evidence_ofARoundRunInTheWindow_opensItsDocuments()
    {
        // A corpus large enough that the round's layers are read after its proposal.
        Test::ProtocolServer server;
        server.setHandler(ScriptedPilot::citingTheBatch());
        QVERIFY(QDir(m_dir.path()).mkpath(u"large"_s));
        const QString path =
            ScriptedPilot::createProject(m_dir.filePath(u"large"_s), server.url(), 3000, batchSize, 2);
        QVERIFY(!path.isEmpty());
        Ui::MainWindow window;
        QVERIFY(Test::showProject(window, path));
        auto *continueButton = window.findChild<QPushButton *>(u"continuePilot"_s);
        QTRY_VERIFY(continueButton->isEnabled());
        QSignalSpy stopped(&window, &Ui::MainWindow::pilotStopped);
        QTest::mouseClick(continueButton, Qt::LeftButton);
        QVERIFY(stopped.wait(60000));
        auto *changes = window.findChild<QListView *>(u"proposalChanges"_s);
        QTRY_COMPARE_WITH_TIMEOUT(changes->model()->rowCount(), 2, 30000);
        changes->setCurrentIndex(changes->model()->index(0, 0));
        const QAbstractItemModel *evidence = window.findChild<QListView *>(u"evidenceList"_s)->model();
        QTRY_VERIFY_WITH_TIMEOUT(evidence->rowCount() > 1, 30000);
        QVERIFY2(evidence->index(0, 0).data(Ui::EvidenceModel::DocumentRole).toLongLong() >= 0,
            qPrintable(evidence->index(0, 0).data().toString()));
    }

    void curation_acceptsTheShownAnnotatorsSpans_ofTheRound()
    {
        const QString path = copyOf(u"open"_s);
        Ui::MainWindow window;
        QSignalSpy analysed(&window, &Ui::MainWindow::agreementReady);
        QVERIFY(Test::showProject(window, path));
        QVERIFY(analysed.wait(30000));
        auto *view = window.findChild<Ui::DocumentView *>(u"documentView"_s);
        auto *layers = window.findChild<QComboBox *>(u"layerCombo"_s);
        layers->setCurrentIndex(layers->findText(u"beta"_s)); // named by its annotator in the round
        QCOMPARE(view->layer(), u"round0/beta"_s);
        const qsizetype document = view->documentIndex();
        const QList<Core::Span> beta = window.workspace()->layers().layer(u"round0/beta"_s)->spans(document);
        QCOMPARE(beta.size(), 2); // "Dr. <name>" and the city

        auto *text = window.findChild<QTextEdit *>(u"documentText"_s);
        text->setFocus();
        QSignalSpy saved(&window, &Ui::MainWindow::curationSaved);
        QTest::keyClick(text, Qt::Key_A);
        QVERIFY(saved.wait(30000));
        QCOMPARE(saved.first().at(0).toString(), QString());
        QCOMPARE(window.workspace()->layers().layer(u"curated"_s)->spans(document), beta);
        auto store = Core::ProjectStore::open(path, Core::ProjectStore::Access::ReadOnly);
        QVERIFY(store.has_value());
        Core::LayerRepository repository(**store);
        const auto curated = repository.find(u"curated"_s);
        QVERIFY(curated.has_value());
        QCOMPARE(repository.spans(curated->id, corpusSize)->value(document), beta);
    }

    void curation_acceptOfNothing_saysSo_notSaved()
    {
        const QString path = copyOf(u"open"_s);
        Ui::MainWindow window;
        QSignalSpy analysed(&window, &Ui::MainWindow::agreementReady);
        QVERIFY(Test::showProject(window, path));
        QVERIFY(analysed.wait(30000));
        const QList<qsizetype> batch = listedDocuments(window);
        auto *selector = window.findChild<QComboBox *>(u"roundSelector"_s);
        analysed.clear();
        selector->setCurrentIndex(selector->findText(u"All layers"_s));
        QVERIFY(analysed.wait(30000));
        auto *view = window.findChild<Ui::DocumentView *>(u"documentView"_s);
        view->setLayer(u"round0/beta"_s);
        qsizetype outside = 0;
        while (batch.contains(outside)) {
            ++outside;
        }
        QCOMPARE(window.findChild<Ui::CorpusView *>()->documents()->selectDocument(outside),
            Ui::DocumentsPane::Selection::Selected);
        QCOMPARE(view->documentIndex(), outside);
        auto *text = window.findChild<QTextEdit *>(u"documentText"_s);
        text->setFocus();
        // Round 0's layer was never asked about this document: A has nothing to accept.
        QTest::keyClick(text, Qt::Key_A);
        QVERIFY2(window.statusBar()->currentMessage().contains(u"does not cover this document"_s),
            qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(window.workspace()->layers().layer(u"curated"_s) == nullptr);

        // A layer whose spans the curated layer holds already: nothing changes, and it says so.
        QCOMPARE(window.findChild<Ui::CorpusView *>()->documents()->selectDocument(batch.first()),
            Ui::DocumentsPane::Selection::Selected);
        QSignalSpy saved(&window, &Ui::MainWindow::curationSaved);
        QTest::keyClick(text, Qt::Key_A);
        QVERIFY(saved.wait(30000));
        QCOMPARE(window.statusBar()->currentMessage(), u"Curation saved."_s);
        saved.clear();
        QTest::keyClick(text, Qt::Key_A);
        QVERIFY(saved.wait(30000));
        QVERIFY2(window.statusBar()->currentMessage().startsWith(u"Nothing changed"_s),
            qPrintable(window.statusBar()->currentMessage()));
    }

    void aggregate_ofOneRound_offersItsLayers_andSpeaksForItsBatch()
    {
        const QString path = m_dir.filePath(u"aggregate.dzn"_s);
        QVERIFY(QFile::copy(m_dir.filePath(u"done/project.dzn"_s), path));
        Ui::MainWindow window;
        QSignalSpy analysed(&window, &Ui::MainWindow::agreementReady);
        QVERIFY(Test::showProject(window, path));
        QVERIFY(analysed.wait(30000));
        window.findChild<QComboBox *>(u"roundSelector"_s)->setCurrentIndex(0); // round 0

        window.findChild<QAction *>(u"actionAggregate"_s)->trigger();
        auto *dialog = window.findChild<Ui::AggregateDialog *>(u"aggregateDialog"_s);
        QVERIFY(dialog != nullptr);
        QCOMPARE(dialog->layers(), (QStringList{u"round0/alpha"_s, u"round0/beta"_s, u"round0/gamma"_s}));
        QCOMPARE(dialog->findChild<QLineEdit *>(u"aggregateName"_s)->text(), u"aggregate-weighted-round0"_s);
        QSignalSpy built(&window, &Ui::MainWindow::aggregateBuilt);
        QTest::mouseClick(
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(built.wait(30000));
        QCOMPARE(built.first().at(0).toString(), QString());

        const Core::SpanLayer *aggregate = window.workspace()->layers().layer(u"aggregate-weighted-round0"_s);
        QVERIFY(aggregate != nullptr);
        const QList<qsizetype> batch =
            window.workspace()->layers().layer(u"round0/alpha"_s)->provenance().pilot->batch;
        for (qsizetype d = 0; d < corpusSize; ++d) {
            // Spans in the batch only; elsewhere no layer said anything, and the aggregate says so.
            QCOMPARE(aggregate->uncoveredDocuments().contains(d), !batch.contains(d));
            QCOMPARE(aggregate->spans(d).isEmpty(), !batch.contains(d));
        }
        auto store = Core::ProjectStore::open(path, Core::ProjectStore::Access::ReadOnly);
        const auto stored = Core::LayerRepository(**store).find(u"aggregate-weighted-round0"_s);
        QVERIFY(stored.has_value());
        QCOMPARE(stored->uncoveredDocuments, aggregate->uncoveredDocuments());
    }

    void roundRunInTheWindow_joinsTheSelector_withoutOpeningAgain()
    {
        QVERIFY(QDir(m_dir.path()).mkpath(u"gui"_s));
        const QString path = ScriptedPilot::createProject(m_dir.filePath(u"gui"_s), m_server.url(), 8, 4, 2);
        QVERIFY(!path.isEmpty());
        Ui::MainWindow window;
        QVERIFY(Test::showProject(window, path));
        auto *selector = window.findChild<QComboBox *>(u"roundSelector"_s);
        QCOMPARE(selector->count(), 1); // no round yet: every layer, and the selector hidden
        QVERIFY(!window.findChild<Ui::RoundSelector *>()->isVisible());
        auto *continueButton = window.findChild<QPushButton *>(u"continuePilot"_s);
        QTRY_VERIFY(continueButton->isEnabled());
        QSignalSpy stopped(&window, &Ui::MainWindow::pilotStopped);
        QSignalSpy analysed(&window, &Ui::MainWindow::agreementReady);
        QTest::mouseClick(continueButton, Qt::LeftButton);
        QVERIFY(stopped.wait(60000));
        QTRY_COMPARE_WITH_TIMEOUT(selector->currentText(), u"Round 0"_s, 30000);
        QCOMPARE(selector->count(), 2); // and every layer: no final labelling yet
        QVERIFY(window.findChild<Ui::RoundSelector *>()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(shownAgreement(window).layers.size() == 3, 30000);
        QCOMPARE(shownAgreement(window).layers.first(), u"round0/alpha"_s);
        QCOMPARE(listedDocuments(window).size(), 4);
    }

private:
    void write(const QString &name, const QByteArray &content)
    {
        QFile file(m_dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    // Runs the pilot of \a config into DIR/out; its exit code.
    int pilot(const QString &out, const QString &config = u"config.json"_s)
    {
        const Test::CliRun run = Test::runCli(
            {u"pilot"_s, m_dir.filePath(config), u"--corpus"_s, m_dir.filePath(u"corpus.conll"_s),
                u"--gold"_s, m_dir.filePath(u"corpus.conll"_s), u"--out"_s, m_dir.filePath(out)});
        if (run.exitCode != 3) {
            qWarning("%s", qPrintable(run.err));
        }
        return run.exitCode;
    }

    QJsonObject summary(const QString &out) const
    {
        QFile file(m_dir.filePath(out + u"/summary.json"_s));
        return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                              : QJsonObject();
    }

    // Per hotspot class, the documents (ids, sorted) the examples of the report at DIR/path give it.
    QMap<QString, QStringList> reportedHotspots(const QString &path) const
    {
        QFile file(m_dir.filePath(path));
        if (!file.open(QIODevice::ReadOnly)) {
            return {};
        }
        QMap<QString, QStringList> documents;
        static const QRegularExpression example(u"\\(document (\\S+), ([a-z ]+)[,)]"_s);
        for (auto match = example.globalMatch(QString::fromUtf8(file.readAll())); match.hasNext();) {
            const QRegularExpressionMatch found = match.next();
            QStringList &ids = documents[found.captured(2)];
            if (!ids.contains(found.captured(1))) {
                ids.append(found.captured(1));
            }
        }
        for (QStringList &ids : documents) {
            std::ranges::sort(ids, {}, [](const QString &id) { return id.toInt(); });
        }
        return documents;
    }

    // A copy of DIR/out's project, for a test that writes to it.
    QString copyOf(const QString &out)
    {
        const QString path = m_dir.filePath(u"copy-%1.dzn"_s.arg(++m_copies));
        return QFile::copy(m_dir.filePath(out + u"/project.dzn"_s), path) ? path : QString();
    }

    // The matrix and the scatter of round \a round call its layers by annotator, the round in the tooltip.
    static void checkNamedByAnnotator(const Ui::MainWindow &window, const int round)
    {
        const QAbstractItemModel *matrix = window.findChild<QTableView *>(u"agreementMatrix"_s)->model();
        QVERIFY2(matrix->headerData(0, Qt::Vertical).toString().startsWith(u"1. alpha (mean "_s),
            qPrintable(matrix->headerData(0, Qt::Vertical).toString()));
        QVERIFY(matrix->headerData(0, Qt::Vertical, Qt::ToolTipRole)
                    .toString()
                    .contains(u"labels of round %1"_s.arg(round)));
        const QString cell = matrix->index(0, 1).data(Qt::ToolTipRole).toString();
        QVERIFY2(cell.startsWith(u"alpha and beta: "_s) && cell.contains(u"round%1/alpha"_s.arg(round)),
            qPrintable(cell));
        // One label per spot: annotators that agree as much, and score as well, share a point.
        QStringList named;
        const auto *scatter = window.findChild<Ui::AgreementScatter *>(u"agreementScatter"_s);
        const QList<QAbstractSeries *> points = scatter->chart()->series();
        for (const Ui::AgreementScatter::Label &label : scatter->labels()) {
            named += label.text.split(u", "_s);
        }
        named.sort();
        QCOMPARE(named, (QStringList{u"alpha"_s, u"beta"_s, u"gamma"_s}));
        if (round == 1) { // every annotator told the rules: all three on one spot
            QCOMPARE(points.size(), 1);
        }
    }

    // The window's figures for round \a round against the pilot's own, to 1e-9.
    static void compareWithSummary(
        const Core::AgreementResult &shown, const QJsonObject &figures, const int round)
    {
        const QStringList layers{
            u"round%1/alpha"_s.arg(round), u"round%1/beta"_s.arg(round), u"round%1/gamma"_s.arg(round)};
        QCOMPARE(shown.layers, layers);
        QVERIFY(std::abs(shown.pool - figures.value(u"pool_agreement"_s).toDouble()) < 1e-9);
        const QJsonArray pairs = figures.value(u"pairs"_s).toArray();
        QCOMPARE(pairs.size(), 3);
        for (const QJsonValue &pair : pairs) {
            const QJsonArray names = pair[u"annotators"_s].toArray();
            const qsizetype a = layers.indexOf(u"round%1/"_s.arg(round) + names.at(0).toString());
            const qsizetype b = layers.indexOf(u"round%1/"_s.arg(round) + names.at(1).toString());
            QVERIFY(a >= 0 && b >= 0);
            QVERIFY2(std::abs(shown.f1.at(a).at(b) - pair[u"f1"_s].toDouble()) < 1e-9,
                qPrintable(u"%1 %2"_s.arg(shown.f1.at(a).at(b)).arg(pair[u"f1"_s].toDouble())));
        }
        // Each annotator's mean agreement and F1 on gold: the scatter's two axes.
        const QJsonArray annotators = figures.value(u"annotators"_s).toArray();
        QCOMPARE(annotators.size(), 3);
        for (const QJsonValue &annotator : annotators) {
            const qsizetype l = layers.indexOf(u"round%1/"_s.arg(round) + annotator[u"name"_s].toString());
            QVERIFY(std::abs(shown.mean.at(l) - annotator[u"mean_agreement"_s].toDouble()) < 1e-9);
            QVERIFY(std::abs(shown.goldF1.at(l) - annotator[u"f1"_s].toDouble()) < 1e-9);
        }
    }

    Test::ProtocolServer m_server;
    QTemporaryDir m_dir;
    int m_copies = 0;
};

QTEST_MAIN(TestRoundView)
#include "tst_roundview.moc"
