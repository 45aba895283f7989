// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
// A round run from the command line, read in the workbench: the runs pane shows round 0 as the
// project keeps it (its annotators' figures as summary.json states them, the piece an annotator
// failed with its raw reply, the round's calls, its reports as the run wrote them), and a project
// that kept no calls or reports for the round says so instead of showing empty tables.
#include "clirun.h"
#include "mainwindow.h"
#include "models/calllogmodel.h"
#include "scriptedpilot.h"
#include "store/projectstore.h"
#include "views/roundrecord.h"
#include "views/roundreportsview.h"
#include "windowfixture.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench;
using Test::ScriptedPilot;

namespace {

//! The annotator table's columns (AnnotatorTotals).
enum Column {
    NameColumn,
    ProgressColumn,
    CallsColumn,
    FailedCallsColumn,
    TokensInColumn,
    TokensOutColumn,
    CostColumn,
    SnappedColumn,
    NotPlacedColumn
};

QString textOf(const Test::ProtocolServer::Request &request)
{
    const QString prompt = request.json().value(u"messages"_s).toArray().first()[u"content"_s].toString();
    return prompt.mid(prompt.lastIndexOf(u"## Text\n"_s)).trimmed();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestRoundRecord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // Gamma answers in prose about the first text it sees, every time: a piece that fails
        // however often it is asked, as a model that will not follow the format does.
        m_server.setHandler([this](const Test::ProtocolServer::Request &request) {
            if (request.json().value(u"model"_s).toString() == u"gamma"_s) {
                m_gammaText = m_gammaText.isEmpty() ? textOf(request) : m_gammaText;
                if (textOf(request) == m_gammaText) {
                    return Test::ProtocolServer::Script{.content = u"Sorry, no JSON from me today."_s};
                }
            }
            Test::ProtocolServer::Script script = ScriptedPilot::answer(request);
            if (request.json().value(u"model"_s).toString() == u"beta"_s) {
                // Beta also names someone the text never mentions: a mention that cannot be placed.
                QJsonObject reply = QJsonDocument::fromJson(script.content.toUtf8()).object();
                QJsonArray entities = reply.value(u"entities"_s).toArray();
                entities.append(QJsonObject{{u"text"_s, u"Napoleon Bonaparte"_s}, {u"type"_s, u"PER"_s},
                    {u"start"_s, 0}, {u"end"_s, 18}});
                reply.insert(u"entities"_s, entities);
                script.content = QString::fromUtf8(QJsonDocument(reply).toJson(QJsonDocument::Compact));
            }
            return script;
        });
        write(u"config.json"_s, ScriptedPilot::config(m_server.url(), 4, 2));
        write(u"corpus.conll"_s, ScriptedPilot::goldConll(8));
        const Test::CliRun pilot = Test::runCli(
            {u"pilot"_s, m_dir.filePath(u"config.json"_s), u"--corpus"_s, m_dir.filePath(u"corpus.conll"_s),
                u"--gold"_s, m_dir.filePath(u"corpus.conll"_s), u"--out"_s, m_dir.filePath(u"run"_s)});
        QVERIFY2(pilot.exitCode == 3, qPrintable(pilot.err)); // round 0's proposal awaits a decision
    }

