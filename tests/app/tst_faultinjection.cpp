// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
// Fault injection end to end: diziner-cli runs the scripted pilot against a server that drops
// connections, stalls, answers 429 / 500, sends malformed or cut-off bodies and unreadable model
// text at seeded random, and is killed mid-run; every run must end with exactly the layers,
// guideline and final labels of a clean run, with every fault in the project's call log.
#include "clirun.h"
#include "faultinjector.h"
#include "scriptedpilot.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Workbench::Test::FaultInjector;
using Workbench::Test::ProtocolServer;
using Workbench::Test::ScriptedPilot;

namespace {

using Run = Workbench::Test::CliRun;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The files a pilot leaves that carry results: layers, reports, guidelines, proposals, final labels.
QMap<QString, QByteArray> results(const QString &directory)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(directory, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(directory).relativeFilePath(path);
        if (!relative.startsWith(u"project.dzn"_s) && relative != u"summary.json"_s) {
            files.insert(relative, readFile(path));
        }
    }
    return files;
}

// What summary.json says about the results, without the call counts and tokens faults change.
QJsonArray roundResults(const QString &directory)
{
    QJsonArray rounds;
    const QJsonObject summary = QJsonDocument::fromJson(readFile(directory + u"/summary.json"_s)).object();
    for (const QJsonValue &round : summary.value(u"rounds"_s).toArray()) {
        QJsonArray f1;
        for (const QJsonValue &annotator : round.toObject().value(u"annotators"_s).toArray()) {
            f1.append(annotator.toObject().value(u"f1"_s));
        }
        rounds.append(QJsonObject{{u"pool"_s, round.toObject().value(u"pool_agreement"_s)}, {u"f1"_s, f1},
            {u"guideline"_s, round.toObject().value(u"guideline_version"_s)}});
    }
    rounds.append(summary.value(u"final"_s));
    return rounds;
}

struct CallRow
{
    qint64 id = 0;
    QString hash;
    QString status;
};

QList<CallRow> callLog(const QString &projectPath)
{
    QList<CallRow> rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"calllog"_s);
        db.setDatabaseName(projectPath);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery query(u"SELECT id, request_hash, status FROM llm_calls ORDER BY id"_s, db);
            while (query.next()) {
                rows.append(
                    {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()});
            }
        }
    }
    QSqlDatabase::removeDatabase(u"calllog"_s);
    return rows;
}

} // namespace

