// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
// A project written before round layers were kept, opened in the window: its rounds are offered for
// their batches with a word on the labels they lack, wherever the reader looks (the selector, the
// status bar, About this data), and Layers > Rebuild Round Layers makes them from the response cache.
#include "clirun.h"
#include "mainwindow.h"
#include "models/documentroles.h"
#include "models/matrixmodel.h"
#include "scriptedpilot.h"
#include "store/projectstore.h"
#include "views/roundselector.h"
#include "windowfixture.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench;
using Test::ScriptedPilot;

namespace {

constexpr int batchSize = 4;

const Core::AgreementResult &shownAgreement(const Ui::MainWindow &window)
{
    return static_cast<Ui::MatrixModel *>(window.findChild<QTableView *>(u"agreementMatrix"_s)->model())
        ->result();
}

QStringList offered(const QComboBox &selector)
{
    QStringList texts;
    for (int i = 0; i < selector.count(); ++i) {
        texts.append(selector.itemText(i));
    }
    return texts;
}

} // namespace

class TestRoundLayerGaps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_server.setHandler(&ScriptedPilot::answer);
        QVERIFY(m_dir.isValid());
        write(u"config.json"_s, ScriptedPilot::config(m_server.url(), batchSize, 2));
        write(u"corpus.conll"_s, ScriptedPilot::goldConll(12));
        const Test::CliRun run = Test::runCli(
            {u"pilot"_s, m_dir.filePath(u"config.json"_s), u"--corpus"_s, m_dir.filePath(u"corpus.conll"_s),
                u"--gold"_s, m_dir.filePath(u"corpus.conll"_s), u"--out"_s, m_dir.filePath(u"run"_s)});
        QVERIFY2(run.exitCode == 3, qPrintable(run.err)); // stopped at round 0's proposal
    }

    void everyLayerMissing_roundOfferedForItsBatch_thenRebuilt()
    {
        const QString path = olderProject(u"DELETE FROM layers WHERE name LIKE 'round%'"_s);
        Ui::MainWindow window;
        QSignalSpy analysed(&window, &Ui::MainWindow::agreementReady);
        QVERIFY(Test::showProject(window, path));
        QVERIFY(analysed.wait(30000));
        auto *selector = window.findChild<QComboBox *>(u"roundSelector"_s);
        QVERIFY(window.findChild<Ui::RoundSelector *>()->isVisible());
        QCOMPARE(offered(*selector), (QStringList{u"Round 0 (labels missing)"_s, u"All layers"_s}));
        QCOMPARE(selector->currentIndex(), 0);
        const QString tip = selector->itemData(0, Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"alpha, beta, gamma"_s) && tip.contains(u"Layers > Rebuild Round Layers"_s)
                && tip.contains(u"diziner-cli project rebuild-rounds"_s),
            qPrintable(tip));
        QVERIFY(selector->toolTip().contains(u"Layers > Rebuild Round Layers"_s));
        // Its batch listed, each document saying it was in round 0; no annotator layer to compare.
        const QAbstractItemModel *documents = window.findChild<QTableView *>(u"documentList"_s)->model();
        QCOMPARE(documents->rowCount(), batchSize);
        QCOMPARE(documents->index(0, Ui::DocumentRoles::BatchColumn).data().toString(), u"0"_s);
        QVERIFY(shownAgreement(window).layers.isEmpty());
        QVERIFY2(window.statusBar()->currentMessage().contains(u"Round 0's labels are not in this project"_s),
            qPrintable(window.statusBar()->currentMessage()));
        const QString notice = window.findChild<QPlainTextEdit *>(u"noticeView"_s)->toPlainText();
        QVERIFY2(notice.contains(u"round 0: alpha, beta, gamma"_s) && notice.contains(u"rebuild-rounds"_s),
            qPrintable(notice));

        // Rebuilt from the window, off the UI thread, sending nothing; the project opens again.
        auto *rebuild = window.findChild<QAction *>(u"actionRebuildRounds"_s);
        QVERIFY(rebuild->isEnabled());
        QVERIFY(window.findChild<QAction *>(u"roundRebuild"_s)->isVisible());
        m_server.clearRequests();
        QSignalSpy loaded(&window, &Ui::MainWindow::loadFinished);
        analysed.clear();
        rebuild->trigger();
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.first().at(0).toString(), QString());
        QVERIFY(analysed.wait(30000));
        QCOMPARE(m_server.requests().size(), 0);
        QCOMPARE(offered(*selector), (QStringList{u"Round 0"_s, u"All layers"_s}));
        QCOMPARE(shownAgreement(window).layers,
            (QStringList{u"round0/alpha"_s, u"round0/beta"_s, u"round0/gamma"_s}));
        QVERIFY(!rebuild->isEnabled());
        QVERIFY(!window.findChild<QAction *>(u"roundRebuild"_s)->isVisible());
        const QString after = window.findChild<QPlainTextEdit *>(u"noticeView"_s)->toPlainText();
        QVERIFY2(
            after.contains(u"3 layer(s)"_s) && !after.contains(u"Round layers missing"_s), qPrintable(after));
    }

    void oneAnnotatorMissing_figuresSaySo_thenRebuilt()
    {
        const QString path = olderProject(u"DELETE FROM layers WHERE name = 'round0/beta'"_s);
        Ui::MainWindow window;
        QSignalSpy analysed(&window, &Ui::MainWindow::agreementReady);
        QVERIFY(Test::showProject(window, path));
        QVERIFY(analysed.wait(30000));
        auto *selector = window.findChild<QComboBox *>(u"roundSelector"_s);
        QCOMPARE(offered(*selector), (QStringList{u"Round 0 (1 layer(s) missing)"_s, u"All layers"_s}));
        QCOMPARE(shownAgreement(window).layers, (QStringList{u"round0/alpha"_s, u"round0/gamma"_s}));
        // The figures are of two annotators of three: not the round's summary, and said so.
        const QString status = window.statusBar()->currentMessage();
        QVERIFY2(status.contains(u"The labels of beta in round 0 are not in this project"_s)
                && status.contains(u"differ from the round's summary"_s),
            qPrintable(status));
        QVERIFY(selector->itemData(0, Qt::ToolTipRole).toString().contains(u"beta"_s));
        QVERIFY(
            window.findChild<QPlainTextEdit *>(u"noticeView"_s)->toPlainText().contains(u"round 0: beta"_s));

        QSignalSpy loaded(&window, &Ui::MainWindow::loadFinished);
        window.findChild<QAction *>(u"roundRebuild"_s)->trigger();
        QVERIFY(loaded.wait(30000));
        QTRY_COMPARE_WITH_TIMEOUT(shownAgreement(window).layers,
            (QStringList{u"round0/alpha"_s, u"round0/gamma"_s, u"round0/beta"_s}), 30000);
        QCOMPARE(offered(*selector), (QStringList{u"Round 0"_s, u"All layers"_s}));
    }

private:
    void write(const QString &name, const QByteArray &content)
    {
        QFile file(m_dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    // A copy of the pilot's project with \a statement run on it (round layers taken out).
    QString olderProject(const QString &statement)
    {
        const QString path = m_dir.filePath(u"old-%1.dzn"_s.arg(++m_copies));
        if (!QFile::copy(m_dir.filePath(u"run/project.dzn"_s), path)) {
            return {};
        }
        auto store = Core::ProjectStore::open(path, Core::ProjectStore::Access::ReadWrite);
        if (!store) {
            return {};
        }
        QSqlQuery query((*store)->database());
        return query.exec(statement) && query.numRowsAffected() > 0 ? path : QString();
    }

    Test::ProtocolServer m_server;
    QTemporaryDir m_dir;
    int m_copies = 0;
};

QTEST_MAIN(TestRoundLayerGaps)
#include "tst_roundlayergaps.moc"
