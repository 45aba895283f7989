// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
// Prices in the workbench: the price table edited in Settings > Prices and kept in the settings;
// a model without a price costs "no price" everywhere the runs pane shows a cost, never 0.0000 USD,
// and a price entered there prices the next estimate.
#include "dialogs/pricesdialog.h"
#include "languagesettings.h"
#include "mainwindow.h"
#include "models/calllogmodel.h"
#include "models/pricetablemodel.h"
#include "pricesettings.h"
#include "scriptedpilot.h"
#include "session/pilotsession.h"
#include "store/pilotrepository.h"
#include "store/projectstore.h"
#include "windowfixture.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench;
using Test::ScriptedPilot;

namespace {

constexpr int annotatorCostColumn = 6; // AnnotatorTotals: "Cost (USD)"

} // namespace

class TestPrices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(u"prices"_s);
        Ui::LanguageSettings::choose({});
        QVERIFY(m_plurals.load(Ui::LanguageSettings::englishPlurals()));
        QVERIFY(QCoreApplication::installTranslator(&m_plurals));
    }

    void model_editsEveryColumn_andRefusesWhatIsNoPrice()
    {
        Ui::PriceTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Core::PriceTable table;
        table.set({u"gpt-4o"_s, 2.5, 10.0, u"2026-12-01"_s, u"openai.com/pricing"_s, 0.5, 1.25});
        model.setTable(table);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(Ui::PriceTableModel::ColumnCount));
        const auto at = [&model](int row, int column) { return model.index(row, column); };
        QCOMPARE(at(0, Ui::PriceTableModel::CachedInputColumn).data().toString(), u"1.25"_s);
        const int row = model.addPrice();
        QCOMPARE(row, 1);
        QCOMPARE(at(row, Ui::PriceTableModel::CachedInputColumn).data().toString(), u"as input"_s);
        QCOMPARE(at(row, Ui::PriceTableModel::CachedInputColumn).data(Qt::EditRole).toString(), QString());
        QVERIFY(!model.table().has_value()); // a row without a model
        QVERIFY(model.setData(at(row, Ui::PriceTableModel::ModelColumn), u" claude "_s));
        QVERIFY(model.setData(at(row, Ui::PriceTableModel::InputColumn), u"3"_s));
        QVERIFY(model.setData(at(row, Ui::PriceTableModel::OutputColumn), u"15.5"_s));
        QVERIFY(!model.setData(at(row, Ui::PriceTableModel::OutputColumn), u"-1"_s));
        QVERIFY(!model.setData(at(row, Ui::PriceTableModel::BatchColumn), u"2"_s)); // a share: 0 to 1
        QVERIFY(!model.setData(at(row, Ui::PriceTableModel::InputColumn), u"free"_s));
        const auto read = model.table();
        QVERIFY2(read.has_value(), read ? "" : qPrintable(read.error()));
        const auto claude = read->find(u"claude-sonnet"_s);
        QVERIFY(claude.has_value());
        QCOMPARE(claude->model, u"claude"_s);
        QCOMPARE(claude->input, 3.0);
        QCOMPARE(claude->output, 15.5);
        QCOMPARE(claude->batch, 0.5);
        QCOMPARE(claude->cachedInput, std::nullopt);
        QCOMPARE(read->find(u"gpt-4o"_s)->cachedInput, std::optional(1.25));
        QVERIFY(model.setData(at(0, Ui::PriceTableModel::CachedInputColumn), QString()));
        QCOMPARE(model.table()->find(u"gpt-4o"_s)->cachedInput, std::nullopt);
        QVERIFY(model.setData(at(row, Ui::PriceTableModel::ModelColumn), u"gpt-4o"_s));
        QVERIFY(!model.table().has_value()); // the same model twice
        model.removePrice(row);
        QCOMPARE(model.rowCount(), 1);
    }

    void noPrice_saidEverywhere_andThePricesDialog_pricesTheNextEstimate()
    {
        Test::ProtocolServer server;
        server.setHandler(&ScriptedPilot::answer);
        QTemporaryDir dir;
        const QString path = ScriptedPilot::createProject(dir.path(), server.url(), 8, 4, 2);
        QVERIFY(!path.isEmpty());
        Ui::MainWindow window;
        QVERIFY(Test::showProject(window, path));
        auto *continueButton = window.findChild<QPushButton *>(u"continuePilot"_s);
        QTRY_VERIFY(continueButton->isEnabled());
        QSignalSpy stopped(&window, &Ui::MainWindow::pilotStopped);
        QTest::mouseClick(continueButton, Qt::LeftButton);
        QVERIFY(stopped.wait(60000));
        QCOMPARE(stopped.first().at(0).toInt(), int(Core::PilotSession::Outcome::AwaitingDecision));

        // The configuration prices nothing, nor do the settings: no cost reads as 0.
        auto *estimate = window.findChild<QLabel *>(u"runEstimate"_s);
        QVERIFY2(estimate->text().contains(u"no price for its models (Settings > Prices)"_s),
            qPrintable(estimate->text()));
        QVERIFY(!estimate->text().contains(u"USD"_s));
        auto *calls = window.findChild<QTableView *>(u"callLog"_s)->model();
        QCOMPARE(calls->rowCount(), 3 * 4 + 4);
        for (int row = 0; row < calls->rowCount(); ++row) {
            QCOMPARE(calls->index(row, Ui::CallLogModel::CostColumn).data().toString(), u"no price"_s);
        }
        auto *totals = window.findChild<QTableWidget *>(u"annotatorTotals"_s);
        QCOMPARE(totals->rowCount(), 4);
        for (int row = 0; row < totals->rowCount(); ++row) {
            QCOMPARE(totals->item(row, annotatorCostColumn)->text(), u"no price"_s);
        }
        QVERIFY(window.findChild<QLabel *>(u"runCounters"_s)->text().endsWith(u" · no price"_s));

        // Settings > Prices: alpha priced, through the table's editors.
        window.findChild<QAction *>(u"actionPrices"_s)->trigger();
        Ui::PricesDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<Ui::PricesDialog *>(u"pricesDialog"_s)) != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"addPrice"_s), Qt::LeftButton);
        for (const QString &cell : {u"alpha"_s, u"1"_s, QString(), u"4"_s}) {
            QLineEdit *editor = nullptr;
            QTRY_VERIFY((editor = qobject_cast<QLineEdit *>(QApplication::focusWidget())) != nullptr);
            editor->selectAll();
            if (cell.isEmpty()) {
                QTest::keyClick(editor, Qt::Key_Delete);
            } else {
                QTest::keyClicks(editor, cell);
            }
            QTest::keyClick(editor, Qt::Key_Tab); // committed, the next cell's editor opens
        }
        QTest::mouseClick(
            dialog->findChild<QDialogButtonBox *>(u"priceButtons"_s)->button(QDialogButtonBox::Save),
            Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
        const auto alpha = Ui::PriceSettings::load().find(u"alpha"_s);
        QVERIFY(alpha.has_value());
        QCOMPARE(alpha->input, 1.0);
        QCOMPARE(alpha->output, 4.0);
        QCOMPARE(alpha->cachedInput, std::nullopt);
        QVERIFY(!Ui::PriceSettings::load().find(u"beta"_s).has_value());

        // Labelling with alpha is priced now; with beta, it still has no price.
        auto *label = window.findChild<QPushButton *>(u"labelCorpus"_s);
        auto *annotator = window.findChild<QComboBox *>(u"labelAnnotator"_s);
        QStringList said; // the estimate and the button, for alpha then for beta
        // After each stop the project's pilot is read again and the choice offered afresh: chosen after.
        QSignalSpy offered(annotator->model(), &QAbstractItemModel::rowsInserted);
        for (const QString &name : {u"alpha"_s, u"beta"_s}) {
            QTRY_VERIFY(annotator->findData(name) >= 0);
            annotator->setCurrentIndex(annotator->findData(name));
            QTRY_VERIFY(label->isEnabled());
            QTest::mouseClick(label, Qt::LeftButton);
            QTRY_VERIFY2_WITH_TIMEOUT(label->text().contains(u"Start"_s),
                qPrintable(window.findChild<QLabel *>(u"runStatus"_s)->text()), 30000);
            said.append(estimate->text() + u" | "_s + label->text().remove(u'&'));
            stopped.clear();
            offered.clear();
            QTest::mouseClick(window.findChild<QPushButton *>(u"stopPilot"_s), Qt::LeftButton);
            QVERIFY(stopped.wait(30000));
            QTRY_VERIFY(!offered.isEmpty());
        }
        const QString &priced = said.at(0);
        QVERIFY2(
            priced.contains(u" USD interactive, "_s) && !priced.contains(u"no price"_s), qPrintable(priced));
        const QString &unpriced = said.at(1);
        QVERIFY2(unpriced.contains(u"no price for its model (Settings > Prices)"_s)
                && unpriced.contains(u"Start Labelling (no price)"_s),
            qPrintable(unpriced));
        // Nothing of it went into the project: the settings keep the prices.
        auto store = Core::ProjectStore::open(path, Core::ProjectStore::Access::ReadOnly);
        QVERIFY(store.has_value());
        const auto run = Core::PilotRepository(**store).run();
        QVERIFY(run.has_value());
        QVERIFY(!run->second.contains(u"prices"_s));
    }

private:
    QTranslator m_plurals;
};

QTEST_MAIN(TestPrices)
#include "tst_prices.moc"