    void roundRunByTheCli_isShownAsTheProjectKeepsIt()
    {
        const QJsonObject round = QJsonDocument::fromJson(readFile(m_dir.filePath(u"run/summary.json"_s)))
                                      .object()
                                      .value(u"rounds"_s)
                                      .toArray()
                                      .first()
                                      .toObject();
        QCOMPARE(round.value(u"round"_s).toInt(), 0);
        Ui::MainWindow window;
        auto *record = window.findChild<Ui::RoundRecord *>(u"roundRecord"_s);
        QVERIFY(record != nullptr);
        QSignalSpy loaded(record, &Ui::RoundRecord::loaded);
        QVERIFY(Test::showProject(window, m_dir.filePath(u"run/project.dzn"_s)));
        QTRY_VERIFY(!loaded.isEmpty());
        QCOMPARE(loaded.last().at(0).toInt(), 0);
        // Opening a project shows its rounds, not this session's empty tables.
        QCOMPARE(window.findChild<QTabWidget *>(u"runsTabs"_s)->currentWidget(), record);
        QCOMPARE(record->shownRound(), std::optional<int>(0));

        // Every annotator's figures, and the supervisor's, as summary.json states them.
        auto *annotators = window.findChild<QTableWidget *>(u"roundAnnotators"_s);
        QStringList names;
        const QLocale locale;
        for (const QJsonValue &value : round.value(u"annotators"_s).toArray()) {
            const QJsonObject annotator = value.toObject();
            names.append(annotator.value(u"name"_s).toString());
            const int row = rowOf(annotators, names.last());
            QVERIFY2(row >= 0, qPrintable(names.last()));
            QCOMPARE(annotators->item(row, CallsColumn)->text(),
                locale.toString(annotator.value(u"calls"_s).toInteger()));
            QCOMPARE(annotators->item(row, TokensInColumn)->text(),
                locale.toString(annotator.value(u"prompt_tokens"_s).toInteger()));
            QCOMPARE(annotators->item(row, TokensOutColumn)->text(),
                locale.toString(annotator.value(u"completion_tokens"_s).toInteger()));
            // A model without a price costs "no price", never 0 (summary.json counts its calls).
            QCOMPARE(annotators->item(row, CostColumn)->text(),
                annotator.value(u"unpriced_calls"_s).toInteger() > 0
                    ? u"no price"_s
                    : locale.toString(annotator.value(u"cost"_s).toDouble(), 'f', 4));
            QCOMPARE(annotators->item(row, SnappedColumn)->text(),
                locale.toString(annotator.value(u"snapped"_s).toInteger()));
            const qint64 failed = annotator.value(u"failed_items"_s).toInteger();
            QCOMPARE(failed > 0, names.last() == u"gamma"_s);
            QCOMPARE(annotators->item(row, ProgressColumn)->text(),
                failed > 0 ? u"%1 piece(s) failed"_s.arg(failed) : u"done"_s);
        }
        names.sort();
        QCOMPARE(names, (QStringList{u"alpha"_s, u"beta"_s, u"gamma"_s}));
        const int supervisor = rowOf(annotators, u"supervisor"_s);
        QVERIFY(supervisor >= 0);
        QCOMPARE(annotators->item(supervisor, CallsColumn)->text(),
            locale.toString(round.value(u"supervisor"_s).toObject().value(u"calls"_s).toInteger()));
        // Beta's mentions the text does not hold: counted and listed, not only in project info.
        const QTableWidgetItem *unplaced = annotators->item(rowOf(annotators, u"beta"_s), NotPlacedColumn);
        QVERIFY(unplaced != nullptr);
        QCOMPARE(unplaced->text(), locale.toString(4)); // one a document of the batch
        QVERIFY2(unplaced->toolTip().contains(u"4 mention(s) not in the text"_s)
                && unplaced->toolTip().contains(u"“Napoleon Bonaparte” (PER)"_s),
            qPrintable(unplaced->toolTip()));
        QCOMPARE(
            annotators->item(rowOf(annotators, u"alpha"_s), NotPlacedColumn)->text(), locale.toString(0));
        const auto *stack = window.findChild<QTableView *>(u"layerStack"_s)->model();
        QString betaTip;
        for (int row = 0; row < stack->rowCount(); ++row) {
            const QString tip = stack->headerData(row, Qt::Vertical, Qt::ToolTipRole).toString();
            betaTip = tip.startsWith(u"round0/beta"_s) ? tip : betaTip;
        }
        QVERIFY2(betaTip.contains(u"4 mention(s) not in the text: left out"_s), qPrintable(betaTip));
        // Gamma's prose replies were calls that succeeded at HTTP: no failed call, known.
        QCOMPARE(annotators->item(rowOf(annotators, u"gamma"_s), FailedCallsColumn)->text(), u"0"_s);

        // The piece gamma failed, with its raw reply.
        auto *failures = window.findChild<QTableWidget *>(u"roundFailures"_s);
        QCOMPARE(failures->rowCount(), 1);
        QCOMPARE(failures->item(0, 0)->text(), u"gamma"_s);
        failures->setCurrentCell(0, 0);
        auto *detail = window.findChild<QPlainTextEdit *>(u"roundCallDetail"_s);
        QVERIFY2(detail->toPlainText().contains(u"Sorry, no JSON from me today."_s),
            qPrintable(detail->toPlainText()));

        // The round's calls: the annotators' and the supervisor's, each with its request.
        auto *calls = window.findChild<QTableView *>(u"roundCalls"_s);
        const qint64 expectedCalls = callsOf(round);
        QCOMPARE(calls->model()->rowCount(), int(expectedCalls));
        calls->setCurrentIndex(calls->model()->index(0, 0));
        QVERIFY(detail->toPlainText().startsWith(u"POST "_s));
        QVERIFY(window.findChild<QLabel *>(u"recordCaption"_s)
                    ->text()
                    .contains(u"%1 call(s) kept"_s.arg(expectedCalls)));

        // The reports, as the run wrote them into its folder.
        auto *chooser = window.findChild<QComboBox *>(u"roundReportChooser"_s);
        QCOMPARE(chooser->count(), 4);
        QCOMPARE(chooser->itemText(0), u"Hotspots of round 0"_s);
        auto *markdown = window.findChild<QPlainTextEdit *>(u"roundReportMarkdown"_s);
        const QString hotspots = QString::fromUtf8(readFile(m_dir.filePath(u"run/round-0/hotspots.md"_s)));
        QVERIFY(!hotspots.isEmpty());
        QCOMPARE(markdown->toPlainText(), hotspots);
        QVERIFY(!window.findChild<QTextBrowser *>(u"roundReport"_s)->toPlainText().isEmpty());
        chooser->setCurrentIndex(chooser->findText(u"Errors of beta"_s));
        QCOMPARE(markdown->toPlainText(),
            QString::fromUtf8(readFile(m_dir.filePath(u"run/round-0/annotator-beta.md"_s))));
    }

