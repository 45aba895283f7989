// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "clirun.h"
#include "dialogs/aggregatedialog.h"
#include "languagesettings.h"
#include "mainwindow.h"
#include "metrics/corpusanalysis.h"
#include "metrics/disagreementanalysis.h"
#include "metrics/layercomparison.h"
#include "metrics/reliabilityanalysis.h"
#include "metrics/spanscorer.h"
#include "model/tokengrid.h"
#include "model/workspace.h"
#include "models/documentroles.h"
#include "models/layerstackmodel.h"
#include "models/matrixmodel.h"
#include "projectaccess.h"
#include "projectopener.h"
#include "store/layerrepository.h"
#include "store/pilotrepository.h"
#include "store/projectimporter.h"
#include "store/projectstore.h"
#include "views/agreementpane.h"
#include "views/agreementscatter.h"
#include "views/concordancepane.h"
#include "views/documentview.h"
#include "views/guidelinehistorypane.h"
#include "views/spantextview.h"
#include "windowfixture.h"
#include "workspacelayers.h"

#include <QAction>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScatterSeries>
#include <QSemaphore>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextEdit>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench;

namespace {

// A project of the WNUT-17 test set with its gold layer (and arcada's output, when asked).
bool writeWnutProject(const QString &path, const bool withArcada)
{
    auto store = Core::ProjectStore::create(path, false);
    const QString wnut = QStringLiteral(WORKBENCH_SHARED_DATA) + u"/wnut17/"_s;
    return store
        && Core::ProjectImporter::import(**store,
            {wnut + u"emerging.test.annotated"_s, Core::LayerKind::Gold, std::nullopt, u"gold"_s}, {})
        && (!withArcada
            || Core::ProjectImporter::import(**store,
                {wnut + u"submissions/arcada"_s, Core::LayerKind::System, std::nullopt, u"arcada"_s}, {}));
}

// The stack's column of the first document's "Sonmarg", or -1.
int sonmargColumn(const Ui::LayerStackModel &stack)
{
    for (int column = 0; column < stack.columnCount(); ++column) {
        if (stack.headerData(column, Qt::Horizontal).toString() == u"Sonmarg"_s) {
            return column;
        }
    }
    return -1;
}

// The layers barred under the text, in their order.
QStringList barNames(const Ui::SpanTextView &text)
{
    QStringList names;
    for (const Ui::SpanTextView::Layer &layer : text.barredLayers()) {
        names.append(layer.name);
    }
    return names;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The sample's project as this build makes it, not as an older run left it.
        QFile::remove(Ui::ProjectOpener::samplePath());
        // The 200% run (tst_mainwindow_200) runs beside this one: settings of its own.
        if (const QString scale = qEnvironmentVariable("QT_SCALE_FACTOR"); !scale.isEmpty()) {
            QCoreApplication::setApplicationName(QCoreApplication::applicationName() + u"-scale-"_s + scale);
        }
        Ui::LanguageSettings::choose({}); // a run stopped half-way must not leave German chosen
        // As the window runs in English (LanguageSettings::install): "3 of 8 layers", not "layer(s)".
        QVERIFY(m_plurals.load(Ui::LanguageSettings::englishPlurals()));
        QVERIFY(QCoreApplication::installTranslator(&m_plurals));
    }

    void languageMenu_choosesTheCatalogue_forTheNextStart()
    {
        {
            Ui::MainWindow window;
            auto *german = window.findChild<QAction *>(u"actionLanguage_de"_s);
            auto *system = window.findChild<QAction *>(u"actionLanguage_system"_s);
            QVERIFY(german != nullptr && system != nullptr);
            QVERIFY(system->isChecked());
            german->trigger();
            QCOMPARE(Ui::LanguageSettings::chosen(), u"de"_s);
            QVERIFY(german->isChecked() && !system->isChecked());
        }
        // What the next start does: Qt's catalogue and ours, German strings in the window.
        const QList<QTranslator *> installed = Ui::LanguageSettings::install(*QCoreApplication::instance());
        QCOMPARE(installed.size(), 2);
        {
            Ui::MainWindow window;
            const QStringList menus = [&] {
                QStringList titles;
                for (QAction *action : window.menuBar()->actions()) {
                    titles.append(action->text());
                }
                return titles;
            }();
            QCOMPARE(menus,
                (QStringList{u"&Datei"_s, u"&Bearbeiten"_s, u"Ans&icht"_s, u"&Gehe zu"_s, u"Ebe&nen"_s,
                    u"&Einstellungen"_s, u"&Hilfe"_s}));
            QCOMPARE(window.findChild<QLineEdit *>(u"documentFilter"_s)->placeholderText(),
                u"Dokumente nach Text filtern"_s);
        }
        for (QTranslator *translator : installed) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        Ui::LanguageSettings::choose({});
        QVERIFY(Ui::LanguageSettings::chosen().isEmpty());
        QLocale::setDefault(QLocale::c());

        // English counts properly: "1 document", not the source's "1 document(s)"; so does a
        // language without a catalogue of its own, which shows the English strings.
        QCoreApplication::removeTranslator(&m_plurals); // what install() gives, alone
        QCOMPARE(QCoreApplication::translate("Workbench::Ui::MainWindow", "%n document(s)", nullptr, 1),
            u"1 document(s)"_s);
        for (const QString &language : {u"en"_s, u"fr"_s}) {
            Ui::LanguageSettings::choose(language);
            const QList<QTranslator *> english = Ui::LanguageSettings::install(*QCoreApplication::instance());
            const auto counted = [](const int n) {
                return QCoreApplication::translate("Workbench::Ui::MainWindow", "%n document(s)", nullptr, n);
            };
            QCOMPARE(counted(1), u"1 document"_s);
            QCOMPARE(counted(2), u"2 documents"_s);
            for (QTranslator *translator : english) {
                QCoreApplication::removeTranslator(translator);
                delete translator;
            }
        }
        Ui::LanguageSettings::choose({});
        QLocale::setDefault(QLocale::c());
        QCoreApplication::installTranslator(&m_plurals);
    }

