// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
// diziner-cli ask against the local protocol server. The server runs in this process, so the CLI
// is awaited through the event loop (a blocking wait would starve the server).
#include "clirun.h"
#include "protocolserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Workbench::Test::ProtocolServer;

namespace {

using Run = Workbench::Test::CliRun;

const QString key = u"sk-cli-secret-0123456789abcdef"_s;

} // namespace

class TestCliAsk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<ProtocolServer>();
        m_server->setKey(key);
    }

    Run ask(const QStringList &arguments, const QByteArray &keyValue = key.toUtf8())
    {
        return Workbench::Test::runCli(QStringList{u"ask"_s} + arguments,
            Workbench::Test::environmentWith(u"TEST_LLM_KEY"_s, QString::fromUtf8(keyValue)), 60000);
    }

    void json_hasTheDocumentedShape_data()
    {
        QTest::addColumn<QString>("api");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("model");
        QTest::newRow("openai") << u"openai"_s << u"/v1"_s << u"gpt-4o-mini"_s;
        QTest::newRow("reasoning") << u"openai"_s << u"/v1"_s << u"o3-mini"_s;
        QTest::newRow("azure") << u"azure"_s << QString() << u"gpt-4o"_s;
        QTest::newRow("anthropic") << u"anthropic"_s << QString() << u"claude-sonnet-4"_s;
        QTest::newRow("ollama") << u"ollama"_s << QString() << u"llama3.1:8b"_s;
    }
    void json_hasTheDocumentedShape()
    {
        QFETCH(QString, api);
        QFETCH(QString, path);
        QFETCH(QString, model);
        m_server->script({.content = u"Paris"_s, .reasoningTokens = 3});
        const Run run = ask({u"--endpoint"_s, m_server->url() + path, u"--api"_s, api, u"--model"_s, model,
            u"--key-env"_s, u"TEST_LLM_KEY"_s, u"--system"_s, u"Be brief."_s, u"--format"_s, u"json"_s,
            u"Capital of France?"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(u"text"_s).toString(), u"Paris"_s);
        QCOMPARE(json.value(u"finish_reason"_s).toString(), u"stop"_s);
        QCOMPARE(json.value(u"usage"_s).toObject().value(u"prompt_tokens"_s).toInt(), 11);
        QCOMPARE(json.value(u"usage"_s).toObject().value(u"completion_tokens"_s).toInt(), 7);
        QVERIFY(json.value(u"usage"_s).toObject().contains(u"reasoning_tokens"_s));
        QVERIFY(!json.value(u"model"_s).toString().isEmpty());
        QCOMPARE(m_server->requests().size(), 1);
    }

    void failure_exitsOneWithTheProvidersMessage_noKeyAnywhere()
    {
        QTemporaryDir dir;
        const QString audit = dir.filePath(u"audit.jsonl"_s);
        // A wrong key: the server echoes it; neither stderr nor the audit log may show it.
        const QByteArray wrong = "sk-wrong-cli-key-9876543210fedcba";
        const Run run =
            ask({u"--endpoint"_s, m_server->url() + u"/v1"_s, u"--api"_s, u"openai"_s, u"--model"_s,
                    u"gpt-4o-mini"_s, u"--key-env"_s, u"TEST_LLM_KEY"_s, u"--audit-log"_s, audit, u"Hi"_s},
                wrong);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u":1: error: HTTP 401: Incorrect API key provided"_s), qPrintable(run.err));
        QVERIFY(!run.err.contains(QString::fromUtf8(wrong)));
        QFile log(audit);
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray records = log.readAll();
        QCOMPARE(records.count('\n'), 1);
        QVERIFY(records.contains("Authorization: [redacted]"));
        QVERIFY(!records.contains(wrong));
        QVERIFY(!records.contains(wrong.left(12)));
    }

    void serverTrouble_isRetriedThenReported()
    {
        m_server->script({.status = 503, .retryAfterSeconds = 0});
        m_server->script({.content = u"recovered"_s});
        const Run ok = ask({u"--endpoint"_s, m_server->url(), u"--api"_s, u"anthropic"_s, u"--model"_s,
            u"claude"_s, u"--key-env"_s, u"TEST_LLM_KEY"_s, u"Hi"_s});
        QCOMPARE(ok.exitCode, 0);
        QCOMPARE(ok.out, "recovered\n"_ba);
        QVERIFY(ok.err.contains(u"warning: HTTP 503"_s));
        for (int i = 0; i < 3; ++i) {
            m_server->script({.status = 500, .retryAfterSeconds = 0});
        }
        const Run failed = ask({u"--endpoint"_s, m_server->url(), u"--api"_s, u"anthropic"_s, u"--model"_s,
            u"claude"_s, u"--key-env"_s, u"TEST_LLM_KEY"_s, u"--retries"_s, u"2"_s, u"Hi"_s});
        QCOMPARE(failed.exitCode, 1);
        QVERIFY(failed.err.contains(u"error: HTTP 500: The server had an error"_s));
    }

    void badInput_andPolicy_sendNothing()
    {
        // Schema file errors and usage errors.
        QTemporaryDir dir;
        const QString schema = dir.filePath(u"bad.json"_s);
        QFile file(schema);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[1, 2]");
        file.close();
        const QStringList base{
            u"--endpoint"_s, m_server->url(), u"--api"_s, u"ollama"_s, u"--model"_s, u"llama3.1:8b"_s};
        QCOMPARE(ask(base + QStringList{u"--json-schema"_s, schema, u"Hi"_s}).exitCode, 1);
        QCOMPARE(ask({u"--api"_s, u"openai"_s, u"--model"_s, u"m"_s, u"Hi"_s}).exitCode, 2);
        QCOMPARE(ask(base + QStringList{u"--api"_s, u"bard"_s, u"Hi"_s}).exitCode, 2);
        QCOMPARE(ask({u"--endpoint"_s, u"http://192.0.2.1/v1"_s, u"--api"_s, u"openai"_s, u"--model"_s,
                         u"m"_s, u"Hi"_s})
                     .exitCode,
            1); // plain http to another host, not allowed
        QCOMPARE(m_server->requests().size(), 0);
    }

private:
    std::unique_ptr<ProtocolServer> m_server;
};

QTEST_GUILESS_MAIN(TestCliAsk)
#include "tst_cli_ask.moc"