    void roundWithoutKeptCallsOrReports_saysSo()
    {
        // A project analysed before the workbench kept a round's calls and reports.
        QTemporaryDir copy;
        const QString path = copy.filePath(u"old.dzn"_s);
        QVERIFY(QFile::copy(m_dir.filePath(u"run/project.dzn"_s), path));
        {
            auto store = Core::ProjectStore::open(path, Core::ProjectStore::Access::ReadWrite);
            QVERIFY(store.has_value());
            QSqlQuery query((*store)->database());
            QVERIFY(query.exec(u"UPDATE rounds SET reports = '{}'"_s));
            QVERIFY(query.exec(u"UPDATE llm_calls SET round_id = NULL"_s));
        }
        Ui::MainWindow window;
        auto *record = window.findChild<Ui::RoundRecord *>(u"roundRecord"_s);
        QSignalSpy loaded(record, &Ui::RoundRecord::loaded);
        QVERIFY(Test::showProject(window, path));
        QTRY_VERIFY(!loaded.isEmpty());
        QCOMPARE(window.findChild<QTableView *>(u"roundCalls"_s)->model()->rowCount(), 0);
        const QString caption = window.findChild<QLabel *>(u"recordCaption"_s)->text();
        QVERIFY2(caption.contains(u"not in the project's call log"_s), qPrintable(caption));
        auto *annotators = window.findChild<QTableWidget *>(u"roundAnnotators"_s);
        QCOMPARE(annotators->item(rowOf(annotators, u"alpha"_s), FailedCallsColumn)->text(), u"n/a"_s);
        QVERIFY(
            annotators->item(rowOf(annotators, u"alpha"_s), CallsColumn)->text() != u"0"_s); // the summary's
        QCOMPARE(window.findChild<QComboBox *>(u"roundReportChooser"_s)->count(), 0);
        const QString note = window.findChild<QLabel *>(u"roundReportNote"_s)->text();
        QVERIFY2(note.contains(u"round-0/"_s), qPrintable(note));
    }

    void reportsView_keepsTheReadersChoice_byWhatItReportsOn()
    {
        Ui::RoundReportsView view;
        auto *chooser = view.findChild<QComboBox *>(u"roundReportChooser"_s);
        auto *markdown = view.findChild<QPlainTextEdit *>(u"roundReportMarkdown"_s);
        const Core::PilotRepository::RoundReports both{
            u"# hot"_s, {{u"alpha"_s, u"# a"_s}, {u"beta"_s, u"# b"_s}}};
        view.setReports(0, both);
        QCOMPARE(markdown->toPlainText(), u"# hot"_s); // nothing chosen yet: the hotspots
        chooser->setCurrentIndex(2);
        QCOMPARE(markdown->toPlainText(), u"# b"_s);
        view.setReports(1, both);
        QCOMPARE(markdown->toPlainText(), u"# b"_s);
        // A round without beta's report shows the hotspots, and beta's comes back with it.
        view.setReports(2, {u"# hot"_s, {{u"alpha"_s, u"# a"_s}}});
        QCOMPARE(markdown->toPlainText(), u"# hot"_s);
        view.setReports(3, both);
        QCOMPARE(markdown->toPlainText(), u"# b"_s);
        // The hotspots chosen: kept in the next round, whose label names another round.
        chooser->setCurrentIndex(0);
        view.setReports(4, {QString(), {{u"alpha"_s, u"# a"_s}}});
        QCOMPARE(markdown->toPlainText(), u"# a"_s);
        view.setReports(5, both);
        QCOMPARE(chooser->currentText(), u"Hotspots of round 5"_s);
    }

