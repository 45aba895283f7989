// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
// The menus a desktop user expects: View brings back every pane and resets the layout, Edit
// undoes and redoes curation naming the step, Help opens the guide, lists every shortcut from
// the actions themselves and says what the workbench is built on.
#include "corpusview.h"
#include "curationstepname.h"
#include "helpmenu.h"
#include "languagesettings.h"
#include "mainwindow.h"
#include "model/corpus.h"
#include "model/layerset.h"
#include "model/spanlayer.h"
#include "model/workspace.h"
#include "store/projectimporter.h"
#include "store/projectstore.h"
#include "views/documentview.h"
#include "windowfixture.h"

#include <QAbstractButton>
#include <QAction>
#include <QDesktopServices>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextEdit>
#include <QToolBar>
#include <QTranslator>
#include <QUrl>

Q_DECLARE_METATYPE(Workbench::Core::LayerRepository::StepEdit)

using namespace Qt::Literals::StringLiterals;
using namespace Workbench;

namespace {

// A project of the WNUT-17 test set with its gold layer.
bool writeWnutProject(const QString &path)
{
    auto store = Core::ProjectStore::create(path, false);
    const QString gold = QStringLiteral(WORKBENCH_SHARED_DATA) + u"/wnut17/emerging.test.annotated"_s;
    return store
        && Core::ProjectImporter::import(**store, {gold, Core::LayerKind::Gold, std::nullopt, u"gold"_s}, {});
}

QList<QDockWidget *> docksOf(const QMainWindow &window)
{
    return window.findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly);
}

// The dialog \a name shown over \a window, or nothing yet.
QDialog *shownDialog(const QWidget &window, const QString &name)
{
    auto *dialog = window.findChild<QDialog *>(name);
    return dialog != nullptr && dialog->isVisible() ? dialog : nullptr;
}

// Records the URLs QDesktopServices is asked to open, instead of the desktop.
class UrlRecorder : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

} // namespace

