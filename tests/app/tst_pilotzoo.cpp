// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
// Whole pilots through the real diziner-cli against the model zoo (support/modelzoo.h): the
// supervisor behind each provider family, annotators that misbehave as real models do. Each run
// is checked for what a linguist would see.
#include "clirun.h"
#include "modelzoo.h"
#include "store/pilotrepository.h"
#include "store/projectstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Workbench::Test::ModelZoo;
using Workbench::Test::ProtocolServer;
namespace Core = Workbench::Core;

Q_DECLARE_METATYPE(ModelZoo::Supervisor)

namespace {

constexpr int sentences = 16;

// The documents of the corpus ModelZoo::goldConll(sentences) makes, in order.
QString documentText(const qsizetype index)
{
    if (index < sentences) {
        return ModelZoo::sentence(int(index));
    }
    return index == sentences ? u"Nothing happened here today ."_s : ModelZoo::sentence(0);
}

bool isAnnotatorCall(const ProtocolServer::Request &request)
{
    const QByteArray body = request.body;
    return (request.path.endsWith("/chat/completions") || request.path == "/v1/messages"
               || request.path == "/api/chat")
        && !body.contains("\"sup-") && !body.contains("claude-sup") && !request.path.contains("sup-strict");
}

QJsonObject annotatorEntry(const QJsonObject &round, const QString &name)
{
    for (const QJsonValue &value : round.value(u"annotators"_s).toArray()) {
        if (value.toObject().value(u"name"_s).toString() == name) {
            return value.toObject();
        }
    }
    return {};
}

} // namespace