    void openProject_readsItsLayers_orSaysWhyNot()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"wnut.dzn"_s);
        QVERIFY(writeWnutProject(path, true));
        Ui::MainWindow window;
        QSignalSpy loaded(&window, &Ui::MainWindow::loadFinished);
        QSignalSpy agreement(&window, &Ui::MainWindow::agreementReady);
        window.openProject(path);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.first().at(0).toString(), QString());
        if (qEnvironmentVariableIsSet("QT_SCALE_FACTOR")) { // ctest also runs this file at 200%
            const double scale = qEnvironmentVariable("QT_SCALE_FACTOR").toDouble();
            QCOMPARE(window.devicePixelRatio(), scale);
            QCOMPARE(window.grab().devicePixelRatio(), scale); // drawn at full resolution
        }
        QCOMPARE(window.workspace()->corpus().size(), 1287);
        QCOMPARE(window.workspace()->layers().size(), 2);
        QCOMPARE(window.workspace()->layers().layer(u"gold"_s)->spanCount(), 1079);
        QCOMPARE(window.windowTitle(), u"wnut.dzn — DiZiNER Workbench"_s);
        // Remembered: the next window lists it first under File > Open Recent.
        {
            Ui::MainWindow next;
            auto *recent = next.findChild<QAction *>(u"actionRecent1"_s);
            QVERIFY(recent != nullptr);
            QCOMPARE(recent->data().toString(), QFileInfo(path).absoluteFilePath());
        }
        QVERIFY(agreement.wait(30000));

        // Not a project: the error names the file, and what was open stays open.
        QFile text(dir.filePath(u"notes.dzn"_s));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("just some notes\n");
        text.close();
        loaded.clear();
        window.openProject(text.fileName());
        QVERIFY(loaded.wait(30000));
        QVERIFY(loaded.first().at(0).toString().startsWith(text.fileName() + u": "_s));
        QCOMPARE(window.workspace()->corpus().size(), 1287);
    }

    void projectBeforeCoverage_saysItsLayersCoverageIsAssumed()
    {
        // A project saved at version 7, before layers kept their coverage: the window reads its
        // layers as covering every document, as before, but says that this is assumed, in the
        // notes on the data and in each layer's tooltip, not as if it were known.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v7.dzn"_s);
        QVERIFY(writeWnutProject(path, true));
        {
            auto store = Core::ProjectStore::open(path, Core::ProjectStore::Access::ReadWrite);
            QVERIFY(store.has_value());
            QSqlQuery query((*store)->database());
            // Back to what version 7 had: no coverage, no coverage origin, no reports.
            for (const QString &statement :
                {u"ALTER TABLE layers DROP COLUMN coverage"_s, u"ALTER TABLE layers DROP COLUMN uncovered"_s,
                    u"ALTER TABLE rounds DROP COLUMN reports"_s, u"PRAGMA user_version = 7"_s}) {
                QVERIFY2(query.exec(statement), qPrintable(statement));
            }
        }
        Ui::MainWindow window;
        QSignalSpy loaded(&window, &Ui::MainWindow::loadFinished);
        window.openProject(path);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.first().at(0).toString(), QString());
        QCOMPARE(
            window.workspace()->layers().layer(u"arcada"_s)->coverageOrigin(), Core::CoverageOrigin::Assumed);
        QVERIFY(window.workspace()->layers().layer(u"arcada"_s)->uncoveredDocuments().isEmpty());
        const QString notice = window.findChild<QPlainTextEdit *>(u"noticeView"_s)->toPlainText();
        QVERIFY2(notice.startsWith(u"Coverage assumed for "_s) && notice.contains(u": gold, arcada."_s),
            qPrintable(notice));
        auto *stack = window.findChild<QTableView *>(u"layerStack"_s);
        QTRY_VERIFY(stack->model()->rowCount() == 2);
        const QString tip = stack->model()->headerData(1, Qt::Vertical, Qt::ToolTipRole).toString();
        QVERIFY2(tip.startsWith(u"arcada (system)"_s)
                && tip.contains(u"\nAssumed: the project was saved before"_s),
            qPrintable(tip));

        // A project that recorded its coverage says nothing of the kind.
        const QString recorded = dir.filePath(u"v10.dzn"_s);
        QVERIFY(writeWnutProject(recorded, true));
        loaded.clear();
        window.openProject(recorded);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(window.findChild<QPlainTextEdit *>(u"noticeView"_s)->toPlainText(), QString());
        QTRY_VERIFY(stack->model()->rowCount() == 2);
        QVERIFY(
            !stack->model()->headerData(1, Qt::Vertical, Qt::ToolTipRole).toString().contains(u"Assumed"_s));
    }

    void reviewPane_decidesTheProposal_fromTheKeyboard_andSavesTheNextVersion()
    {
        // A pilot project stopped at its first proposal, as `diziner-cli pilot` leaves it.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"pilot.dzn"_s);
        qint64 runId = 0;
        {
            auto store = Core::ProjectStore::create(path, false);
            QVERIFY(store.has_value());
            const QString wnut = QStringLiteral(WORKBENCH_SHARED_DATA) + u"/wnut17/emerging.test.annotated"_s;
            QVERIFY(Core::ProjectImporter::import(
                **store, {wnut, Core::LayerKind::System, std::nullopt, u"pool"_s}, {})
                        .has_value());
            Core::PilotRepository pilot(**store);
            runId = *pilot.saveRun(QJsonObject{{u"goal"_s, u"Tag people."_s}});
            Core::Guideline v0;
            v0.goal = u"Tag people and places."_s;
            v0.common = {Core::Instruction{u"Types"_s, u"Cities are LOC."_s, {}, {}, {}}};
            QVERIFY(pilot.saveGuideline(v0, QJsonObject{{u"source"_s, u"test"_s}}).has_value());
            Core::RoundSummary round;
            round.poolAgreement = 0.6;
            QVERIFY(pilot.saveRound(runId, round).has_value());
            Core::Proposal proposal;
            for (const auto &[id, kind, index, text] : {std::tuple{1, Core::ProposalChange::Kind::Add, -1,
                                                            u"Leave titles such as Dr. outside names."_s},
                     std::tuple{2, Core::ProposalChange::Kind::Change, 0, u"Cities and towns are LOC."_s},
                     std::tuple{3, Core::ProposalChange::Kind::Add, -1, u"Hashtags are never entities."_s}}) {
                Core::ProposalChange change;
                change.id = id;
                change.kind = kind;
                change.target = u"common"_s;
                change.index = index;
                change.instruction = {u"Boundaries"_s, text, {}, {}, {}};
                change.text = text;
                change.rationale = u"annotators split here"_s;
                change.patterns = {u"pattern %1"_s.arg(id)};
                proposal.changes.append(change);
            }
            QVERIFY(pilot.saveProposal(runId, proposal).has_value());
        }

        Ui::MainWindow window;
        QVERIFY(Test::showProject(window, path));

        auto *list = window.findChild<QListView *>(u"proposalChanges"_s);
        auto *detail = window.findChild<QTextBrowser *>(u"changeDetail"_s);
        auto *save = window.findChild<QPushButton *>(u"saveDecisions"_s);
        QVERIFY(list && detail && save);
        QCOMPARE(list->model()->rowCount(), 3);
        QVERIFY(!save->isEnabled());
        // The second change: its diff shows the removed and the added words.
        list->setCurrentIndex(list->model()->index(1, 0));
        QVERIFY(detail->toHtml().contains(u"towns"_s));
        QVERIFY(detail->toPlainText().contains(u"pattern 2"_s));

        // Keyboard: accept the first, reword the second, reject the third.
        list->setFocus();
        list->setCurrentIndex(list->model()->index(0, 0));
        QTest::keyClick(list, Qt::Key_A);
        QCOMPARE(list->currentIndex().row(), 1); // on to the next undecided change
        QTest::keyClick(list, Qt::Key_E);
        auto *editor = window.findChild<QPlainTextEdit *>(u"changeEditor"_s);
        QVERIFY(editor->isVisible());
        editor->setPlainText(u"Cities, towns and villages are LOC."_s);
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(list->currentIndex().row(), 2);
        QTest::keyClick(list, Qt::Key_R);
        QVERIFY(list->model()->index(1, 0).data().toString().contains(u"accepted as edited"_s));
        QVERIFY(save->isEnabled());

        QSignalSpy saved(&window, &Ui::MainWindow::decisionsSaved);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(saved.wait(30000));
        QCOMPARE(saved.first().at(0).toString(), QString());

        // The project now holds version 1 with exactly the accepted and edited changes.
        auto store = Core::ProjectStore::open(path, Core::ProjectStore::Access::ReadOnly);
        QVERIFY(store.has_value());
        Core::PilotRepository pilot(**store);
        const Core::Guideline v1 = *pilot.latestGuideline();
        QCOMPARE(v1.version, 1);
        QStringList texts;
        for (const Core::Instruction &instruction : v1.common) {
            texts.append(instruction.text);
        }
        QVERIFY(texts.contains(u"Leave titles such as Dr. outside names."_s));
        QVERIFY(texts.contains(u"Cities, towns and villages are LOC."_s));
        QVERIFY(!texts.contains(u"Cities are LOC."_s));
        QVERIFY(!texts.contains(u"Hashtags are never entities."_s));
        QVERIFY(!pilot.pendingProposal(runId).has_value());
        QCOMPARE(pilot.rounds(runId).first().changesAccepted, 2);
        store->reset(); // the window writes next

        // The history shows both versions; version 1 against version 0 as a word diff.
        auto *versions = window.findChild<QListWidget *>(u"guidelineVersions"_s);
        auto *versionView = window.findChild<QTextBrowser *>(u"versionView"_s);
        auto *restore = window.findChild<QPushButton *>(u"restoreVersion"_s);
        QTRY_COMPARE(versions->count(), 2);
        QCOMPARE(versions->currentRow(), 1);
        QVERIFY(!restore->isEnabled()); // the newest version is already the newest
        QVERIFY(versionView->toHtml().contains(u"villages"_s));
        QVERIFY(versionView->toHtml().contains(u"<s"_s) || versionView->toHtml().contains(u"line-through"_s));

        // Export version 1 as HTML, then restore version 0 as version 2.
        auto *history = window.findChild<Ui::GuidelineHistoryPane *>(u"guidelineHistory"_s);
        QSignalSpy exported(history, &Ui::GuidelineHistoryPane::exported);
        history->exportVersion(1, dir.filePath(u"v1.html"_s));
        QVERIFY(exported.wait(30000));
        QCOMPARE(exported.first().at(1).toString(), QString());
        QFile html(dir.filePath(u"v1.html"_s));
        QVERIFY(html.open(QIODevice::ReadOnly));
        QVERIFY(html.readAll().contains("Cities, towns and villages are LOC."));

        versions->setCurrentRow(0);
        QVERIFY(restore->isEnabled());
        QSignalSpy restored(&window, &Ui::MainWindow::guidelineRestored);
        QTest::mouseClick(restore, Qt::LeftButton);
        QVERIFY(restored.wait(30000));
        QCOMPARE(restored.first().at(0).toString(), QString());
        QTRY_COMPARE(versions->count(), 3);
        auto reopened = Core::ProjectStore::open(path, Core::ProjectStore::Access::ReadOnly);
        QVERIFY(reopened.has_value());
        const Core::Guideline v2 = *Core::PilotRepository(**reopened).latestGuideline();
        QCOMPARE(v2.version, 2);
        QCOMPARE(v2.common.size(), 1);
        QCOMPARE(v2.common.first().text, u"Cities are LOC."_s);
    }

    void columnWidths_ofThePanesTables_restoredOnRestart()
    {
        const auto header = [](const Ui::MainWindow &window, const QString &table) {
            return window.findChild<QTableView *>(table)->horizontalHeader();
        };
        QSettings().remove(u"columns"_s); // as on a first start, whatever earlier runs left
        {
            Ui::MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QCOMPARE(header(window, u"annotatorTotals"_s)->visualIndex(1), 1);
            header(window, u"projectCallLog"_s)->resizeSection(1, 211);
            header(window, u"callLog"_s)->resizeSection(0, 173);
            header(window, u"annotatorTotals"_s)->moveSection(1, 4); // progress after the tokens
            window.close();
        }
        Ui::MainWindow again;
        QCOMPARE(header(again, u"projectCallLog"_s)->sectionSize(1), 211);
        QCOMPARE(header(again, u"callLog"_s)->sectionSize(0), 173);
        QCOMPARE(header(again, u"annotatorTotals"_s)->visualIndex(1), 4);
    }

    void aggregate_builtFromTheAnnotators_savedAndCuratedFrom()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"aggregate.dzn"_s);
        {
            auto store = Core::ProjectStore::create(path, false);
            QVERIFY(store.has_value());
            const QString wnut = QStringLiteral(WORKBENCH_SHARED_DATA) + u"/wnut17/"_s;
            QVERIFY(Core::ProjectImporter::import(**store,
                {wnut + u"emerging.test.annotated"_s, Core::LayerKind::Gold, std::nullopt, u"gold"_s}, {})
                        .has_value());
            for (const QString &system : {u"arcada"_s, u"flytxt"_s, u"uh_ritual"_s}) {
                QVERIFY(Core::ProjectImporter::import(**store,
                    {wnut + u"submissions/"_s + system, Core::LayerKind::System, std::nullopt, system}, {})
                            .has_value());
            }
        }
        Ui::MainWindow window;
        QVERIFY(Test::showProject(window, path));

        // The dialog offers the annotators, never gold, and refuses a name another layer has.
        window.findChild<QAction *>(u"actionAggregate"_s)->trigger();
        auto *dialog = window.findChild<Ui::AggregateDialog *>(u"aggregateDialog"_s);
        QVERIFY(dialog != nullptr);
        auto *layerList = dialog->findChild<QListWidget *>(u"aggregateLayers"_s);
        QCOMPARE(layerList->count(), 3);
        QVERIFY(layerList->findItems(u"gold"_s, Qt::MatchExactly).isEmpty());
        auto *method = dialog->findChild<QComboBox *>(u"aggregateMethod"_s);
        method->setCurrentIndex(method->findData(int(Core::Aggregator::Method::SpanVote)));
        auto *name = dialog->findChild<QLineEdit *>(u"aggregateName"_s);
        QCOMPARE(name->text(), u"aggregate-span-vote"_s);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QTest::keyClicks(name, u"x"_s);
        name->clear();
        QTest::keyClicks(name, u"arcada"_s);
        QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
        name->clear();
        QTest::keyClicks(name, u"majority"_s);
        layerList->item(0)->setCheckState(Qt::Unchecked);
        layerList->item(1)->setCheckState(Qt::Unchecked);
        QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled()); // one layer is no aggregate
        layerList->item(0)->setCheckState(Qt::Checked);
        layerList->item(1)->setCheckState(Qt::Checked);
        dialog->findChild<QSpinBox *>(u"aggregateMinVotes"_s)->setValue(2);
        QSignalSpy built(&window, &Ui::MainWindow::aggregateBuilt);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(built.wait(30000));
        QCOMPARE(built.first().at(0).toString(), QString());

        // The spans are the aggregator's over the three systems, in the workspace and the project.
        QList<Core::AnnotatorLayer> systems;
        for (const QString &system : {u"arcada"_s, u"flytxt"_s, u"uh_ritual"_s}) {
            systems.append({system, window.workspace()->layers().layer(system)->allSpans()});
        }
        const Core::DocumentSpans expected =
            Core::Aggregator::aggregate(Core::TokenGrid(window.workspace()->corpus().documents()), systems,
                {.method = Core::Aggregator::Method::SpanVote, .minVotes = 2, .weights = {}});
        const Core::SpanLayer *aggregate = window.workspace()->layers().layer(u"majority"_s);
        QVERIFY(aggregate != nullptr);
        QCOMPARE(aggregate->kind(), Core::LayerKind::Aggregate);
        QCOMPARE(aggregate->allSpans(), expected);
        qsizetype expectedCount = 0;
        for (const QList<Core::Span> &spans : expected) {
            expectedCount += spans.size();
        }
        QVERIFY(expectedCount > 100);
        {
            auto store = Core::ProjectStore::open(path, Core::ProjectStore::Access::ReadOnly);
            QVERIFY(store.has_value());
            const auto stored = Core::LayerRepository(**store).find(u"majority"_s);
            QVERIFY(stored.has_value());
            QCOMPARE(stored->spanCount, expectedCount);
            QCOMPARE(stored->kind, Core::LayerKind::Aggregate);
        }
        // Shown at once, and accepted into the curated layer with A, like any layer (on a document
        // where it marks something: elsewhere A has nothing to accept, and says so).
        QCOMPARE(window.findChild<QComboBox *>(u"layerCombo"_s)->currentText(), u"majority"_s);
        const auto marked =
            std::ranges::find_if(expected, [](const QList<Core::Span> &spans) { return !spans.isEmpty(); });
        const int document = int(marked - expected.begin());
        auto *list = window.findChild<QTableView *>(u"documentList"_s);
        list->setCurrentIndex(list->model()->index(document, 0));
        auto *text = window.findChild<QTextEdit *>(u"documentText"_s);
        // The dialog gone, the window is active again, as on a desktop: the text's keys act there.
        QTRY_VERIFY(window.findChild<Ui::AggregateDialog *>(u"aggregateDialog"_s) == nullptr);
        window.activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), &window);
        text->setFocus();
        QSignalSpy saved(&window, &Ui::MainWindow::curationSaved);
        QTest::keyClick(text, Qt::Key_A);
        QVERIFY(saved.wait(30000));
        QCOMPARE(window.workspace()->layers().layer(u"curated"_s)->spans(document), expected.at(document));

        // Built again under the same name, it is replaced, not doubled; still out of the matrix.
        window.aggregateLayers({u"arcada"_s, u"flytxt"_s, u"uh_ritual"_s},
            {.method = Core::Aggregator::Method::Weighted, .minVotes = 0, .weights = {}}, u"majority"_s);
        built.clear();
        QVERIFY(built.wait(30000));
        QCOMPARE(built.first().at(0).toString(), QString());
        int named = 0;
        for (const Core::SpanLayer *layer : window.workspace()->layers().layers()) {
            named += layer->name() == u"majority" ? 1 : 0;
        }
        QCOMPARE(named, 1);
        auto store = Core::ProjectStore::open(path, Core::ProjectStore::Access::ReadOnly);
        int stored = 0;
        const auto storedLayers = Core::LayerRepository(**store).list(); // named: *temporary would dangle
        for (const auto &layer : *storedLayers) {
            stored += layer.name == u"majority" ? 1 : 0;
        }
        QCOMPARE(stored, 1);
        store->reset();

        // Opened again, the matrix compares the three annotators: not gold, the aggregate or the curated
        // layer.
        QSignalSpy agreement(&window, &Ui::MainWindow::agreementReady);
        window.openProject(path);
        QVERIFY(agreement.wait(30000));
        const auto *matrix = window.findChild<QTableView *>(u"agreementMatrix"_s);
        QCOMPARE(static_cast<Ui::MatrixModel *>(matrix->model())->result().layers,
            (QStringList{u"arcada"_s, u"flytxt"_s, u"uh_ritual"_s}));
        // Above it, the coefficients a report states, of the same three layers.
        const Core::ReliabilityResult reliability =
            Core::ReliabilityAnalysis::compute(Core::TokenGrid(window.workspace()->corpus().documents()),
                Ui::WorkspaceLayers::annotators(*window.workspace()), {.bootstrapSamples = 0, .seed = 42});
        const QString shown = window.findChild<QLabel *>(u"reliability"_s)->text();
        QVERIFY2(shown.startsWith(
                     u"Krippendorff's alpha "_s + QLocale().toString(*reliability.alpha.bio.value, 'f', 3)),
            qPrintable(shown));
        QVERIFY2(
            shown.contains(u"Fleiss' kappa "_s + QLocale().toString(*reliability.fleiss.bio.value, 'f', 3)),
            qPrintable(shown));
    }

    void projectLayerLackingADocument_givesTheCliFiguresOnTheFiles()
    {
        // B's file lacks the second document, where A and C mark a location. The CLI reads the
        // files with that document missing from B; the project must keep that, and the window
        // show the same figures, not those of B labelling "d e" as no entities.
        QTemporaryDir dir;
        const auto write = [&dir](const QString &name, const QByteArray &bytes) {
            QFile file(dir.filePath(name));
            return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() ? file.fileName()
                                                                                        : QString();
        };
        const QByteArray second = "-DOCSTART- O\n\nd B-LOC\ne I-LOC\nf O\n\n";
        const QString a = write(u"A.conll"_s,
            "-DOCSTART- O\n\na O\nb B-PER\nc O\n\n" + second
                + "-DOCSTART- O\n\ng B-ORG\nh O\n\n-DOCSTART- O\n\ni O\nj B-PER\nk I-PER\n\n");
        const QString b = write(u"B.conll"_s,
            "-DOCSTART- O\n\na O\nb B-PER\nc O\n\n"
            "-DOCSTART- O\n\ng B-PER\nh O\n\n-DOCSTART- O\n\ni O\nj B-PER\nk O\n\n");
        const QString c = write(u"C.conll"_s,
            "-DOCSTART- O\n\na O\nb B-PER\nc B-LOC\n\n" + second
                + "-DOCSTART- O\n\ng B-ORG\nh O\n\n-DOCSTART- O\n\ni O\nj B-PER\nk I-PER\n\n");
        QVERIFY(!a.isEmpty() && !b.isEmpty() && !c.isEmpty());
        const QString project = dir.filePath(u"lacking.dzn"_s);
        QCOMPARE(Test::runCli({u"project"_s, u"create"_s, project}).exitCode, 0);
        for (const QString &file : {a, b, c}) {
            const Test::CliRun imported = Test::runCli(
                {u"project"_s, u"import"_s, project, file, u"--layer"_s, QFileInfo(file).fileName()});
            QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        }
        const Test::CliRun onFiles =
            Test::runCli({u"agreement"_s, a, b, c, u"--format"_s, u"json"_s, u"--bootstrap"_s, u"0"_s});
        QVERIFY2(onFiles.exitCode == 0, qPrintable(onFiles.err));
        const QJsonObject cli = onFiles.json();

        Ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy analysed(&window, &Ui::MainWindow::agreementReady);
        window.openProject(project);
        QVERIFY(analysed.wait(30000));
        const auto *pane = window.findChild<Ui::AgreementPane *>(u"agreementPane"_s);
        QCOMPARE(pane->result().layers, (QStringList{u"A.conll"_s, u"B.conll"_s, u"C.conll"_s}));
        QCOMPARE(QJsonArray::fromStringList(pane->result().layers), cli.value(u"layers"_s).toArray());
        QVERIFY(pane->reliability().has_value());
        const Core::ReliabilityResult &shown = *pane->reliability();
        const auto same = [](const std::optional<double> &value, const QJsonValue &expected) {
            return value.has_value() && expected.isDouble() && qAbs(*value - expected.toDouble()) < 1e-12;
        };
        QVERIFY(same(pane->result().pool, cli.value(u"pool"_s)));
        QVERIFY(same(shown.alpha.bio.value, cli[u"alpha"_s][u"bio"_s]));
        QVERIFY(same(shown.alpha.type.value, cli[u"alpha"_s][u"type"_s]));
        QVERIFY(same(shown.fleiss.bio.value, cli[u"fleiss"_s][u"bio"_s]));
        QVERIFY(same(shown.fleiss.type.value, cli[u"fleiss"_s][u"type"_s]));
        const QJsonObject byType = cli[u"alpha"_s][u"by_type"_s].toObject();
        QCOMPARE(shown.alpha.byType.keys(), byType.keys());
        for (auto it = shown.alpha.byType.cbegin(); it != shown.alpha.byType.cend(); ++it) {
            QVERIFY2(same(it->value, byType[it.key()][u"value"_s]), qPrintable(it.key()));
        }

        // Read as "no entities" (what the window showed before the project kept coverage), they differ.
        QList<Core::AnnotatorLayer> asEmpty = Ui::WorkspaceLayers::annotators(*window.workspace());
        QCOMPARE(asEmpty.at(1).missing, QSet<qsizetype>{1});
        for (Core::AnnotatorLayer &layer : asEmpty) {
            layer.missing.clear();
        }
        const Core::CorpusAnalysis::Result empty = Core::CorpusAnalysis::run(
            Core::TokenGrid(window.workspace()->corpus().documents()), asEmpty, std::nullopt,
            {.agreement = {.bootstrapSamples = 0},
                .disagreement = false,
                .reliability = Core::ReliabilityAnalysis::Options{.bootstrapSamples = 0},
                .perDocument = false});
        QVERIFY2(qAbs(empty.agreement.pool - cli.value(u"pool"_s).toDouble()) > 0.01,
            qPrintable(QString::number(empty.agreement.pool)));
        QVERIFY(qAbs(*empty.reliability->alpha.bio.value - cli[u"alpha"_s][u"bio"_s].toDouble()) > 0.01);

        // Per type, alpha with its interval and Fleiss' kappa, in a table under the overall line.
        const auto *table = window.findChild<QTableWidget *>(u"reliabilityByType"_s);
        QVERIFY(table->isVisible());
        QCOMPARE(table->rowCount(), 3); // LOC, ORG, PER
        const Core::ReliabilityResult::Estimate person = shown.alpha.byType.value(u"PER"_s);
        QVERIFY(person.value && person.interval);
        QCOMPARE(table->item(2, 0)->text(), u"PER"_s);
        QCOMPARE(table->item(2, 1)->text(), QLocale().toString(*person.value, 'f', 3));
        QCOMPARE(table->item(2, 2)->text(),
            u"[%1, %2]"_s.arg(QLocale().toString(person.interval->first, 'f', 3),
                QLocale().toString(person.interval->second, 'f', 3)));

        // A and B's cell lists where they differ among the documents both cover: not the one B lacks.
        auto *matrix = window.findChild<QTableView *>(u"agreementMatrix"_s);
        auto *list = window.findChild<QTableView *>(u"documentList"_s);
        const QModelIndex cell = matrix->model()->index(0, 1);
        QTest::mouseClick(matrix->viewport(), Qt::LeftButton, {}, matrix->visualRect(cell).center());
        QTRY_COMPARE(list->model()->rowCount(), 2); // the third and fourth documents
    }

    void goldLackingADocument_givesTheCliFiguresAndIntervals()
    {
        // The gold file lacks the second document, where both layers mark a location. The CLI
        // scores each layer against gold over the documents gold covers; the window must too, not
        // count the location as a false positive against a gold "without entities". With every
        // option at its default, the window's bootstrap intervals are the CLI's, number for number.
        QTemporaryDir dir;
        const auto write = [&dir](const QString &name, const QByteArray &bytes) {
            QFile file(dir.filePath(name));
            return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() ? file.fileName()
                                                                                        : QString();
        };
        const QByteArray first = "-DOCSTART- O\n\na O\nb B-PER\nc O\n\n";
        const QByteArray second = "-DOCSTART- O\n\nd B-LOC\ne I-LOC\nf O\n\n";
        const QByteArray last = "-DOCSTART- O\n\ni O\nj B-PER\nk I-PER\n\n";
        const QString a = write(u"A.conll"_s, first + second + "-DOCSTART- O\n\ng B-ORG\nh O\n\n" + last);
        const QString b = write(u"B.conll"_s, first + second + "-DOCSTART- O\n\ng B-PER\nh O\n\n" + last);
        const QString gold = write(u"G.conll"_s, first + "-DOCSTART- O\n\ng B-ORG\nh O\n\n" + last);
        QVERIFY(!a.isEmpty() && !b.isEmpty() && !gold.isEmpty());
        const QString project = dir.filePath(u"gold-lacking.dzn"_s);
        QCOMPARE(Test::runCli({u"project"_s, u"create"_s, project}).exitCode, 0);
        for (const QStringList &import : {QStringList{a, u"--layer"_s, u"A.conll"_s},
                 QStringList{b, u"--layer"_s, u"B.conll"_s}, QStringList{gold, u"--gold"_s}}) {
            const Test::CliRun imported =
                Test::runCli(QStringList{u"project"_s, u"import"_s, project} + import);
            QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        }
        const Test::CliRun onFiles =
            Test::runCli({u"agreement"_s, a, b, u"--gold"_s, gold, u"--format"_s, u"json"_s});
        QVERIFY2(onFiles.exitCode == 0, qPrintable(onFiles.err));
        const QJsonObject cli = onFiles.json();
        const QJsonArray cliGold = cli.value(u"gold_f1"_s).toArray();
        QCOMPARE(cliGold.size(), 2);
        QCOMPARE(cliGold.at(0).toDouble(), 1.0); // A agrees with gold wherever gold speaks

        Ui::MainWindow window;
        QSignalSpy analysed(&window, &Ui::MainWindow::agreementReady);
        window.openProject(project);
        QVERIFY(analysed.wait(30000));
        const auto *pane = window.findChild<Ui::AgreementPane *>(u"agreementPane"_s);
        const Core::AgreementResult &shown = pane->result();
        QCOMPARE(shown.layers, (QStringList{u"A.conll"_s, u"B.conll"_s}));
        QCOMPARE(shown.goldF1.size(), 2);
        for (qsizetype l = 0; l < 2; ++l) {
            QVERIFY2(qAbs(shown.goldF1.at(l) - cliGold.at(l).toDouble()) < 1e-12,
                qPrintable(u"%1: window %2, CLI %3"_s.arg(shown.layers.at(l))
                               .arg(shown.goldF1.at(l))
                               .arg(cliGold.at(l).toDouble())));
        }
        // The same resamples and seed: the same intervals.
        const QJsonArray poolInterval = cli.value(u"pool_ci"_s).toArray();
        QCOMPARE(poolInterval.size(), 2);
        QCOMPARE(shown.poolInterval.first, poolInterval.at(0).toDouble());
        QCOMPARE(shown.poolInterval.second, poolInterval.at(1).toDouble());
        QVERIFY(pane->reliability().has_value() && pane->reliability()->alpha.bio.interval);
        const QJsonArray alphaInterval = cli[u"alpha"_s][u"bio_ci"_s].toArray();
        QCOMPARE(alphaInterval.size(), 2);
        QCOMPARE(pane->reliability()->alpha.bio.interval->first, alphaInterval.at(0).toDouble());
        QCOMPARE(pane->reliability()->alpha.bio.interval->second, alphaInterval.at(1).toDouble());

        // Gold read as "no entities" in the document it lacks gives A a lower figure.
        const Core::AgreementResult asEmpty =
            Core::AgreementAnalysis::compute(Core::TokenGrid(window.workspace()->corpus().documents()),
                Ui::WorkspaceLayers::annotators(*window.workspace()),
                Ui::WorkspaceLayers::gold(*window.workspace()), {.bootstrapSamples = 0});
        QVERIFY2(asEmpty.goldF1.at(0) < 0.9, qPrintable(QString::number(asEmpty.goldF1.at(0))));
    }

    void agreementPane_withOneLayer_saysWhyThereIsNoCoefficient()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"one.dzn"_s);
        QVERIFY(writeWnutProject(path, true)); // gold and arcada: one annotator
        Ui::MainWindow window;
        QSignalSpy analysed(&window, &Ui::MainWindow::agreementReady);
        window.openProject(path);
        QVERIFY(analysed.wait(30000));
        const QString shown = window.findChild<QLabel *>(u"reliability"_s)->text();
        QVERIFY2(shown.startsWith(u"Krippendorff's alpha and Fleiss' kappa: n/a. They need at least two "
                                  u"annotator layers to compare; found: 1 "_s),
            qPrintable(shown));
        QVERIFY(window.findChild<QTableWidget *>(u"reliabilityByType"_s)->isHidden());
    }

    void curation_fromTheKeyboard_isSavedWithUndo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"curate.dzn"_s);
        QVERIFY(writeWnutProject(path, false));
        Ui::MainWindow window;
        QVERIFY(Test::showProject(window, path));
        auto *text = window.findChild<QTextEdit *>(u"documentText"_s);
        QTRY_VERIFY(text->toPlainText().contains(u"Sonmarg"_s));
        const int at = int(text->toPlainText().indexOf(u"Sonmarg"_s));
        const QString firstType = window.workspace()->scheme().codes().first();
        const auto curatedSpans = [&path] {
            auto store = Core::ProjectStore::open(path, Core::ProjectStore::Access::ReadOnly);
            Core::LayerRepository layers(**store);
            const auto curated = layers.find(u"curated"_s);
            return curated ? layers.spans(curated->id, 1287)->value(0) : QList<Core::Span>{};
        };
        QSignalSpy saved(&window, &Ui::MainWindow::curationSaved);
        const auto press = [&](int key, Qt::KeyboardModifiers modifiers = {}) {
            saved.clear();
            QTest::keyClick(text, Qt::Key(key), modifiers);
            return saved.wait(30000) && saved.first().at(0).toString().isEmpty();
        };

        // Select part of the word: the span snaps to the whole token.
        text->setFocus();
        QTextCursor cursor(text->document());
        cursor.setPosition(at + 1);
        cursor.setPosition(at + 4, QTextCursor::KeepAnchor);
        text->setTextCursor(cursor);
        QVERIFY(press(Qt::Key_1));
        QCOMPARE(curatedSpans(), (QList<Core::Span>{{at, at + 7, firstType}}));
        QVERIFY(press(Qt::Key_Z, Qt::ControlModifier));
        QVERIFY(curatedSpans().isEmpty());
        QVERIFY(press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier));
        QCOMPARE(curatedSpans().size(), 1);
        cursor.setPosition(at + 2); // the cursor inside it: Delete removes it
        text->setTextCursor(cursor);
        QVERIFY(press(Qt::Key_Delete));
        QVERIFY(curatedSpans().isEmpty());
        // A: the gold layer's spans of this document, accepted whole.
        window.findChild<Ui::DocumentView *>(u"documentView"_s)->setLayer(u"gold"_s);
        QVERIFY(press(Qt::Key_A));
        const QList<Core::Span> gold = window.workspace()->layers().layer(u"gold"_s)->spans(0);
        QCOMPARE(curatedSpans(), gold);
        QCOMPARE(window.workspace()->layers().layer(u"curated"_s)->spans(0), curatedSpans());

        // A digit with no selection changes the type of the curated span under the cursor.
        const QStringList types = window.workspace()->scheme().codes();
        const Core::Span target = gold.first();
        const int other = types.indexOf(target.type) == 0 ? 1 : 0;
        cursor.setPosition(target.start);
        text->setTextCursor(cursor);
        QVERIFY(press(Qt::Key_1 + other));
        QList<Core::Span> retyped = gold;
        retyped.first().type = types.at(other);
        std::ranges::sort(retyped);
        QCOMPARE(curatedSpans(), retyped);
        // Each action is one undo step: the type change, then the whole accept.
        QVERIFY(press(Qt::Key_Z, Qt::ControlModifier));
        QCOMPARE(curatedSpans(), gold);
        QVERIFY(press(Qt::Key_Z, Qt::ControlModifier));
        QVERIFY(curatedSpans().isEmpty());
        QVERIFY(press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier));
        QCOMPARE(curatedSpans(), gold);
        // The documents pane counts the curated spans of each document.
        auto *list = window.findChild<QTableView *>(u"documentList"_s);
        QCOMPARE(list->model()->index(0, Ui::DocumentRoles::CuratedColumn).data().toInt(), int(gold.size()));
        QCOMPARE(list->model()->index(1, Ui::DocumentRoles::CuratedColumn).data().toInt(), 0);
    }

    void concordance_findsEveryHit_andOpensItsDocumentAtTheMatch()
    {
        Ui::MainWindow window;
        QVERIFY(Test::showSample(window, &Ui::MainWindow::loadFinished));
        auto *pane = window.findChild<Ui::ConcordancePane *>(u"concordance"_s);
        QVERIFY(pane != nullptr);
        // Counted here independently, in any case, over the sample's documents.
        const QString query = u"love"_s;
        int expected = 0;
        const QList<Core::Document> documents = window.workspace()->corpus().documents();
        for (const Core::Document &document : documents) {
            expected += int(document.text().count(query, Qt::CaseInsensitive));
        }
        QVERIFY(expected > 3);
        QSignalSpy searched(pane, &Ui::ConcordancePane::searched);
        window.findChild<QLineEdit *>(u"documentFilter"_s)->setText(u"no document has this"_s); // hides all
        pane->search(query);
        QVERIFY(searched.wait(10000));
        QCOMPARE(searched.first().at(0).toInt(), expected);
        auto *hits = window.findChild<QTableView *>(u"concordanceHits"_s);
        QCOMPARE(hits->model()->rowCount(), expected);
        const int row = expected - 1;
        QCOMPARE(hits->model()->index(row, 2).data().toString().compare(query, Qt::CaseInsensitive), 0);
        // Activating a hit opens its document (the filter that hid it is cleared) at the match.
        hits->setCurrentIndex(hits->model()->index(row, 0));
        QSignalSpy activated(pane, &Ui::ConcordancePane::hitActivated);
        QTest::keyClick(hits, Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        const qsizetype document = activated.first().at(0).toLongLong();
        auto *list = window.findChild<QTableView *>(u"documentList"_s);
        QCOMPARE(list->currentIndex().data(Ui::DocumentRoles::DocumentIndexRole).toLongLong(), document);
        auto *text = window.findChild<QTextEdit *>(u"documentText"_s);
        QCOMPARE(text->toPlainText(), documents.at(document).text());
        QCOMPARE(text->textCursor().selectedText().compare(query, Qt::CaseInsensitive), 0);
        QCOMPARE(text->textCursor().selectionStart(), activated.first().at(1).toInt());
    }

    void scatter_setsEachLayersAgreementAgainstItsF1OnGold()
    {
        Ui::MainWindow window;
        QVERIFY(Test::showSample(window, &Ui::MainWindow::agreementReady));
        auto *scatter = window.findChild<Ui::AgreementScatter *>(u"agreementScatter"_s);
        QVERIFY(scatter != nullptr);
        const QList<QAbstractSeries *> series = scatter->chart()->series();
        const Core::SpanLayer *gold = nullptr;
        for (const Core::SpanLayer *layer : window.workspace()->layers().layers()) {
            gold = layer->kind() == Core::LayerKind::Gold ? layer : gold;
        }
        QVERIFY(gold != nullptr);
        QStringList named;
        QStringList labels; // each point named on the chart, not told apart by colour
        for (const Ui::AgreementScatter::Label &label : scatter->labels()) {
            labels.append(label.text);
        }
        for (QAbstractSeries *abstract : series) {
            auto *point = static_cast<QScatterSeries *>(abstract);
            QVERIFY2(labels.contains(point->name()), qPrintable(point->name()));
            // Layers on one spot share a point and a label (arcada and sjtu_adapt here): no overprint.
            for (const QString &name : point->name().split(u", "_s)) {
                named.append(name);
                const Core::SpanLayer *layer = window.workspace()->layers().layer(name);
                QVERIFY(layer != nullptr);
                const double f1 = Core::SpanScorer::score(gold->allSpans(), layer->allSpans()).overall.f1();
                QVERIFY(qAbs(point->at(0).y() - f1) < 0.01);
            }
            QVERIFY(point->at(0).x() > 0 && point->at(0).x() < 1);
        }
        QCOMPARE(named.size(), 7); // the seven systems; gold is what they are scored against
        QCOMPARE(series.size(), 6);
        QVERIFY(named.contains(u"arcada"_s) && named.contains(u"sjtu_adapt.txt"_s));
        QVERIFY(scatter->chart()->title().contains(u"Pearson"_s));
    }

    void nextDisagreement_walksTheDisputedDocuments_inThePanesOrder()
    {
        Ui::MainWindow window;
        QVERIFY(Test::showSample(window, &Ui::MainWindow::agreementReady));
        auto *list = window.findChild<QTableView *>(u"documentList"_s);
        QAbstractItemModel *model = list->model();
        const auto disputedAt = [model](int row) {
            return model->index(row, Ui::DocumentRoles::DisputedColumn)
                .data(Ui::DocumentRoles::SortRole)
                .toInt();
        };
        int expected = -1;
        for (int row = 1; row < model->rowCount() && expected < 0; ++row) {
            expected = disputedAt(row) > 0 ? row : -1;
        }
        QVERIFY(expected > 0);
        list->setCurrentIndex(model->index(0, 0));
        auto *text = window.findChild<QTextEdit *>(u"documentText"_s);
        text->setFocus();
        QTest::keyClick(text, Qt::Key_N);
        QCOMPARE(list->currentIndex().row(), expected);
        QVERIFY(disputedAt(list->currentIndex().row()) > 0);
        QTest::keyClick(text, Qt::Key_N, Qt::ShiftModifier); // and back: row 0 or an earlier disputed one
        QVERIFY(list->currentIndex().row() < expected || disputedAt(list->currentIndex().row()) > 0);
        window.findChild<QAction *>(u"actionNextDisagreement"_s)->trigger();
        QVERIFY(disputedAt(list->currentIndex().row()) > 0);
    }

    void openSample_listsItsDocumentsAndLayers()
    {
        Ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy loaded(&window, &Ui::MainWindow::loadFinished);
        window.openSample();
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.first().at(0).toString(), QString());

        auto *list = window.findChild<QTableView *>(u"documentList"_s);
        QVERIFY(list != nullptr);
        QCOMPARE(list->model()->rowCount(), 1287);
        QCOMPARE(window.workspace()->corpus().tokenCount(), 23394);
        QCOMPARE(window.workspace()->layers().size(), 8); // gold and the seven systems
        QCOMPARE(window.workspace()->layers().layer(0)->name(), u"emerging.test.annotated"_s);
        QCOMPARE(window.workspace()->layers().layer(0)->spanCount(), 1079);
        auto *combo = window.findChild<QComboBox *>(u"layerCombo"_s);
        QVERIFY(combo != nullptr);
        QCOMPARE(combo->count(), 8);
        QCOMPARE(window.windowTitle(), u"WNUT-17 sample — DiZiNER Workbench"_s);
    }

    void openSample_showsTheFirstDocument_withTheGoldSpanDrawn()
    {
        Ui::MainWindow window;
        QVERIFY(Test::showSample(window, &Ui::MainWindow::loadFinished));
        // The first document is selected and shown, with the gold's "Sonmarg" drawn over it.
        auto *text = window.findChild<QTextEdit *>(u"documentText"_s);
        QVERIFY(text->toPlainText().contains(u"Sonmarg"_s));
        auto *view = window.findChild<Ui::DocumentView *>(u"documentView"_s);
        QCOMPARE(view->documentIndex(), 0);
        QCOMPARE(view->drawnSpanCount(), 1);
        auto *list = window.findChild<QTableView *>(u"documentList"_s);
        QCOMPARE(list->currentIndex().data(Ui::DocumentRoles::DocumentIndexRole).toLongLong(), 0);
    }

    void layerStack_showsEveryLayersTags_andTheirAgreementOnHover()
    {
        Ui::MainWindow window;
        QVERIFY(Test::showSample(window, &Ui::MainWindow::loadFinished));
        // The stacked view: a row per layer under the document's tokens, with agreement on hover.
        auto *stack = window.findChild<QTableView *>(u"layerStack"_s);
        QVERIFY(stack != nullptr);
        auto *stackModel = qobject_cast<Ui::LayerStackModel *>(stack->model());
        QCOMPARE(stackModel->rowCount(), 8);
        QCOMPARE(stackModel->columnCount(), 27);
        const int sonmarg = sonmargColumn(*stackModel);
        QVERIFY(sonmarg >= 0);
        QCOMPARE(stackModel->index(0, sonmarg).data().toString(), u"B-location"_s);
        QCOMPARE(stackModel->index(0, 0).data().toString(), u"·"_s);
        const QString hover = stackModel->index(0, sonmarg).data(Qt::ToolTipRole).toString();
        QVERIFY2(hover.contains(u"of 8 layers give 'Sonmarg' the tag B-location: emerging.test.annotated"_s),
            qPrintable(hover));
    }

    void spanText_barsTheOtherLayersUnderTheLine_namedLikeTheStack()
    {
        Ui::MainWindow window;
        QVERIFY(Test::showSample(window, &Ui::MainWindow::loadFinished));
        auto *text = window.findChild<QTextEdit *>(u"documentText"_s);
        auto *spanText = qobject_cast<Ui::SpanTextView *>(text);
        QVERIFY(spanText != nullptr);
        auto *stackModel =
            qobject_cast<Ui::LayerStackModel *>(window.findChild<QTableView *>(u"layerStack"_s)->model());
        auto *combo = window.findChild<QComboBox *>(u"layerCombo"_s);
        // Over the text: the shown layer tinted, the seven others as bars under the line, in the
        // stack's order; hovering "Sonmarg" names the same layers as the stack's cell.
        QStringList others = stackModel->layers();
        others.removeAll(combo->currentText());
        QCOMPARE(barNames(*spanText), others);
        const int sonmarg = sonmargColumn(*stackModel);
        const int at = int(text->toPlainText().indexOf(u"Sonmarg"_s));
        int agreeing = 0; // B- or I-location: the text view speaks of types, the stack of tags
        for (int row = 0; row < stackModel->rowCount(); ++row) {
            agreeing += stackModel->index(row, sonmarg).data().toString().endsWith(u"-location"_s) ? 1 : 0;
        }
        const QString described = spanText->describe(at);
        QVERIFY2(described.contains(u"location (%1 of 8): emerging.test.annotated"_s.arg(agreeing)),
            qPrintable(described));
        QTextCursor start(text->document());
        start.setPosition(at);
        const QRect caret = text->cursorRect(start);
        bool barUnderSonmarg = false;
        for (qsizetype row = 0; row < spanText->barredLayers().size(); ++row) {
            for (const Ui::SpanTextView::Bar &bar : spanText->bars(row)) {
                if (std::abs(bar.rect.left() - caret.left()) <= 1.5 && bar.type == u"location") {
                    barUnderSonmarg = true;
                    QVERIFY(bar.rect.top() >= caret.bottom() - 1); // under the line, not over the word
                }
            }
        }
        QVERIFY(barUnderSonmarg);
    }

    void layerStack_reorderedAndHidden_theBarsFollow()
    {
        Ui::MainWindow window;
        QVERIFY(Test::showSample(window, &Ui::MainWindow::loadFinished));
        auto *stack = window.findChild<QTableView *>(u"layerStack"_s);
        auto *stackModel = qobject_cast<Ui::LayerStackModel *>(stack->model());
        auto *spanText = window.findChild<Ui::SpanTextView *>(u"documentText"_s);
        auto *combo = window.findChild<QComboBox *>(u"layerCombo"_s);
        // Reordered by dragging a name (the first layer moved to the fourth place) and hidden.
        const QString first = stackModel->layers().first();
        stack->verticalHeader()->moveSection(0, 3);
        QTRY_COMPARE(stackModel->layers().at(3), first);
        QCOMPARE(stack->verticalHeader()->visualIndex(3), 3); // the model took the order
        stackModel->setHidden(first, true);
        QCOMPARE(stackModel->rowCount(), 7);
        QVERIFY(!stackModel->layers().contains(first));
        // The bars follow the stack: without the hidden layer, in the new order.
        QStringList others = stackModel->layers();
        others.removeAll(combo->currentText());
        QCOMPARE(barNames(*spanText), others);
        auto *bars = window.findChild<QCheckBox *>(u"layerBars"_s);
        bars->setChecked(false);
        QVERIFY(spanText->barredLayers().isEmpty());
        bars->setChecked(true);
        QCOMPARE(barNames(*spanText), others);
        stackModel->showAll();
        QCOMPARE(stackModel->layers().at(3), first);
    }

    void documentList_clickShowsThatDocument_andTheStackKeepsItsArrangement()
    {
        Ui::MainWindow window;
        QVERIFY(Test::showSample(window, &Ui::MainWindow::loadFinished));
        auto *list = window.findChild<QTableView *>(u"documentList"_s);
        auto *view = window.findChild<Ui::DocumentView *>(u"documentView"_s);
        auto *stackModel =
            qobject_cast<Ui::LayerStackModel *>(window.findChild<QTableView *>(u"layerStack"_s)->model());
        const QString first = stackModel->layers().first();
        stackModel->setHidden(first, true);
        const QModelIndex row = list->model()->index(5, 0);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(row).center());
        QTRY_COMPARE(view->documentIndex(), 5);
        QCOMPARE(stackModel->rowCount(), 7); // the layers stay as arranged
        QVERIFY(!stackModel->layers().contains(first));
        QVERIFY(window.findChild<QTextEdit *>(u"documentText"_s)->toPlainText()
            == window.workspace()->corpus().document(5).text());
    }

    void documentFilter_typing_narrowsTheList()
    {
        Ui::MainWindow window;
        QVERIFY(Test::showSample(window, &Ui::MainWindow::loadFinished));
        auto *list = window.findChild<QTableView *>(u"documentList"_s);
        auto *filter = window.findChild<QLineEdit *>(u"documentFilter"_s);
        QTest::keyClicks(filter, u"Sonmarg"_s);
        QTRY_COMPARE(list->model()->rowCount(), 1);
        filter->clear();
        QCOMPARE(list->model()->rowCount(), 1287);
    }

    void openSample_saysWhereTheDataComesFrom()
    {
        Ui::MainWindow window;
        QVERIFY(Test::showSample(window, &Ui::MainWindow::loadFinished));
        auto *notice = window.findChild<QPlainTextEdit *>(u"noticeView"_s);
        QVERIFY(notice->toPlainText().contains(u"CC BY 4.0"_s));
    }

    void close_waitsForProjectWorkInFlight_andLeavesNoConnectionOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"closing.dzn"_s);
        QVERIFY(writeWnutProject(path, false));
        auto window = std::make_unique<Ui::MainWindow>();
        QVERIFY(Test::showProject(*window, path));
        // A write the window's panes started (as a curation edit does), still running when the
        // window is closed: it holds the project open for writing until it is let go.
        Ui::ProjectAccess *access = window->projectAccess();
        QSemaphore started;
        QSemaphore proceed;
        std::atomic<bool> finished = false;
        access->run(
            path, Ui::ProjectAccess::Mode::Write, window.get(),
            [&](Core::ProjectStore &store) {
                started.release();
                proceed.acquire();
                auto written = store.setMeta(u"closing"_s, u"done"_s);
                finished = true;
                return written;
            },
            [](const Ui::ProjectAccess::Outcome<void> &) {});
        started.acquire();
        // Let the work go only once the window waits for it: closing must not return before.
        connect(
            access, &Ui::ProjectAccess::waiting, this, [&proceed] { proceed.release(); },
            Qt::DirectConnection);
        QVERIFY(window->close());
        const bool waited = finished;
        proceed.release(); // should the window not have waited, the work is let go here
        QVERIFY(waited);
        window.reset();
        QVERIFY(QSqlDatabase::connectionNames().isEmpty());
        auto store = Core::ProjectStore::open(path, Core::ProjectStore::Access::ReadWrite);
        QVERIFY(store.has_value()); // the lock is free
        QCOMPARE((*store)->meta(u"closing"_s), u"done"_s);
    }

    void matrix_cellListsTheDocumentsWhereTwoLayersDiffer()
    {
        Ui::MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy agreement(&window, &Ui::MainWindow::agreementReady);
        window.openSample();
        QVERIFY(agreement.wait(60000));
        auto *matrix = window.findChild<QTableView *>(u"agreementMatrix"_s);
        QVERIFY(matrix != nullptr);
        QCOMPARE(matrix->model()->rowCount(), 7); // the seven systems; gold is not compared
        QCOMPARE(matrix->model()->index(0, 6).data().toString(), u"0.52"_s); // arcada and uh_ritual
        QCOMPARE(matrix->model()->index(3, 3).data().toString(), u"1.00"_s);

        // The documents gain their disputed-span counts: union of the systems' spans minus
        // what all seven share, counted here independently for every document.
        const auto &layers = window.workspace()->layers();
        auto *documents = window.findChild<QTableView *>(u"documentList"_s);
        QTRY_VERIFY(documents->model()->index(0, Ui::DocumentRoles::DisputedColumn).data().isValid());
        int mostDisputed = 0;
        for (qsizetype d = 0; d < 1287; ++d) {
            QSet<Core::Span> all;
            std::optional<QSet<Core::Span>> shared;
            for (const Core::SpanLayer *layer : layers.layers()) {
                if (layer->kind() == Core::LayerKind::Gold) {
                    continue;
                }
                const QList<Core::Span> &spans = layer->spans(d);
                const QSet<Core::Span> set(spans.cbegin(), spans.cend());
                all.unite(set);
                shared = shared ? shared->intersect(set) : set;
            }
            const int expectedDisputed = int(all.size() - shared->size());
            mostDisputed = std::max(mostDisputed, expectedDisputed);
            if (d < 50) {
                QCOMPARE(documents->model()->index(int(d), Ui::DocumentRoles::DisputedColumn).data().toInt(),
                    expectedDisputed);
            }
        }
        documents->sortByColumn(Ui::DocumentRoles::DisputedColumn, Qt::DescendingOrder);
        QCOMPARE(
            documents->model()->index(0, Ui::DocumentRoles::DisputedColumn).data().toInt(), mostDisputed);
        documents->sortByColumn(Ui::DocumentRoles::IdColumn, Qt::AscendingOrder);

        // Agreement per document: the mean strict F1 over every pair of systems, computed here
        // pair by pair with the scorer (a pair with no spans at all agrees fully).
        QList<const Core::SpanLayer *> systems;
        for (const Core::SpanLayer *layer : layers.layers()) {
            if (layer->kind() != Core::LayerKind::Gold) {
                systems.append(layer);
            }
        }
        double lowest = 1.0;
        for (int d = 0; d < 40; ++d) {
            double sum = 0;
            int pairs = 0;
            for (qsizetype a = 0; a < systems.size(); ++a) {
                for (qsizetype b = a + 1; b < systems.size(); ++b) {
                    const Core::ScoreTable table =
                        Core::SpanScorer::score({systems.at(a)->spans(d)}, {systems.at(b)->spans(d)});
                    sum += table.overall.gold + table.overall.predicted == 0 ? 1.0 : table.overall.f1();
                    ++pairs;
                }
            }
            const QModelIndex cell = documents->model()->index(d, Ui::DocumentRoles::AgreementColumn);
            const bool unmarked = std::ranges::all_of(
                systems, [d](const Core::SpanLayer *layer) { return layer->spans(d).isEmpty(); });
            if (unmarked) { // agreeing on finding nothing: no figure shown
                QCOMPARE(cell.data().toString(), u"—"_s);
                QVERIFY(!cell.data(Ui::DocumentRoles::SortRole).isValid());
                continue;
            }
            QVERIFY(qAbs(cell.data(Ui::DocumentRoles::SortRole).toDouble() - sum / pairs) < 1e-12);
            lowest = std::min(lowest, sum / pairs);
        }
        QVERIFY(lowest < 1.0); // some of the first 40 documents are disputed

        // The type filter: documents where the systems disagree on a span of that type, counted
        // here from the layers (a span some systems have and others lack).
        auto *typeFilter = window.findChild<QComboBox *>(u"typeFilter"_s);
        const int personItem = typeFilter->findData(u"person"_s);
        QVERIFY(personItem > 0);
        int expectedPerson = 0;
        for (qsizetype d = 0; d < 1287; ++d) {
            QSet<Core::Span> all;
            std::optional<QSet<Core::Span>> shared;
            for (const Core::SpanLayer *layer : std::as_const(systems)) {
                const QList<Core::Span> &spans = layer->spans(d);
                const QSet<Core::Span> set(spans.cbegin(), spans.cend());
                all.unite(set);
                shared = shared ? shared->intersect(set) : set;
            }
            expectedPerson += std::ranges::any_of(all.subtract(*shared),
                                  [](const Core::Span &span) { return span.type == u"person"; })
                ? 1
                : 0;
        }
        typeFilter->setCurrentIndex(personItem);
        QCOMPARE(documents->model()->rowCount(), expectedPerson);
        QVERIFY(expectedPerson > 0 && expectedPerson < 1287);
        typeFilter->setCurrentIndex(0);
        QCOMPARE(documents->model()->rowCount(), 1287);

        // The hotspot filter: the documents holding a hotspot of a class, as the analysis of the
        // matrix's weights and elite finds them.
        const Core::AgreementResult &matrixResult = static_cast<Ui::MatrixModel *>(matrix->model())->result();
        QList<Core::AnnotatorLayer> annotators;
        for (const Core::SpanLayer *layer : std::as_const(systems)) {
            annotators.append({layer->name(), layer->allSpans()});
        }
        const Core::DisagreementResult hot =
            Core::DisagreementAnalysis::analyse(Core::TokenGrid(window.workspace()->corpus().documents()),
                annotators, matrixResult.weights, matrixResult.elite, {});
        auto *hotspotFilter = window.findChild<QComboBox *>(u"hotspotFilter"_s);
        int checkedKinds = 0;
        for (const auto kind : {Core::HotspotBlock::Kind::Complex, Core::HotspotBlock::Kind::Minor,
                 Core::HotspotBlock::Kind::EliteSplit, Core::HotspotBlock::Kind::SystematicBias}) {
            QSet<qsizetype> withKind;
            for (const Core::HotspotBlock &block : hot.blocks) {
                if (block.kind == kind) {
                    withKind.insert(block.document);
                }
            }
            hotspotFilter->setCurrentIndex(hotspotFilter->findData(int(kind)));
            QCOMPARE(documents->model()->rowCount(), int(withKind.size()));
            checkedKinds += withKind.isEmpty() ? 0 : 1;
        }
        QVERIFY(checkedKinds >= 2); // the sample has hotspots of several classes
        hotspotFilter->setCurrentIndex(0);
        QCOMPARE(documents->model()->rowCount(), 1287);

        const qsizetype expected = Core::LayerComparison::differingDocuments(
            layers.layer(u"arcada"_s)->allSpans(), layers.layer(u"uh_ritual"_s)->allSpans())
                                       .size();
        QVERIFY(expected > 0 && expected < 1287);
        auto *list = window.findChild<QTableView *>(u"documentList"_s);
        const QModelIndex cell = matrix->model()->index(0, 6);
        matrix->scrollTo(cell);
        QTest::mouseClick(matrix->viewport(), Qt::LeftButton, {}, matrix->visualRect(cell).center());
        QTRY_COMPARE(list->model()->rowCount(), int(expected));
        auto *note = window.findChild<QLabel *>(u"matrixNote"_s);
        QVERIFY(note->text().contains(u"arcada and uh_ritual differ"_s));
        auto *combo = window.findChild<QComboBox *>(u"layerCombo"_s);
        QCOMPARE(combo->currentText(), u"arcada"_s);

        const QModelIndex diagonal = matrix->model()->index(2, 2);
        matrix->scrollTo(diagonal);
        QTest::mouseClick(matrix->viewport(), Qt::LeftButton, {}, matrix->visualRect(diagonal).center());
        QTRY_COMPARE(list->model()->rowCount(), 1287);
    }

private:
    QTranslator m_plurals;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