    void nextRound_isFollowed_choicesKept_callsStayTheirRounds()
    {
        const QString project = m_dir.filePath(u"run/project.dzn"_s);
        Ui::MainWindow window;
        auto *record = window.findChild<Ui::RoundRecord *>(u"roundRecord"_s);
        QSignalSpy loaded(record, &Ui::RoundRecord::loaded);
        QVERIFY(Test::showProject(window, project));
        QTRY_VERIFY(!loaded.isEmpty());
        auto *chooser = window.findChild<QComboBox *>(u"roundReportChooser"_s);
        chooser->setCurrentIndex(chooser->findText(u"Errors of beta"_s));
        QCOMPARE(chooser->currentText(), u"Errors of beta"_s);

        // Round 0 decided: the pilot runs round 1, then labels the corpus (calls of no round).
        const Test::CliRun decided =
            Test::runCli({u"decide"_s, m_dir.filePath(u"run"_s), u"--accept"_s, u"1,2"_s});
        QVERIFY2(decided.exitCode == 0, qPrintable(decided.err));
        loaded.clear();
        QVERIFY(Test::showProject(window, project)); // read again, as after a run of the workbench's own
        QTRY_VERIFY(!loaded.isEmpty());
        QCOMPARE(loaded.last().at(0).toInt(), 1); // the last round was shown: the new last one is
        QCOMPARE(chooser->currentText(), u"Errors of beta"_s);

        // Each round lists its own calls: as many as its summary counts, none of the other round's
        // and none of the final labelling's.
        const QJsonArray rounds = QJsonDocument::fromJson(readFile(m_dir.filePath(u"run/summary.json"_s)))
                                      .object()
                                      .value(u"rounds"_s)
                                      .toArray();
        QCOMPARE(rounds.size(), 2);
        auto *calls = window.findChild<QTableView *>(u"roundCalls"_s);
        qint64 roundCalls = 0;
        for (const int round : {0, 1}) {
            loaded.clear();
            record->showRound(round);
            QTRY_VERIFY(!loaded.isEmpty());
            QCOMPARE(loaded.last().at(0).toInt(), round);
            const qint64 counted = callsOf(rounds.at(round).toObject());
            QCOMPARE(calls->model()->rowCount(), int(counted));
            roundCalls += counted;
        }
        auto store = Core::ProjectStore::open(project, Core::ProjectStore::Access::ReadOnly);
        QVERIFY(store.has_value());
        QSqlQuery query((*store)->database());
        QVERIFY(query.exec(u"SELECT count(*) FROM llm_calls WHERE round_id IS NULL"_s) && query.next());
        QVERIFY(query.value(0).toLongLong() > 0); // the final labelling's
        QVERIFY(query.exec(u"SELECT count(*) FROM llm_calls WHERE round_id IS NOT NULL"_s) && query.next());
        QCOMPARE(query.value(0).toLongLong(), roundCalls);
    }

private:
    //! Every call a round of summary.json counts: its annotators', supervisor's and embeddings'.
    static qint64 callsOf(const QJsonObject &round)
    {
        qint64 calls = round.value(u"supervisor"_s).toObject().value(u"calls"_s).toInteger()
            + round.value(u"embeddings"_s).toObject().value(u"calls"_s).toInteger();
        for (const QJsonValue &value : round.value(u"annotators"_s).toArray()) {
            calls += value.toObject().value(u"calls"_s).toInteger();
        }
        return calls;
    }
    void write(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    static int rowOf(const QTableWidget *table, const QString &name)
    {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, NameColumn) && table->item(row, NameColumn)->text() == name) {
                return row;
            }
        }
        return -1;
    }

    QTemporaryDir m_dir;
    Test::ProtocolServer m_server;
    QString m_gammaText;
};

QTEST_MAIN(TestRoundRecord)
#include "tst_roundrecord.moc"
