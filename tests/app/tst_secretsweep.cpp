// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
// The security sweep: a whole pilot with annotators behind OpenAI, Azure and Anthropic endpoints
// (each with its own key header) and a server that echoes the key in error bodies, then every
// export format and an audit log; afterwards no byte of any file written, nor any output, may hold
// the key or a recognisable piece of it, and every stored request shows its key header redacted.
#include "clirun.h"
#include "filesweep.h"
#include "scriptedpilot.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Workbench::Test::ProtocolServer;
using Workbench::Test::ScriptedPilot;

namespace {

using Run = Workbench::Test::CliRun;

constexpr char key[] = "sk-sweep-7f3a91c2e5b84d06a1f2c3d4e5f60718";

} // namespace

class TestSecretSweep : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server.setKey(QString::fromLatin1(key));
        // The first call of each style meets a proxy that echoes the key in a 502 body.
        m_server.setHandler([this](const ProtocolServer::Request &request) {
            const QByteArray header = request.headers.contains("authorization") ? "authorization"
                : request.headers.contains("api-key")                           ? "api-key"
                                                                                : "x-api-key";
            if (!m_echoed.contains(header)) {
                m_echoed.insert(header);
                return ProtocolServer::Script{.status = 502,
                    .errorMessage = u"bad gateway: upstream refused %1: %2"_s.arg(
                        QString::fromLatin1(header), QString::fromLatin1(request.headers.value(header))),
                    .retryAfterSeconds = 0};
            }
            return ScriptedPilot::answer(request);
        });
    }

    void nothingWritten_holdsTheKey()
    {
        const QString url = m_server.url();
        const QString openAiUrl = url + u"/v1"_s;
        QJsonObject config = QJsonDocument::fromJson(ScriptedPilot::config(url, 4, 2)).object();
        config.insert(u"endpoints"_s,
            QJsonArray{QJsonObject{{u"id"_s, u"local"_s}, {u"api"_s, u"openai"_s}, {u"base_url"_s, openAiUrl},
                           {u"key_env"_s, u"SWEEP_OPENAI_KEY"_s}},
                QJsonObject{{u"id"_s, u"azure"_s}, {u"api"_s, u"azure"_s}, {u"base_url"_s, url},
                    {u"deployment"_s, u"alpha"_s}, {u"key_env"_s, u"SWEEP_AZURE_KEY"_s}},
                QJsonObject{{u"id"_s, u"claude"_s}, {u"api"_s, u"anthropic"_s}, {u"base_url"_s, url},
                    {u"key_env"_s, u"SWEEP_ANTHROPIC_KEY"_s}}});
        QJsonArray annotators = config.value(u"annotators"_s).toArray();
        QJsonObject alpha = annotators.at(0).toObject();
        alpha.insert(u"endpoint"_s, u"azure"_s);
        QJsonObject beta = annotators.at(1).toObject();
        beta.insert(u"endpoint"_s, u"claude"_s);
        annotators.replace(0, alpha);
        annotators.replace(1, beta);
        config.insert(u"annotators"_s, annotators);
        config.insert(u"network"_s, QJsonObject{{u"retry_delay_ms"_s, 5}});
        write(u"config.json"_s, QJsonDocument(config).toJson());
        write(u"corpus.conll"_s, ScriptedPilot::goldConll(8));

        const QString out = m_dir.filePath(u"pilot"_s);
        const QString project = out + u"/project.dzn"_s;
        QList<Run> runs;
        runs.append(cli({u"pilot"_s, m_dir.filePath(u"config.json"_s), u"--corpus"_s,
            m_dir.filePath(u"corpus.conll"_s), u"--out"_s, out, u"--auto-accept"_s}));
        QVERIFY2(runs.last().exitCode == 0, runs.last().rawErr.constData());
        QCOMPARE(m_echoed.size(), 3); // each key header was echoed once and the calls went on
        QFile summary(out + u"/summary.json"_s);
        QVERIFY(summary.open(QIODevice::ReadOnly));
        const QString finalLayer = u"final-"_s
            + QJsonDocument::fromJson(summary.readAll())
                  .object()
                  .value(u"final"_s)
                  .toObject()
                  .value(u"annotator"_s)
                  .toString();
        for (const QString &format : {u"conll"_s, u"doccano"_s, u"prodigy"_s, u"brat"_s}) {
            runs.append(cli({u"project"_s, u"export"_s, project, m_dir.filePath(u"export-"_s + format),
                u"--layer"_s, finalLayer, u"--format"_s, format}));
            QVERIFY2(runs.last().exitCode == 0, runs.last().rawErr.constData());
        }
        runs.append(cli({u"project"_s, u"info"_s, project, u"--format"_s, u"json"_s}));
        QVERIFY2(runs.last().exitCode == 0, runs.last().rawErr.constData());
        // ask, with its audit log, against each style; the echo is gone, so use a wrong-key echo.
        for (const auto &[api, base] :
            {std::pair{u"openai"_s, openAiUrl}, std::pair{u"azure"_s, url}, std::pair{u"anthropic"_s, url}}) {
            runs.append(cli(
                {u"ask"_s, u"--endpoint"_s, base, u"--api"_s, api, u"--model"_s, u"alpha"_s, u"--key-env"_s,
                    u"SWEEP_OPENAI_KEY"_s, u"--audit-log"_s, m_dir.filePath(u"audit.jsonl"_s), u"Hello"_s}));
            QVERIFY2(runs.last().exitCode == 0, runs.last().rawErr.constData());
        }

        // The sweep: every byte of every file, and everything printed.
        const QList<QByteArray> pieces{QByteArray(key), QByteArray(key).left(12), QByteArray(key).right(12)};
        // The sweep reads them all: the corpus's words are in the project, the exports, the round files.
        QVERIFY(Workbench::Test::filesContaining("visited", {m_dir.path()}).size() >= 10);
        for (const QByteArray &piece : pieces) {
            QCOMPARE(Workbench::Test::filesContaining(piece, {m_dir.path()}), QStringList());
        }
        for (const Run &run : std::as_const(runs)) {
            for (const QByteArray &piece : pieces) {
                QVERIFY(!run.out.contains(piece) && !run.rawErr.contains(piece));
            }
        }

        // Every stored request names its key header, redacted; the echoing replies are kept, redacted.
        QMap<QByteArray, int> redacted;
        int echoes = 0;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"sweep"_s);
            db.setDatabaseName(project);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            QVERIFY(db.open());
            QSqlQuery query(u"SELECT request, response FROM llm_calls"_s, db);
            while (query.next()) {
                const QByteArray request = query.value(0).toByteArray();
                for (const QByteArray header :
                    {"Authorization: [redacted]", "api-key: [redacted]", "x-api-key: [redacted]"}) {
                    redacted[header] += request.contains(header) ? 1 : 0;
                }
                echoes += query.value(1).toByteArray().contains("upstream refused") ? 1 : 0;
            }
        }
        QSqlDatabase::removeDatabase(u"sweep"_s);
        QVERIFY(redacted.value("Authorization: [redacted]") > 0);
        QVERIFY(redacted.value("api-key: [redacted]") > 0);
        QVERIFY(redacted.value("x-api-key: [redacted]") > 0);
        QCOMPARE(echoes, 3);
        QFile audit(m_dir.filePath(u"audit.jsonl"_s));
        QVERIFY(audit.open(QIODevice::ReadOnly));
        const QByteArray auditBytes = audit.readAll();
        QCOMPARE(auditBytes.count('\n'), 3);
        QVERIFY(auditBytes.contains("Authorization: [redacted]"));
        QVERIFY(auditBytes.contains("api-key: [redacted]"));
        QVERIFY(auditBytes.contains("x-api-key: [redacted]"));
    }

private:
    void write(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    Run cli(const QStringList &arguments)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {u"SWEEP_OPENAI_KEY"_s, u"SWEEP_AZURE_KEY"_s, u"SWEEP_ANTHROPIC_KEY"_s}) {
            environment.insert(name, QString::fromLatin1(key));
        }
        return Workbench::Test::runCli(arguments, environment);
    }

    QTemporaryDir m_dir;
    ProtocolServer m_server;
    QSet<QByteArray> m_echoed;
};

QTEST_GUILESS_MAIN(TestSecretSweep)
#include "tst_secretsweep.moc"