class TestPilotZoo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        // A transition the run's state machine does not make is a bug, in any of the zoo's runs.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("PilotRun: no transition")));
    }

    void pilot_everySupervisorFamily_runsThroughDecideToItsEnd_data()
    {
        QTest::addColumn<ModelZoo::Supervisor>("supervisor");
        QTest::addColumn<bool>("rewritesGoal");
        QTest::newRow("OpenAI, strict schema, rewrites the goal")
            << ModelZoo::Supervisor::OpenAiStrict << true;
        QTest::newRow("Azure") << ModelZoo::Supervisor::Azure << true;
        QTest::newRow("Anthropic, tool use, fields left out, keys added")
            << ModelZoo::Supervisor::Anthropic << true;
        QTest::newRow("Ollama, format schema") << ModelZoo::Supervisor::Ollama << true;
        QTest::newRow("compatible server ignoring response_format, fenced JSON")
            << ModelZoo::Supervisor::Compatible << true;
        QTest::newRow("cut off by the output limit first") << ModelZoo::Supervisor::CutOff << true;
    }

    void pilot_everySupervisorFamily_runsThroughDecideToItsEnd()
    {
        QFETCH(ModelZoo::Supervisor, supervisor);
        QFETCH(bool, rewritesGoal);
        ProtocolServer server;
        ModelZoo::serve(server);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString config = dir.filePath(u"config.json"_s);
        const QString corpus = dir.filePath(u"corpus.conll"_s);
        QVERIFY(write(config, ModelZoo::config(server.url(), supervisor, 5, 3)));
        QVERIFY(write(corpus, ModelZoo::goldConll(sentences)));
        const QString out = dir.filePath(u"pilot"_s);

        // Round 0 stops at the supervisor's proposal, saved in the project.
        const auto first = Workbench::Test::runCli(
            {u"pilot"_s, config, u"--corpus"_s, corpus, u"--gold"_s, corpus, u"--out"_s, out});
        QVERIFY2(first.exitCode == 3, qPrintable(first.err));
        const QJsonObject proposal = json(out + u"/proposal-0.json"_s);
        QStringList kinds;
        QStringList targets;
        for (const QJsonValue &change : proposal.value(u"changes"_s).toArray()) {
            kinds.append(change[u"kind"_s].toString());
            targets.append(change[u"target"_s].toString());
        }
        QCOMPARE(kinds.contains(u"rewrite"_s), rewritesGoal);
        QCOMPARE(targets.count(u"common"_s), 2);
        QVERIFY2(targets.contains(u"gemma"_s), qPrintable(targets.join(u", "_s))); // "Gemma 3 12B"
        QVERIFY(!targets.contains(u"Gemma 3 12B"_s)); // never a phantom annotator
        const QJsonArray unmatched = proposal.value(u"unmatched"_s).toArray();
        QCOMPARE(unmatched.size(), 1);
        QCOMPARE(unmatched.first()[u"name"_s].toString(), u"Llama 4 Scout"_s);
        QVERIFY(first.err.contains(u"Llama 4 Scout"_s));
        {
            auto store =
                Core::ProjectStore::open(out + u"/project.dzn"_s, Core::ProjectStore::Access::ReadOnly);
            QVERIFY(store.has_value());
            Core::PilotRepository repository(**store);
            const auto pending = repository.pendingProposal(repository.run()->first);
            QVERIFY(pending.has_value());
            QCOMPARE(pending->changes.size(), kinds.size());
            QCOMPARE(pending->unmatched.size(), 1);
        }
        // No rule reached an annotator before a person decided.
        const qsizetype beforeDecision = server.requests().size();
        for (const ProtocolServer::Request &request : server.requests()) {
            if (isAnnotatorCall(request)) {
                QVERIFY(!request.body.contains(ModelZoo::titleRule));
            }
        }

        QStringList all;
        for (qsizetype i = 1; i <= kinds.size(); ++i) {
            all.append(QString::number(i));
        }
        const auto second = Workbench::Test::runCli({u"decide"_s, out, u"--accept"_s, all.join(u',')});
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QVERIFY2(
            second.out.contains("pilot finished (nothing proposed) after 2 rounds"), second.out.constData());
        QVERIFY2(second.out.contains("final labelling: the whole pool by"), second.out.constData());
        bool rulesSent = false;
        for (qsizetype i = beforeDecision; i < server.requests().size(); ++i) {
            const ProtocolServer::Request &request = server.requests().at(i);
            rulesSent = rulesSent || (isAnnotatorCall(request) && request.body.contains(ModelZoo::titleRule));
        }
        QVERIFY(rulesSent);

        // What the rounds measured.
        const QJsonObject summary = json(out + u"/summary.json"_s);
        const QJsonArray rounds = summary.value(u"rounds"_s).toArray();
        QCOMPARE(rounds.size(), 2);
        QVERIFY(rounds.at(1)[u"pool_agreement"_s].toDouble() > rounds.at(0)[u"pool_agreement"_s].toDouble());
        for (const QString &fixed : {u"qwen"_s, u"phi"_s}) { // their errors are what the rules answer
            QVERIFY2(annotatorEntry(rounds.at(1).toObject(), fixed)[u"mean_agreement"_s].toDouble()
                    > annotatorEntry(rounds.at(0).toObject(), fixed)[u"mean_agreement"_s].toDouble(),
                qPrintable(fixed));
        }
        qint64 refused = 0;
        for (const QJsonValue &round : rounds) {
            qint64 cities = 0;
            qint64 hopper = 0;
            for (const QJsonValue &index : round[u"batch"_s].toArray()) {
                const QString text = documentText(index.toInteger());
                cities += text.contains(u'#') ? 1 : 0;
                hopper += text.contains(u"Grace Hopper"_s) ? 1 : 0;
            }
            // "Paris" for the token "#Paris": snapped once per city, and counted.
            QCOMPARE(annotatorEntry(round.toObject(), u"gemma"_s)[u"snapped"_s].toInteger(), cities);
            QCOMPARE(annotatorEntry(round.toObject(), u"gpt-oss"_s)[u"snapped"_s].toInteger(), 0);
            QCOMPARE(annotatorEntry(round.toObject(), u"mistral"_s)[u"failed_items"_s].toInteger(), hopper);
            // Its refusals are left out of its pairs, not read as "no entities".
            QCOMPARE(annotatorEntry(round.toObject(), u"mistral"_s)[u"left_out"_s].toInteger(), hopper);
            refused += hopper;
        }
        QVERIFY(refused > 0); // the refusing annotator was put to the test
        // The supervisor's calls are paid and counted with the round they supervised.
        for (const QJsonValue &round : rounds) {
            QVERIFY(round[u"supervisor"_s][u"calls"_s].toInteger() >= 4);
            QVERIFY(round[u"supervisor"_s][u"cost"_s].toDouble() > 0.0);
        }
        QCOMPARE(summary[u"finish"_s][u"reason"_s].toString(), u"nothing proposed"_s);
        QCOMPARE(summary[u"finish"_s][u"final_labelling"_s].toString(), u"done"_s);
        QVERIFY(!summary[u"final"_s][u"annotator"_s].toString().isEmpty());
        QVERIFY(QFile::exists(out + u"/final.conll"_s));

        // Nothing was paid twice: no request went out twice (the retweet included).
        QSet<QByteArray> bodies;
        for (const ProtocolServer::Request &request : server.requests()) {
            QVERIFY2(!bodies.contains(request.path + request.body), request.body.left(200).constData());
            bodies.insert(request.path + request.body);
        }
        if (supervisor == ModelZoo::Supervisor::CutOff) {
            bool doubled = false;
            for (const ProtocolServer::Request &request : server.requests()) {
                doubled = doubled || request.json().value(u"max_tokens"_s).toInt() == 6000;
            }
            QVERIFY(doubled); // asked again with twice the allowance
        }
    }

    void killedDuringTheFinalLabelling_resumesToIt_notToAnotherRound()
    {
        ProtocolServer server;
        ModelZoo::serve(server);
        QTemporaryDir dir;
        const QString config = dir.filePath(u"config.json"_s);
        const QString corpus = dir.filePath(u"corpus.conll"_s);
        QVERIFY(write(config, ModelZoo::config(server.url(), ModelZoo::Supervisor::OpenAiStrict, 5, 3)));
        QVERIFY(write(corpus, ModelZoo::goldConll(sentences)));
        const QString out = dir.filePath(u"pilot"_s);
        QCOMPARE(
            Workbench::Test::runCli({u"pilot"_s, config, u"--corpus"_s, corpus, u"--out"_s, out}).exitCode,
            3);
        QStringList all;
        for (qsizetype i = 1; i <= json(out + u"/proposal-0.json"_s).value(u"changes"_s).toArray().size();
             ++i) {
            all.append(QString::number(i));
        }
        const auto decided = Workbench::Test::runCli({u"decide"_s, out, u"--accept"_s, all.join(u',')});
        QVERIFY2(decided.exitCode == 0, qPrintable(decided.err));
        {
            // As a process killed inside its final labelling leaves the project: not finished.
            auto store =
                Core::ProjectStore::open(out + u"/project.dzn"_s, Core::ProjectStore::Access::ReadWrite);
            QVERIFY(store.has_value());
            Core::PilotRepository repository(**store);
            QVERIFY(repository.setRunStatus(repository.run()->first, Core::RunStatus::Running).has_value());
        }
        server.clearRequests();
        const auto resumed = Workbench::Test::runCli({u"decide"_s, out});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
        QVERIFY2(resumed.out.contains("pilot finished (nothing proposed) after 2 rounds"),
            resumed.out.constData());
        QCOMPARE(server.requests().size(), 0); // the labelling again, all from the cache; no round 2
        QCOMPARE(json(out + u"/summary.json"_s).value(u"rounds"_s).toArray().size(), 2);
    }

private:
    static bool write(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }
    static QJsonObject json(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                              : QJsonObject();
    }
};

QTEST_GUILESS_MAIN(TestPilotZoo)
#include "tst_pilotzoo.moc"
