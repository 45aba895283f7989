// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
// Annotate All Occurrences in the window: O on a curated span asks with the count first, gives its
// type to every other occurrence of its tokens (exact, case-sensitive) but those overlapping
// another curated span, and one undo takes them all back.
#include "corpusview.h"
#include "languagesettings.h"
#include "mainwindow.h"
#include "model/workspace.h"
#include "store/layerrepository.h"
#include "store/projectimporter.h"
#include "store/projectstore.h"
#include "windowfixture.h"

#include <QAction>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextCursor>
#include <QTextEdit>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench;

namespace {

// One sentence per document; "New York" in 0 (the span to spread), 1 (its York curated as PER:
// skipped), 2 (lower case: not the same tokens), 3 (free), 4 (twice, free) and 5 (already LOC).
const char *corpus = "I\tO\nlove\tO\nNew\tB-LOC\nYork\tI-LOC\n.\tO\n\n"
                     "New\tO\nYork\tB-PER\nis\tO\nbig\tO\n\n"
                     "new\tO\nyork\tO\nis\tO\nsmall\tO\n\n"
                     "She\tO\nleft\tO\nNew\tO\nYork\tO\n.\tO\n\n"
                     "New\tO\nYork\tO\nNew\tO\nYork\tO\n\n"
                     "Visit\tO\nNew\tO\nYork\tO\n\n";

} // namespace

class TestAllOccurrences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Ui::LanguageSettings::choose({});
        QVERIFY(m_plurals.load(Ui::LanguageSettings::englishPlurals()));
        QVERIFY(QCoreApplication::installTranslator(&m_plurals));
    }

    void allOccurrences_countedFirst_appliedToTheRest_undoneAsOneStep()
    {
        QTemporaryDir dir;
        const QString conll = dir.filePath(u"cities.conll"_s);
        QFile file(conll);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(corpus) > 0);
        file.close();
        const QString path = dir.filePath(u"cities.dzn"_s);
        {
            auto store = Core::ProjectStore::create(path, false);
            QVERIFY(store.has_value());
            QVERIFY(Core::ProjectImporter::import(
                **store, {conll, Core::LayerKind::Gold, std::nullopt, u"gold"_s}, {}));
        }
        Ui::MainWindow window;
        QVERIFY(Test::showProject(window, path));
        auto *corpusView = window.findChild<Ui::CorpusView *>();
        auto *text = window.findChild<QTextEdit *>(u"documentText"_s);
        QVERIFY(corpusView && text);
        const QStringList types = window.workspace()->scheme().codes();
        const auto key = [&types](const QString &type) { return Qt::Key(Qt::Key_1 + types.indexOf(type)); };
        QVERIFY(types.contains(u"LOC"_s) && types.contains(u"PER"_s));
        QSignalSpy saved(&window, &Ui::MainWindow::curationSaved);
        const auto press = [&](Qt::Key pressed, Qt::KeyboardModifiers modifiers = {}) {
            saved.clear();
            QTest::keyClick(text, pressed, modifiers);
            return saved.wait(30000) && saved.first().at(0).toString().isEmpty();
        };
        const auto curate = [&](qsizetype document, int start, int end, const QString &type) {
            corpusView->showHit(document, start, end); // selects it, the text has the focus
            return press(key(type));
        };
        const auto curated = [&path] {
            auto store = Core::ProjectStore::open(path, Core::ProjectStore::Access::ReadOnly);
            Core::LayerRepository layers(**store);
            const auto layer = layers.find(u"curated"_s);
            return layer ? *layers.spans(layer->id, 6) : Core::DocumentSpans(6);
        };
        QVERIFY(curate(0, 7, 15, u"LOC"_s)); // "New York"
        QVERIFY(curate(1, 4, 8, u"PER"_s)); // "York"
        QVERIFY(curate(5, 6, 14, u"LOC"_s)); // "New York", already
        const Core::DocumentSpans before = curated();

        // O with the cursor in the span: first the count, nothing changed yet.
        corpusView->showHit(0, 9, 9);
        QTest::keyClick(text, Qt::Key_O);
        QMessageBox *question = nullptr;
        QTRY_VERIFY((question = window.findChild<QMessageBox *>(u"allOccurrencesQuestion"_s)) != nullptr);
        QCOMPARE(question->text(), u"Give 3 other occurrences of “New York” the type LOC?"_s);
        QVERIFY2(
            question->informativeText().startsWith(
                u"1 occurrence overlaps another curated span and stays as it is. 1 already holds this span."_s),
            qPrintable(question->informativeText()));
        QCOMPARE(curated(), before);
        saved.clear();
        QTest::mouseClick(question->findChild<QPushButton *>(u"annotateAllOccurrences"_s), Qt::LeftButton);
        QVERIFY(saved.wait(30000));
        QCOMPARE(saved.first().at(0).toString(), QString());
        const Core::Span newYork{0, 8, u"LOC"_s};
        Core::DocumentSpans after = before;
        after[3] = {{9, 17, u"LOC"_s}};
        after[4] = {newYork, {9, 17, u"LOC"_s}};
        QCOMPARE(curated(), after);
        QCOMPARE(window.workspace()->layers().layer(u"curated"_s)->allSpans(), after);

        // One step: undone whole, and redone whole. (The question closed, a window manager makes the
        // window active again; the offscreen platform leaves that to the test.)
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        text->setFocus();
        QVERIFY(press(Qt::Key_Z, Qt::ControlModifier));
        QCOMPARE(curated(), before);
        QVERIFY(press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier));
        QCOMPARE(curated(), after);

        // Again: nothing left to do, and said so without asking.
        corpusView->showHit(0, 9, 9);
        QTest::keyClick(text, Qt::Key_O);
        QTRY_VERIFY2(window.statusBar()->currentMessage().startsWith(u"No other occurrence of “New York”"_s),
            qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(window.findChild<QMessageBox *>(u"allOccurrencesQuestion"_s) == nullptr);

        // Not on a curated span: the action says what it needs; the window can put it in a menu.
        corpusView->showHit(2, 0, 0);
        corpusView->allOccurrencesAction()->trigger();
        QTRY_VERIFY(window.statusBar()->currentMessage().startsWith(u"Put the cursor in a curated span"_s));
        QCOMPARE(corpusView->allOccurrencesAction()->objectName(), u"actionAnnotateAllOccurrences"_s);
        QCOMPARE(curated(), after);
    }

private:
    QTranslator m_plurals;
};

QTEST_MAIN(TestAllOccurrences)
#include "tst_alloccurrences.moc"