class TestMenus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear(); // no layout of an earlier run
        Ui::LanguageSettings::choose({});
        QVERIFY(m_plurals.load(Ui::LanguageSettings::englishPlurals()));
        QVERIFY(QCoreApplication::installTranslator(&m_plurals));
    }

    void menuBar_holdsTheMenusPeopleExpect()
    {
        Ui::MainWindow window;
        QStringList titles;
        for (const QAction *menu : window.menuBar()->actions()) {
            titles.append(menu->text());
        }
        QCOMPARE(titles,
            (QStringList{
                u"&File"_s, u"&Edit"_s, u"&View"_s, u"&Go"_s, u"&Layers"_s, u"&Settings"_s, u"&Help"_s}));
    }

    void viewMenu_bringsBackEveryClosedPane()
    {
        Ui::MainWindow window;
        QVERIFY(Test::showSample(window, &Ui::MainWindow::loadFinished));
        const QList<QDockWidget *> docks = docksOf(window);
        QCOMPARE(docks.size(), 8);
        for (QDockWidget *dock : docks) {
            auto *toggle = window.findChild<QAction *>(u"actionView_"_s + dock->objectName());
            QVERIFY2(toggle != nullptr, qPrintable(dock->objectName()));
            QCOMPARE(toggle->text(), dock->windowTitle());
            QVERIFY(toggle->isChecked());
            // Closed with its own button, as a user closes it.
            dock->raise();
            QTRY_VERIFY(dock->isVisible());
            auto *close = dock->findChild<QAbstractButton *>(u"qt_dockwidget_closebutton"_s);
            QVERIFY(close != nullptr && close->isVisible());
            QTest::mouseClick(close, Qt::LeftButton);
            QTRY_VERIFY(dock->isHidden());
            QVERIFY(!toggle->isChecked());
            // View brings it back, in front.
            toggle->trigger();
            QTRY_VERIFY(dock->isVisible() && dock->widget()->isVisible());
            QVERIFY(toggle->isChecked());
        }
    }

    void resetLayout_returnsToTheFirstStartsLayout()
    {
        Ui::MainWindow window;
        QVERIFY(Test::showSample(window, &Ui::MainWindow::loadFinished));
        const QList<QDockWidget *> docks = docksOf(window);
        auto *matrix = window.findChild<QDockWidget *>(u"matrixDock"_s);
        auto *splitter = window.findChild<QSplitter *>(u"mainSplitter"_s);
        // Undone by hand: two closed, one floating, one on the right, the toolbar below, the list gone.
        docks.at(0)->close();
        docks.at(5)->close();
        docks.at(3)->setFloating(true);
        window.addDockWidget(Qt::RightDockWidgetArea, docks.at(6));
        auto *toolBar = window.findChild<QToolBar *>();
        window.addToolBar(Qt::BottomToolBarArea, toolBar);
        splitter->setSizes({0, 1000});
        QTRY_VERIFY(docks.at(0)->isHidden() && docks.at(3)->isFloating());

        window.findChild<QAction *>(u"actionResetLayout"_s)->trigger();
        for (QDockWidget *dock : docks) {
            QVERIFY2(!dock->isHidden() && !dock->isFloating(), qPrintable(dock->objectName()));
            QCOMPARE(window.dockWidgetArea(dock), Qt::BottomDockWidgetArea);
            if (dock != docks.first()) {
                QVERIFY2(
                    window.tabifiedDockWidgets(docks.first()).contains(dock), qPrintable(dock->objectName()));
            }
        }
        QTRY_VERIFY(matrix->widget()->isVisible()); // the matrix in front, as at the first start
        QCOMPARE(window.toolBarArea(toolBar), Qt::TopToolBarArea);
        QTRY_VERIFY(splitter->sizes().at(0) > 100); // the documents list is back
    }

    void editMenu_namesTheCurationStep_andUndoesIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"curate.dzn"_s);
        QVERIFY(writeWnutProject(path));
        QString type;
        QString other;
        {
            Ui::MainWindow window;
            QVERIFY(Test::showProject(window, path));
            type = window.workspace()->scheme().codes().at(0);
            other = window.workspace()->scheme().codes().at(1);
            auto *undo = window.findChild<QAction *>(u"actionUndo"_s);
            auto *redo = window.findChild<QAction *>(u"actionRedo"_s);
            QVERIFY(undo != nullptr && redo != nullptr);
            QTRY_COMPARE(undo->text(), u"&Undo"_s);
            QVERIFY(!undo->isEnabled() && !redo->isEnabled());
            auto *text = window.findChild<QTextEdit *>(u"documentText"_s);
            QTRY_VERIFY(text->toPlainText().contains(u"Sonmarg"_s));
            const int at = int(text->toPlainText().indexOf(u"Sonmarg"_s));
            const auto curated = [&window] {
                const Core::SpanLayer *layer = window.workspace()->layers().layer(u"curated"_s);
                return layer != nullptr ? layer->spans(0) : QList<Core::Span>{};
            };
            QSignalSpy saved(&window, &Ui::MainWindow::curationSaved);
            const auto done = [&saved] {
                const bool ok = saved.wait(30000) && saved.first().at(0).toString().isEmpty();
                saved.clear();
                return ok;
            };

            text->setFocus();
            QTextCursor cursor(text->document());
            cursor.setPosition(at);
            cursor.setPosition(at + 3, QTextCursor::KeepAnchor);
            text->setTextCursor(cursor);
            QTest::keyClick(text, Qt::Key_1);
            QVERIFY(done());
            const QString marked = u"Mark “Sonmarg” as %1"_s.arg(type);
            QCOMPARE(undo->text(), u"&Undo "_s + marked);
            QVERIFY(undo->isEnabled() && !redo->isEnabled());

            undo->trigger(); // as the menu does
            QVERIFY(done());
            QVERIFY(curated().isEmpty());
            QCOMPARE(redo->text(), u"&Redo "_s + marked);
            QVERIFY(!undo->isEnabled() && redo->isEnabled());
            redo->trigger();
            QVERIFY(done());
            QCOMPARE(curated(), (QList<Core::Span>{{at, at + 7, type}}));

            // A type change is named as one: both its edits are taken back by one undo.
            cursor.setPosition(at + 2);
            text->setTextCursor(cursor);
            QTest::keyClick(text, Qt::Key_2);
            QVERIFY(done());
            QCOMPARE(undo->text(), u"&Undo Change “Sonmarg” to %1"_s.arg(other));
            QTest::keyClick(text, Qt::Key_Z, Qt::ControlModifier); // the menu's shortcut
            QVERIFY(done());
            QCOMPARE(curated(), (QList<Core::Span>{{at, at + 7, type}}));
            QCOMPARE(undo->text(), u"&Undo "_s + marked);
        }
        // The project keeps the history: a new window names the step before any edit.
        Ui::MainWindow again;
        QVERIFY(Test::showProject(again, path));
        auto *undo = again.findChild<QAction *>(u"actionUndo"_s);
        QTRY_COMPARE(undo->text(), u"&Undo Mark “Sonmarg” as %1"_s.arg(type));
        QCOMPARE(again.findChild<QAction *>(u"actionRedo"_s)->text(),
            u"&Redo Change “Sonmarg” to %1"_s.arg(other));
    }

    void editMenu_withNothingToTakeBack_isDisabled()
    {
        Ui::MainWindow window;
        auto *undo = window.findChild<QAction *>(u"actionUndo"_s);
        auto *redo = window.findChild<QAction *>(u"actionRedo"_s);
        // Nothing open yet: no project to keep curation in.
        QVERIFY(!undo->isEnabled() && !redo->isEnabled());
        QVERIFY(undo->toolTip().contains(u"project"_s));
        // The sample, a project of its own, before any edit.
        QVERIFY(Test::showSample(window, &Ui::MainWindow::loadFinished));
        QTRY_COMPARE(undo->toolTip(), u"No curation to undo"_s);
        QVERIFY(!undo->isEnabled() && !redo->isEnabled());
        QCOMPARE(undo->text(), u"&Undo"_s);
    }

    void editMenu_annotatesAllOccurrences_besideUndoAndRedo()
    {
        Ui::MainWindow window;
        auto *edit = window.findChild<QMenu *>(u"editMenu"_s);
        QStringList names;
        for (const QAction *action : edit->actions()) {
            names.append(action->isSeparator() ? u"-"_s : action->objectName());
        }
        QCOMPARE(names,
            (QStringList{u"actionUndo"_s, u"actionRedo"_s, u"-"_s, u"actionAnnotateAllOccurrences"_s}));
        // The corpus view's own action, its key O kept.
        QAction *all = window.findChild<Ui::CorpusView *>()->allOccurrencesAction();
        QCOMPARE(edit->actions().last(), all);
        QCOMPARE(all->shortcut(), QKeySequence(Qt::Key_O));

        // Chosen from the menu by its mnemonic, on the sample with no curated span under the cursor.
        QVERIFY(Test::showSample(window, &Ui::MainWindow::loadFinished));
        window.menuBar()->setActiveAction(edit->menuAction());
        QTRY_VERIFY(edit->isVisible());
        QTest::keyClick(edit, Qt::Key_O);
        QTRY_VERIFY(!edit->isVisible());
        QTRY_VERIFY2(window.statusBar()->currentMessage().startsWith(u"Put the cursor in a curated span"_s),
            qPrintable(window.statusBar()->currentMessage()));
    }

    void stepName_saysWhatTheActionDid_data()
    {
        using Edit = Core::LayerRepository::StepEdit;
        QTest::addColumn<QList<Edit>>("edits");
        QTest::addColumn<QString>("name");
        // The first document reads "Sonmarg is a trip": "Sonmarg" is [0, 7), "is" [8, 10).
        const Core::Span sonmarg{0, 7, u"location"_s};
        const Core::Span retyped{0, 7, u"person"_s};
        const Core::Span second{8, 10, u"location"_s};
        QTest::newRow("none") << QList<Edit>{} << QString();
        QTest::newRow("mark") << QList<Edit>{{0, sonmarg, true}} << u"Mark “Sonmarg” as location"_s;
        QTest::newRow("remove") << QList<Edit>{{0, sonmarg, false}} << u"Remove “Sonmarg” (location)"_s;
        QTest::newRow("change") << QList<Edit>{{0, sonmarg, false}, {0, retyped, true}}
                                << u"Change “Sonmarg” to person"_s;
        QTest::newRow("change two") << QList<Edit>{{0, sonmarg, false}, {0, retyped, true},
            {0, second, false}, {0, Core::Span{8, 10, u"person"_s}, true}}
                                    << u"Change 2 spans to person"_s;
        QTest::newRow("accept") << QList<Edit>{{0, sonmarg, true}, {0, second, true}, {3, sonmarg, true}}
                                << u"Add 3 spans"_s;
        QTest::newRow("remove two") << QList<Edit>{{0, sonmarg, false}, {0, second, false}}
                                    << u"Remove 2 spans"_s;
        QTest::newRow("mixed") << QList<Edit>{{0, sonmarg, false}, {0, second, true}} << u"Edit 2 spans"_s;
    }

    void stepName_saysWhatTheActionDid()
    {
        QFETCH(QList<Core::LayerRepository::StepEdit>, edits);
        QFETCH(QString, name);
        Core::Corpus corpus;
        QList<Core::Document> documents{Core::Document(u"d0"_s, u"Sonmarg is a trip"_s, {})};
        for (int i = 1; i <= 3; ++i) {
            documents.append(Core::Document(u"d%1"_s.arg(i), u"Sonmarg"_s, {}));
        }
        corpus.setDocuments(documents);
        QCOMPARE(Ui::CurationStepName::name(edits, corpus), name);
    }

    void shortcutsDialog_listsEveryActionWithAShortcut()
    {
        Ui::MainWindow window;
        QVERIFY(Test::showSample(window, &Ui::MainWindow::loadFinished));
        window.findChild<QAction *>(u"actionShortcuts"_s)->trigger();
        QTRY_VERIFY(shownDialog(window, u"shortcutsDialog"_s) != nullptr);
        QDialog *dialog = shownDialog(window, u"shortcutsDialog"_s);
        auto *table = dialog->findChild<QTableWidget *>(u"shortcutsTable"_s);
        QSet<std::pair<QString, QString>> rows;
        for (int row = 0; row < table->rowCount(); ++row) {
            rows.insert({table->item(row, 0)->text(), table->item(row, 1)->text()});
            QVERIFY2(!table->item(row, 2)->text().isEmpty(), qPrintable(table->item(row, 1)->text()));
        }
        // Every action of the window a key triggers, found here independently of the dialog.
        int expected = 0;
        for (const QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcuts().isEmpty() || !action->isVisible()) {
                continue;
            }
            ++expected;
            QVERIFY2(
                !action->text().isEmpty() || !action->toolTip().isEmpty(), qPrintable(action->objectName()));
            const QString key = action->shortcuts().first().toString(QKeySequence::NativeText);
            const bool listed = std::ranges::any_of(rows, [&](const auto &row) {
                return row.first.startsWith(key) && !action->text().isEmpty()
                    && row.second == QString(action->text()).remove(u'&');
            });
            QVERIFY2(listed || action->text().isEmpty(), qPrintable(key + u" "_s + action->text()));
        }
        QCOMPARE(table->rowCount(), expected);
        // The window's own keys and the panes' keys, among them: undo, the curation digits of the
        // sample's six types (not a seventh), the review's decisions, the disagreement walk.
        const auto has = [&rows](const QString &key, const QString &textStart) {
            return std::ranges::any_of(rows, [&](const auto &row) {
                return row.first.startsWith(key) && row.second.startsWith(textStart);
            });
        };
        QVERIFY(has(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText), u"Undo"_s));
        QVERIFY(has(u"F8"_s, u"Next Disagreement"_s));
        QVERIFY(has(u"6"_s, u"Mark the selection as"_s));
        QVERIFY(!has(u"7"_s, u"Mark the selection as"_s));
        QVERIFY(has(u"Del"_s, u"Remove the curated spans"_s));
        QVERIFY(has(u"R"_s, u"Reject the change"_s));
        QVERIFY(has(u"F1"_s, u"User Guide"_s));
        // Those of File and of the corpus view's own actions too, where the user finds them.
        const QKeySequence fromFiles(Qt::CTRL | Qt::SHIFT | Qt::Key_N);
        QVERIFY(has(fromFiles.toString(QKeySequence::NativeText), u"New Project from Files"_s));
        QVERIFY(has(u"O"_s, u"Annotate All Occurrences"_s));
        const auto rowOf = [table](const QString &text) {
            for (int row = 0; row < table->rowCount(); ++row) {
                if (table->item(row, 1)->text() == text) {
                    return row;
                }
            }
            return -1;
        };
        const int all = rowOf(u"Annotate All Occurrences…"_s);
        QVERIFY(all >= 0);
        QVERIFY2(table->item(all, 2)->text().contains(u"Edit"_s), qPrintable(table->item(all, 2)->text()));
        QCOMPARE(table->item(rowOf(u"New Project from Files…"_s), 2)->text(), u"File"_s);
    }

    void about_namesVersionLicenceQtAndTheDataSources()
    {
        Ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QAction *>(u"actionAbout"_s)->trigger();
        QTRY_VERIFY(shownDialog(window, u"aboutDialog"_s) != nullptr);
        QDialog *dialog = shownDialog(window, u"aboutDialog"_s);
        const QString text = dialog->findChild<QLabel *>(u"aboutText"_s)->text();
        QVERIFY2(
            text.contains(QRegularExpression(u"DiZiNER Workbench \\d+\\.\\d+\\.\\d+"_s)), qPrintable(text));
        QVERIFY(text.contains(u"GPL-3.0-or-later"_s));
        QVERIFY(text.contains(u"Qt "_s + QString::fromLatin1(qVersion())));
        QVERIFY(text.contains(u"WNUT-17"_s) && text.contains(u"CC BY 4.0"_s));
        QVERIFY(text.contains(u"Universal NER"_s) && text.contains(u"CC BY-SA 4.0"_s));
    }

    void userGuide_opensTheGuidesFirstPage()
    {
        UrlRecorder recorder;
        QDesktopServices::setUrlHandler(u"file"_s, &recorder, "open");
        Ui::MainWindow window;
        window.findChild<QAction *>(u"actionUserGuide"_s)->trigger();
        QDesktopServices::unsetUrlHandler(u"file"_s);
        QCOMPARE(recorder.opened.size(), 1);
        QFile guide(recorder.opened.first().toLocalFile());
        QVERIFY(guide.fileName().endsWith(u"README.md"_s));
        QVERIFY(guide.open(QIODevice::ReadOnly));
        QVERIFY(guide.readAll().contains("DiZiNER Workbench"));
    }

    void userGuide_opensTheInstalledGuide_beforeTheCheckouts()
    {
        // As installed: share/doc/<project>/README.md under the prefix of the program's bin.
        const QString installed = Ui::HelpMenu::installedGuidePath();
        const QDir prefix = QFileInfo(QCoreApplication::applicationDirPath()).dir();
        QVERIFY2(installed.startsWith(prefix.filePath(u"share/doc/"_s)), qPrintable(installed));
        QVERIFY(installed.endsWith(u"/README.md"_s));
        QVERIFY(!QFileInfo::exists(installed)); // a build tree has no installation
        const QString docs = QFileInfo(installed).path();
        QVERIFY(QDir().mkpath(docs));
        const auto removeAgain = qScopeGuard([&] {
            QFile::remove(installed);
            QDir().rmpath(QFileInfo(installed).path());
        });
        QFile guide(installed);
        QVERIFY(guide.open(QIODevice::WriteOnly) && guide.write("# The installed guide\n") > 0);
        guide.close();

        UrlRecorder recorder;
        QDesktopServices::setUrlHandler(u"file"_s, &recorder, "open");
        Ui::MainWindow window;
        window.findChild<QAction *>(u"actionUserGuide"_s)->trigger();
        QDesktopServices::unsetUrlHandler(u"file"_s);
        QCOMPARE(
            recorder.opened, (QList<QUrl>{QUrl::fromLocalFile(QFileInfo(installed).canonicalFilePath())}));
    }

private:
    QTranslator m_plurals;
};

QTEST_MAIN(TestMenus)
#include "tst_menus.moc"
