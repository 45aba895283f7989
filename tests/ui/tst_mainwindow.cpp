// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "mainwindow.h"
#include "model/workspace.h"
#include "views/documentview.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

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

        // The first document is selected and shown, with the gold's "Sonmarg" drawn over it.
        auto *text = window.findChild<QPlainTextEdit *>(u"documentText"_s);
        QVERIFY(text->toPlainText().contains(u"Sonmarg"_s));
        auto *view = window.findChild<Ui::DocumentView *>(u"documentView"_s);
        QCOMPARE(view->documentIndex(), 0);
        QCOMPARE(view->drawnSpanCount(), 1);

        // Clicking another row shows that document.
        const QModelIndex row = list->model()->index(5, 0);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(row).center());
        QTRY_COMPARE(view->documentIndex(), 5);

        // Typing into the filter narrows the list.
        auto *filter = window.findChild<QLineEdit *>(u"documentFilter"_s);
        QTest::keyClicks(filter, u"Sonmarg"_s);
        QTRY_COMPARE(list->model()->rowCount(), 1);

        auto *notice = window.findChild<QPlainTextEdit *>(u"noticeView"_s);
        QVERIFY(notice->toPlainText().contains(u"CC BY 4.0"_s));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