class TestFaultInjection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server.setHandler(&ScriptedPilot::answer);
        QJsonObject config = QJsonDocument::fromJson(ScriptedPilot::config(m_server.url(), 4, 3)).object();
        // A stalled call is abandoned after 1 s without a byte; backoff starts at 5 ms.
        config.insert(u"network"_s, QJsonObject{{u"timeout_seconds"_s, 1}, {u"retry_delay_ms"_s, 5}});
        write(u"config.json"_s, QJsonDocument(config).toJson());
        write(u"corpus.conll"_s, ScriptedPilot::goldConll(12));
        const Run clean = pilot(u"clean"_s);
        QVERIFY2(clean.exitCode == 0, qPrintable(clean.err));
        m_cleanRequests = m_server.requests().size();
        m_clean = results(m_dir.filePath(u"clean"_s));
        QVERIFY(m_clean.contains(u"final.conll"_s));
        // Round 1's supervisor proposes nothing new, which ends the run after its final labelling.
        QVERIFY(m_clean.contains(u"round-1/gamma.conll"_s));
        QVERIFY(m_clean.contains(u"guideline-v1.md"_s));
    }

    void faultyRun_endsLikeTheCleanRun_withEveryFaultLogged_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<double>("rate");
        QTest::newRow("seed 1, 30% faults") << quint64(1) << 0.3;
        QTest::newRow("seed 5, 30% faults") << quint64(5) << 0.3;
        QTest::newRow("seed 3, 50% faults") << quint64(3) << 0.5;
    }

    void faultyRun_endsLikeTheCleanRun_withEveryFaultLogged()
    {
        QFETCH(quint64, seed);
        QFETCH(double, rate);
        FaultInjector faults(seed, rate, &ScriptedPilot::answer);
        m_server.setHandler(
            [&faults](const ProtocolServer::Request &request) { return faults.answer(request); });
        m_server.clearRequests();
        const QString out = u"faulty-%1"_s.arg(seed);
        const Run run = pilot(out);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(faults.injectedTotal() >= 10);
        for (int kind = 0; kind < FaultInjector::faultKinds; ++kind) {
            QVERIFY2(
                faults.injected().value(FaultInjector::Fault(kind)) > 0, qPrintable(QString::number(kind)));
        }

        QCOMPARE(results(m_dir.filePath(out)), m_clean);
        QCOMPARE(roundResults(m_dir.filePath(out)), roundResults(m_dir.filePath(u"clean"_s)));

        // Every fault is in the project's call log, by kind. Qt sends a request again by itself
        // (up to twice) when a kept-alive connection drops before the reply: those are the
        // requests the server saw beyond the calls logged.
        const QList<CallRow> calls = callLog(m_dir.filePath(out + u"/project.dzn"_s));
        const auto count = [&calls](const QString &prefix) {
            return int(std::ranges::count_if(
                calls, [&](const CallRow &row) { return row.status.startsWith(prefix); }));
        };
        using Fault = FaultInjector::Fault;
        const QMap<Fault, int> &injected = faults.injected();
        const int resentByQt = int(m_server.requests().size() - calls.size());
        QVERIFY(resentByQt >= 0);
        QCOMPARE(count(u"Connection closed"_s) + resentByQt, injected.value(Fault::DroppedConnection));
        QCOMPARE(count(u"no data for 1 s"_s), injected.value(Fault::Stall));
        QCOMPARE(count(u"HTTP 429"_s), injected.value(Fault::TooManyRequests));
        QCOMPARE(count(u"HTTP 500"_s), injected.value(Fault::ServerError));
        QCOMPARE(count(u"the reply is not a JSON object"_s), injected.value(Fault::MalformedBody));
        QCOMPARE(count(u"the reply was cut off"_s), injected.value(Fault::TruncatedBody));
        const int garbage = injected.value(Fault::GarbageContent);
        QCOMPARE(count(u"ok"_s), m_server.requests().size() - (faults.injectedTotal() - garbage));
        QCOMPARE(count(u"ok"_s) + (faults.injectedTotal() - garbage - resentByQt), calls.size());
        // Each unreadable answer was asked about again, in the same conversation (once: a repair
        // that meets a transport fault is sent again with the same body).
        QSet<QByteArray> repairs;
        for (const ProtocolServer::Request &request : m_server.requests()) {
            if (request.body.contains("could not be read")) {
                repairs.insert(request.body);
            }
        }
        QCOMPARE(int(repairs.size()), garbage);
        // Nothing answered was asked twice: beyond the repairs, the answered calls are the clean run's.
        QCOMPARE(count(u"ok"_s) - garbage, m_cleanRequests);
    }

    void killedMidRun_resumesFromTheCache_andEndsLikeTheCleanRun()
    {
        FaultInjector faults(11, 0.2, &ScriptedPilot::answer);
        m_server.setHandler(
            [&faults](const ProtocolServer::Request &request) { return faults.answer(request); });
        m_server.clearRequests();
        const QString out = m_dir.filePath(u"killed"_s);
        const QStringList arguments = pilotArguments(u"killed"_s);
        QProcess process;
        QSignalSpy finished(&process, &QProcess::finished);
        const auto connection = connect(&m_server, &ProtocolServer::requestReceived, &process, [&] {
            if (m_server.requests().size() == 20) {
                process.kill();
            }
        });
        process.start(QStringLiteral(DIZINER_CLI), arguments);
        QVERIFY(finished.wait(120000));
        disconnect(connection);
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);

        const QList<CallRow> before = callLog(out + u"/project.dzn"_s);
        QVERIFY(!before.isEmpty());
        QSet<QString> answered;
        for (const CallRow &row : before) {
            if (row.status == u"ok") {
                answered.insert(row.hash);
            }
        }
        QVERIFY(!answered.isEmpty());
        const Run resumed = cli({u"decide"_s, out, u"--auto-accept"_s});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
        const QList<CallRow> after = callLog(out + u"/project.dzn"_s);
        QVERIFY(after.size() > before.size());
        for (const CallRow &row : after.mid(before.size())) {
            QVERIFY2(!answered.contains(row.hash), qPrintable(row.hash)); // came from the cache
        }
        QCOMPARE(results(out), m_clean);
        QCOMPARE(roundResults(out), roundResults(m_dir.filePath(u"clean"_s)));
    }

private:
    void write(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    QStringList pilotArguments(const QString &out) const
    {
        return {u"pilot"_s, m_dir.filePath(u"config.json"_s), u"--corpus"_s,
            m_dir.filePath(u"corpus.conll"_s), u"--gold"_s, m_dir.filePath(u"corpus.conll"_s), u"--out"_s,
            m_dir.filePath(out), u"--auto-accept"_s};
    }

    Run pilot(const QString &out) { return cli(pilotArguments(out)); }

    Run cli(const QStringList &arguments) { return Workbench::Test::runCli(arguments); }

    QTemporaryDir m_dir;
    ProtocolServer m_server;
    QMap<QString, QByteArray> m_clean;
    qsizetype m_cleanRequests = 0;
};

QTEST_GUILESS_MAIN(TestFaultInjection)
#include "tst_faultinjection.moc"
