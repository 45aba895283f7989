// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
// diziner-cli label end to end: the real executable labels a pilot's corpus interactively and
// through the batch engines of the protocol server on 127.0.0.1 (OpenAI files and batches,
// Anthropic message batches), across invocations, with partial and expired batches.
#include "clirun.h"
#include "scriptedpilot.h"
#include "store/batchrepository.h"
#include "store/calllogrepository.h"
#include "store/layerrepository.h"
#include "store/pilotrepository.h"
#include "store/projectstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Workbench::Test::ProtocolServer;
using Workbench::Test::ScriptedPilot;
namespace Core = Workbench::Core;

namespace {

using Run = Workbench::Test::CliRun;

constexpr auto anthropicKey = "sk-ant-label-test-0123456789";

} // namespace

class TestCliLabel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ProtocolServer> m_server;
    std::optional<QTemporaryDir> m_dir;

    QString pilotDir() const { return m_dir->filePath(u"pilot"_s); }

    Run cli(const QStringList &arguments)
    {
        return Workbench::Test::runCli(
            arguments, Workbench::Test::environmentWith(u"CLAUDE_KEY"_s, QString::fromLatin1(anthropicKey)));
    }

    Run label(const QStringList &options)
    {
        return cli(QStringList{u"label"_s, pilotDir(), u"--format"_s, u"json"_s, u"--poll-seconds"_s, u"0"_s}
            + options);
    }

    int chatRequests() const
    {
        int count = 0;
        for (const ProtocolServer::Request &request : m_server->requests()) {
            count += request.path.endsWith("/chat/completions") || request.path == "/v1/messages" ? 1 : 0;
        }
        return count;
    }

    // The pilot's configuration with a second endpoint speaking Anthropic's API (annotator delta),
    // prices, two rounds (two guideline versions to label under), and no final labelling of its
    // own: labelling is left to the verb under test.
    QByteArray config() const
    {
        QJsonObject json = QJsonDocument::fromJson(ScriptedPilot::config(m_server->url(), 4, 2)).object();
        QJsonArray endpoints = json.value(u"endpoints"_s).toArray();
        endpoints.append(QJsonObject{{u"id"_s, u"claude"_s}, {u"api"_s, u"anthropic"_s},
            {u"base_url"_s, m_server->url()}, {u"key_env"_s, u"CLAUDE_KEY"_s}});
        json.insert(u"endpoints"_s, endpoints);
        QJsonArray annotators = json.value(u"annotators"_s).toArray();
        annotators.append(
            QJsonObject{{u"name"_s, u"delta"_s}, {u"endpoint"_s, u"claude"_s}, {u"model"_s, u"alpha"_s}});
        json.insert(u"annotators"_s, annotators);
        QJsonObject knobs = json.value(u"knobs"_s).toObject();
        knobs.insert(u"final_labelling"_s, false);
        json.insert(u"knobs"_s, knobs);
        QJsonArray prices;
        for (const char *model : {"alpha", "beta", "gamma"}) {
            prices.append(QJsonObject{{u"model"_s, QString::fromLatin1(model)}, {u"input"_s, 1.0},
                {u"output"_s, 4.0}, {u"date"_s, u"2026-11-26"_s}, {u"source"_s, u"test"_s}});
        }
        json.insert(u"prices"_s, QJsonObject{{u"prices"_s, prices}});
        return QJsonDocument(json).toJson();
    }

    void write(const QString &name, const QByteArray &bytes) const
    {
        QFile file(m_dir->filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    std::unique_ptr<Core::ProjectStore> openProject() const
    {
        auto store =
            Core::ProjectStore::open(pilotDir() + u"/project.dzn"_s, Core::ProjectStore::Access::ReadOnly);
        return store ? std::move(*store) : nullptr;
    }

    // A pilot of its own for the cascade: alpha (right), wavering (as gamma on texts of odd
    // length, as alpha on the others) and gamma (cities as PER); one round of 4 documents under v0.
    QString wavering()
    {
        QJsonObject json = QJsonDocument::fromJson(ScriptedPilot::config(m_server->url(), 4, 1)).object();
        QJsonArray annotators;
        for (const char *name : {"alpha", "wavering", "gamma"}) {
            annotators.append(QJsonObject{{u"name"_s, QString::fromLatin1(name)}, {u"endpoint"_s, u"local"_s},
                {u"model"_s, QString::fromLatin1(name)}});
        }
        json.insert(u"annotators"_s, annotators);
        QJsonObject knobs = json.value(u"knobs"_s).toObject();
        knobs.insert(u"final_labelling"_s, false);
        json.insert(u"knobs"_s, knobs);
        write(u"wavering.json"_s, QJsonDocument(json).toJson());
        const QString dir = m_dir->filePath(u"wavering"_s);
        const Run pilot = cli({u"pilot"_s, m_dir->filePath(u"wavering.json"_s), u"--corpus"_s,
            m_dir->filePath(u"corpus.conll"_s), u"--out"_s, dir, u"--auto-accept"_s});
        m_server->clearRequests();
        if (pilot.exitCode != 0) {
            qWarning("%s", qPrintable(pilot.err));
            return {};
        }
        return dir;
    }

    // The pool positions of the documents of the pilot's one round at \a dir.
    static QList<qsizetype> roundBatch(const QString &dir)
    {
        auto store = Core::ProjectStore::open(dir + u"/project.dzn"_s, Core::ProjectStore::Access::ReadOnly);
        if (!store) {
            return {};
        }
        const Core::PilotRepository pilots(**store);
        const auto rounds = pilots.rounds(pilots.run()->first);
        return rounds.size() == 1 ? rounds.first().batch : QList<qsizetype>{};
    }

private Q_SLOTS:
    void init()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral("PilotRun: no transition")));
        m_server = std::make_unique<ProtocolServer>();
        m_server->setHandler(&ScriptedPilot::answer);
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
        write(u"config.json"_s, config());
        write(u"corpus.conll"_s, ScriptedPilot::goldConll(12));
        const Run pilot = cli({u"pilot"_s, m_dir->filePath(u"config.json"_s), u"--corpus"_s,
            m_dir->filePath(u"corpus.conll"_s), u"--out"_s, pilotDir(), u"--auto-accept"_s});
        QVERIFY2(pilot.exitCode == 0, qPrintable(pilot.err));
        m_server->clearRequests();
    }

    void openAiBatch_labelsAsInteractiveCallsWould_atHalfThePrice()
    {
        const Run estimate = label({u"--annotator"_s, u"gamma"_s, u"--estimate"_s});
        QCOMPARE(estimate.exitCode, 0);
        const QJsonObject before = estimate.json().value(u"estimate"_s).toObject();
        QCOMPARE(before.value(u"calls"_s).toInt(), 12);
        // Prompted as round 1 was (the version the rounds chose), the 4 documents gamma labelled
        // then are answered already.
        QCOMPARE(before.value(u"cached"_s).toInt(), 4);
        QVERIFY(before.value(u"interactive_usd"_s).toDouble() > 0);
        QCOMPARE(before.value(u"batch_usd"_s).toDouble(), before.value(u"interactive_usd"_s).toDouble() / 2);
        QCOMPARE(m_server->requests().size(), 0); // an estimate sends nothing

        const Run batch =
            label({u"--annotator"_s, u"gamma"_s, u"--batch"_s, u"openai"_s, u"--batch-size"_s, u"5"_s});
        QVERIFY2(batch.exitCode == 0, qPrintable(batch.err));
        QVERIFY(batch.json().value(u"collected"_s).toBool());
        QCOMPARE(chatRequests(), 0); // every reply came from a batch
        QCOMPARE(m_server->batchesCreated(), 2); // 8 requests, at most 5 a batch
        QCOMPARE(m_server->batchRequestsRun(), 8);
        const QJsonArray batches = batch.json().value(u"batches"_s).toArray();
        QCOMPARE(batches.size(), 2);
        for (const QJsonValue &entry : batches) {
            QCOMPARE(entry.toObject().value(u"state"_s).toString(), u"completed"_s);
            QVERIFY(entry.toObject().value(u"ingested"_s).toBool());
        }
        const qsizetype spans = batch.json().value(u"spans"_s).toInteger();
        QVERIFY(
            spans >= 12); // gamma finds a person and a city in every sentence (as PER, once told otherwise)
        QVERIFY(batch.json().value(u"failed"_s).toArray().isEmpty());

        // The ledger: eight answered calls, each at half the interactive price.
        auto store = openProject();
        QVERIFY(store);
        QSqlQuery query(store->database());
        QVERIFY(query.exec(
                    u"SELECT count(*), sum(cost), sum(prompt_tokens), sum(completion_tokens) FROM llm_calls "
                    u"WHERE annotator = 'gamma' AND CAST(request AS TEXT) LIKE 'BATCH %'"_s)
            && query.next());
        QCOMPARE(query.value(0).toInt(), 8);
        const double full = (query.value(2).toDouble() * 1.0 + query.value(3).toDouble() * 4.0) / 1e6;
        QVERIFY(qFuzzyCompare(query.value(1).toDouble(), full / 2));
        store.reset();

        // Interactive labelling now finds every reply in the cache: nothing is sent, same labels.
        const Run again = label({u"--annotator"_s, u"gamma"_s});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(chatRequests(), 0);
        QCOMPARE(again.json().value(u"spans"_s).toInteger(), spans);
        QCOMPARE(again.json().value(u"estimate"_s).toObject().value(u"cached"_s).toInt(), 12);
    }

    void detached_thenCollectedByTheNextRun_withoutSubmittingTwice()
    {
        m_server->setBatchScript({.pollsUntilEnded = 3});
        // 8 requests (beta's 4 of round 1 are answered already), at most 3 a batch.
        const Run detached = label({u"--annotator"_s, u"beta"_s, u"--batch"_s, u"openai"_s, u"--batch-size"_s,
            u"3"_s, u"--detach"_s});
        QVERIFY2(detached.exitCode == 0, qPrintable(detached.err));
        QVERIFY(!detached.json().value(u"collected"_s).toBool());
        QVERIFY2(detached.err.contains(u"3 batches pending"_s), qPrintable(detached.err));
        QCOMPARE(m_server->batchesCreated(), 3);
        {
            auto store = openProject();
            QVERIFY(store);
            const auto pending = Core::BatchRepository(*store).pending();
            QVERIFY(pending.has_value());
            QCOMPARE(pending->size(), 3);
            QVERIFY(!pending->first().remoteId.isEmpty());
        }
        // A new process (the machine may have restarted) polls the same batches and collects them.
        const Run collected = label({u"--annotator"_s, u"beta"_s, u"--batch"_s, u"openai"_s});
        QVERIFY2(collected.exitCode == 0, qPrintable(collected.err));
        QVERIFY(collected.json().value(u"collected"_s).toBool());
        QCOMPARE(m_server->batchesCreated(), 3); // nothing submitted twice
        QCOMPARE(m_server->batchRequestsRun(), 8);
        QCOMPARE(chatRequests(), 0);
    }

    void pendingBatchesOfAnotherChoice_areIngested_andTheirRepliesServeIt()
    {
        m_server->setBatchScript({.pollsUntilEnded = 2});
        const Run detached = label({u"--annotator"_s, u"beta"_s, u"--batch"_s, u"openai"_s, u"--detach"_s});
        QVERIFY2(detached.exitCode == 0, qPrintable(detached.err));
        // The user changes their mind: gamma now. Beta's batch is collected on the way (paid for),
        // not refused for the annotator this process does not know.
        const Run other = label({u"--annotator"_s, u"gamma"_s, u"--batch"_s, u"openai"_s});
        QVERIFY2(other.exitCode == 0, qPrintable(other.err));
        QVERIFY(other.json().value(u"collected"_s).toBool());
        auto store = openProject();
        QVERIFY(store);
        QSqlQuery query(store->database());
        QVERIFY(
            query.exec(
                u"SELECT count(*) FROM llm_calls WHERE annotator = 'label beta, guideline v1' AND status = 'ok'"_s)
            && query.next());
        QCOMPARE(query.value(0).toInt(), 8); // beta's 4 of round 1 came from the cache
        // Beta again: every reply is in the cache, nothing is sent.
        const int batchesBefore = m_server->batchesCreated();
        const Run beta = label({u"--annotator"_s, u"beta"_s, u"--batch"_s, u"openai"_s});
        QVERIFY2(beta.exitCode == 0, qPrintable(beta.err));
        QCOMPARE(m_server->batchesCreated(), batchesBefore);
        QCOMPARE(chatRequests(), 0);
    }

    void cancelled_atTheProvider_whatRanIsKept()
    {
        m_server->setBatchScript({.pollsUntilEnded = 50});
        const Run detached = label({u"--annotator"_s, u"gamma"_s, u"--batch"_s, u"openai"_s, u"--detach"_s});
        QVERIFY2(detached.exitCode == 0, qPrintable(detached.err));
        QVERIFY(!detached.json().value(u"collected"_s).toBool());
        const Run cancelled = label({u"--annotator"_s, u"gamma"_s, u"--batch"_s, u"openai"_s, u"--cancel"_s});
        QVERIFY2(
            cancelled.exitCode == 1, qPrintable(cancelled.err)); // nothing ran before the cancel: all listed
        const QJsonObject batch = cancelled.json().value(u"batches"_s).toArray().first().toObject();
        QCOMPARE(batch.value(u"state"_s).toString(), u"cancelled"_s);
        QVERIFY(batch.value(u"ingested"_s).toBool());
        // gamma's 4 documents of round 1 were answered then; the other 8 were in the batch.
        QCOMPARE(batch.value(u"failed"_s).toInt(), 8);
        QCOMPARE(cancelled.json().value(u"failed"_s).toArray().size(), 8);
        bool cancelSent = false;
        for (const ProtocolServer::Request &request : m_server->requests()) {
            cancelSent = cancelSent || (request.method == "POST" && request.path.endsWith("/cancel"));
        }
        QVERIFY(cancelSent);
        QCOMPARE(m_server->batchRequestsRun(), 0);
        QCOMPARE(chatRequests(), 0);
    }

    void expiredBatch_partialResultsKept_failedItemsResubmitted()
    {
        m_server->setBatchScript({.pollsUntilEnded = 1, .expireAfter = 3}); // of 8 (4 answered in round 1)
        const Run partial = label({u"--annotator"_s, u"alpha"_s, u"--batch"_s, u"openai"_s});
        QCOMPARE(partial.exitCode, 1); // five pieces were not labelled, and are listed
        const QJsonArray failed = partial.json().value(u"failed"_s).toArray();
        QCOMPARE(failed.size(), 5);
        QVERIFY2(failed.first().toObject().value(u"error"_s).toString().contains(u"cache only"_s),
            qPrintable(failed.first().toObject().value(u"error"_s).toString()));
        const QJsonObject expired = partial.json().value(u"batches"_s).toArray().first().toObject();
        QCOMPARE(expired.value(u"state"_s).toString(), u"expired"_s);
        QCOMPARE(expired.value(u"succeeded"_s).toInt(), 3);
        QCOMPARE(expired.value(u"failed"_s).toInt(), 5);
        QVERIFY(partial.json().value(u"spans"_s).toInteger() >= 7); // what did run is labelled, 4 + 3
        {
            auto store = openProject();
            QVERIFY(store);
            QSqlQuery query(store->database());
            QVERIFY(query.exec(u"SELECT count(*) FROM llm_calls WHERE status LIKE 'batch: %expired%'"_s)
                && query.next());
            QCOMPARE(query.value(0).toInt(), 5); // each failure logged with the provider's reason
        }

        // Run again: only the five missing requests go into a new batch.
        m_server->setBatchScript({.pollsUntilEnded = 1});
        const Run rest = label({u"--annotator"_s, u"alpha"_s, u"--batch"_s, u"openai"_s});
        QVERIFY2(rest.exitCode == 0, qPrintable(rest.err));
        const QJsonArray batches = rest.json().value(u"batches"_s).toArray();
        QCOMPARE(batches.size(), 2);
        QCOMPARE(batches.at(1).toObject().value(u"requests"_s).toInt(), 5);
        QCOMPARE(m_server->batchRequestsRun(), 3 + 5);
        QVERIFY(rest.json().value(u"failed"_s).toArray().isEmpty());
    }

    void rejectedInput_failsTheBatch_andSaysWhy()
    {
        m_server->setBatchScript({.pollsUntilEnded = 1, .rejectInput = true});
        const Run rejected = label({u"--annotator"_s, u"gamma"_s, u"--batch"_s, u"openai"_s});
        QCOMPARE(rejected.exitCode, 1);
        const QJsonObject batch = rejected.json().value(u"batches"_s).toArray().first().toObject();
        QCOMPARE(batch.value(u"state"_s).toString(), u"failed"_s);
        QVERIFY2(batch.value(u"message"_s).toString().contains(u"not valid"_s),
            qPrintable(batch.value(u"message"_s).toString()));
        QCOMPARE(rejected.json().value(u"failed"_s).toArray().size(), 8); // 4 answered in round 1
        QCOMPARE(m_server->batchRequestsRun(), 0);
    }

    void anthropicBatch_throughMessageBatches_keyNeverStored()
    {
        m_server->setKey(QString::fromLatin1(anthropicKey)); // the OpenAI endpoint has no key: not used here
        const Run batch = label({u"--annotator"_s, u"delta"_s, u"--batch"_s, u"anthropic"_s});
        QVERIFY2(batch.exitCode == 0, qPrintable(batch.err));
        QVERIFY(batch.json().value(u"collected"_s).toBool());
        QVERIFY(batch.json().value(u"spans"_s).toInteger() >= 24); // delta answers as alpha: right
        QCOMPARE(chatRequests(), 0);
        bool created = false;
        for (const ProtocolServer::Request &request : m_server->requests()) {
            if (request.method == "POST" && request.path == "/v1/messages/batches") {
                created = true;
                QCOMPARE(request.headers.value("x-api-key"), QByteArray(anthropicKey));
                QCOMPARE(request.json().value(u"requests"_s).toArray().size(), 8); // 4 from round 1
            }
        }
        QVERIFY(created);
        QFile project(pilotDir() + u"/project.dzn"_s);
        QVERIFY(project.open(QIODevice::ReadOnly));
        QVERIFY(!project.readAll().contains(anthropicKey));
    }

    void missingKey_refusedBeforeAnythingIsSent_namingTheEndpointAndTheWays()
    {
        // Without CLAUDE_KEY, labelling is refused before a call: endpoint claude needs its key.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"CLAUDE_KEY"_s);
        const Run refused = Workbench::Test::runCli(
            {u"label"_s, pilotDir(), u"--annotator"_s, u"delta"_s, u"--poll-seconds"_s, u"0"_s}, environment);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(
            refused.err.contains(u"endpoint claude needs a key and has none: set the environment variable "
                                 u"CLAUDE_KEY"_s),
            qPrintable(refused.err));
        QVERIFY(refused.err.contains(u"Settings > Endpoints and Keys"_s)); // the other way, and whose it is
        QCOMPARE(m_server->requests().size(), 0);
        // The estimate counts the calls without a price: none, alpha is priced.
        const Run estimate = label({u"--annotator"_s, u"alpha"_s, u"--estimate"_s});
        QCOMPARE(estimate.exitCode, 0);
        QCOMPARE(estimate.json().value(u"estimate"_s).toObject().value(u"unpriced_calls"_s).toInt(), 0);
    }

    void unpricedCalls_saidSo_neverCountedAsFree()
    {
        // The supervisor's model (sup) has no price: its calls are counted apart, not at 0 USD.
        const QString project = pilotDir() + u"/project.dzn"_s;
        const Run json = cli({u"project"_s, u"info"_s, project, u"--format"_s, u"json"_s});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject info = json.json();
        auto store = openProject();
        QVERIFY(store);
        QSqlQuery query(store->database());
        QVERIFY(query.exec(u"SELECT count(*) FROM llm_calls WHERE model = 'sup'"_s) && query.next());
        const int supervisorCalls = query.value(0).toInt();
        QVERIFY(supervisorCalls > 0);
        QCOMPARE(info.value(u"unpriced_calls"_s).toInt(), supervisorCalls);
        QVERIFY(info.value(u"cost"_s).toDouble() > 0); // the annotators' calls are priced
        const Run text = cli({u"project"_s, u"info"_s, project});
        QCOMPARE(text.exitCode, 0);
        const QString words = QString::fromUtf8(text.out);
        QVERIFY2(
            words.contains(u" USD and %1 calls without a price"_s.arg(supervisorCalls)), qPrintable(words));
    }

    void guidelineVersion_chosenByTheRounds_orByTheUser()
    {
        // The rounds' choice, from summary.json as a user would read it: the best pool agreement
        // (a tie to the later round) gives the version.
        QFile summaryFile(pilotDir() + u"/summary.json"_s);
        QVERIFY(summaryFile.open(QIODevice::ReadOnly));
        const QJsonArray rounds =
            QJsonDocument::fromJson(summaryFile.readAll()).object()[u"rounds"_s].toArray();
        QVERIFY(rounds.size() >= 2);
        QJsonObject best;
        for (const QJsonValue &round : rounds) {
            if (best.isEmpty()
                || round[u"pool_agreement"_s].toDouble() >= best[u"pool_agreement"_s].toDouble()) {
                best = round.toObject();
            }
        }
        const Run chosen = label({u"--estimate"_s});
        QVERIFY2(chosen.exitCode == 0, qPrintable(chosen.err));
        const QJsonObject choice = chosen.json().value(u"choice"_s).toObject();
        QCOMPARE(choice[u"round"_s].toInt(), best[u"round"_s].toInt());
        QCOMPARE(choice[u"guideline_version"_s].toInt(), best[u"guideline_version"_s].toInt());
        QVERIFY(choice[u"guideline_version"_s].toInt() >= 1); // the rules the rounds accepted
        QVERIFY(chosen.err.contains(choice[u"reason"_s].toString()));

        // The user's version: the first one, without the accepted rules.
        const Run first = label({u"--guideline-version"_s, u"0"_s, u"--annotator"_s, u"beta"_s});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QCOMPARE(first.json().value(u"guideline_version"_s).toInt(), 0);
        QCOMPARE(chatRequests(), 8); // prompted as round 0 was: beta's 4 documents of round 0 cached
        for (const ProtocolServer::Request &request : m_server->requests()) {
            QVERIFY(!QString::fromUtf8(request.body).contains(QLatin1String(ScriptedPilot::titleRule)));
        }
        const auto store = openProject();
        QVERIFY(store);
        const auto layer = Core::LayerRepository(*store).find(u"final-beta"_s);
        QVERIFY(layer.has_value());
        QCOMPARE(layer->provenance.tool, u"pilot final labelling, guideline v0"_s);
        // summary.json says what labelled the corpus now (the run itself had skipped it).
        QFile updated(pilotDir() + u"/summary.json"_s);
        QVERIFY(updated.open(QIODevice::ReadOnly));
        const QJsonObject summary = QJsonDocument::fromJson(updated.readAll()).object();
        QCOMPARE(summary[u"final"_s][u"annotator"_s].toString(), u"beta"_s);
        QCOMPARE(summary[u"final"_s][u"guideline_version"_s].toInt(), 0);
        QCOMPARE(summary[u"finish"_s][u"final_labelling"_s].toString(), u"done"_s);
        QVERIFY(!summary[u"finish"_s].toObject().contains(u"skipped_because"_s));
        QCOMPARE(summary[u"rounds"_s].toArray(), rounds); // the rest as it was
        QVERIFY(QFile::exists(pilotDir() + u"/final.conll"_s));

        const Run unknown = label({u"--guideline-version"_s, u"9"_s});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(u"no guideline v9 in the project"_s), qPrintable(unknown.err));
        QCOMPARE(label({u"--guideline-version"_s, u"v1"_s}).exitCode, 2);
    }

    void cascade_sendsTheFirstEverythingAndTheRestOnlyWhereTheyDisagree()
    {
        const QString dir = wavering();
        QVERIFY(!dir.isEmpty());
        // The pilot's one round (under v0, the 4 documents of its batch) orders the annotators and
        // says how often the first two disagreed there: the estimate counts that share.
        const QList<qsizetype> batch = roundBatch(dir);
        QCOMPARE(batch.size(), 4);
        const auto labelWavering = [&](const QStringList &options) {
            return cli(QStringList{u"label"_s, dir, u"--format"_s, u"json"_s, u"--cascade"_s,
                           u"--guideline-version"_s, u"0"_s}
                + options);
        };
        const Run estimate = labelWavering({u"--estimate"_s});
        QVERIFY2(estimate.exitCode == 0, qPrintable(estimate.err));
        QCOMPARE(m_server->requests().size(), 0);
        const QJsonObject plan = estimate.json().value(u"cascade"_s).toObject();
        QCOMPARE(plan.value(u"first"_s).toInt(), 2);
        QStringList order;
        for (const QJsonValue &name : plan.value(u"order"_s).toArray()) {
            order.append(name.toString());
        }
        QCOMPARE(QSet<QString>(order.cbegin(), order.cend()),
            (QSet<QString>{u"alpha"_s, u"wavering"_s, u"gamma"_s}));
        // Under v0 alpha is right, gamma tags cities as PER, wavering does as gamma on texts of
        // odd length: two annotators agree on a document when they answer it alike.
        const auto answer = [](const QString &annotator, qsizetype document) {
            const bool odd = ScriptedPilot::sentence(int(document)).size() % 2 != 0;
            return annotator == u"gamma"_s || (annotator == u"wavering"_s && odd);
        };
        const auto disputed = [&](qsizetype document) {
            return answer(order.at(0), document) != answer(order.at(1), document);
        };
        qsizetype disputedInBatch = 0;
        for (const qsizetype d : std::as_const(batch)) {
            disputedInBatch += disputed(d) ? 1 : 0;
        }
        QSet<qsizetype> escalated;
        for (qsizetype d = 0; d < 12; ++d) {
            if (disputed(d)) {
                escalated.insert(d);
            }
        }
        QVERIFY(!escalated.isEmpty() && escalated.size() < 12); // the test means something
        const QJsonObject before = estimate.json().value(u"estimate"_s).toObject();
        QCOMPARE(before.value(u"escalation_share"_s).toDouble(), double(disputedInBatch) / 4.0);
        QCOMPARE(before.value(u"escalation_measured_on"_s).toInt(), 4);
        QCOMPARE(before.value(u"calls"_s).toInt(), 24 + qRound(double(disputedInBatch) / 4.0 * 12));
        QCOMPARE(before.value(u"cached"_s).toInt() >= 8, true); // the first two's 4 documents of the round
        QVERIFY2(
            estimate.err.contains(u"the share where the first disagreed in the pilot rounds (4 documents)"_s),
            qPrintable(estimate.err));

        const Run labelled = labelWavering({});
        QVERIFY2(labelled.exitCode == 0, qPrintable(labelled.err));
        const QJsonObject result = labelled.json();
        QCOMPARE(result.value(u"layer"_s).toString(), u"cascade"_s);
        const QJsonObject cascade = result.value(u"cascade"_s).toObject();
        QCOMPARE(cascade.value(u"escalated"_s).toInt(), escalated.size());
        QCOMPARE(
            cascade.value(u"calls_per_document"_s).toDouble() * 12, double(2 * 12 + escalated.size() * 1));
        // K x documents + escalated x (N - K) calls; those the round answered before come from the
        // cache: the first two's 4 documents of the batch, and the third's escalated ones there.
        qsizetype escalatedOutsideBatch = 0;
        for (const qsizetype d : std::as_const(escalated)) {
            escalatedOutsideBatch += batch.contains(d) ? 0 : 1;
        }
        QCOMPARE(chatRequests(), int(2 * (12 - 4) + escalatedOutsideBatch));
        {
            auto store =
                Core::ProjectStore::open(dir + u"/project.dzn"_s, Core::ProjectStore::Access::ReadOnly);
            QVERIFY(store);
            const auto layer = Core::LayerRepository(**store).find(u"cascade"_s);
            QVERIFY(layer.has_value());
            QCOMPARE(layer->kind, Core::LayerKind::Aggregate);
            QVERIFY2(layer->provenance.tool.contains(u"%1 of 12 documents escalated"_s.arg(escalated.size())),
                qPrintable(layer->provenance.tool));
        }

        // Again: every reply is in the cache, nothing is paid twice, the same layer.
        m_server->clearRequests();
        const Run again = labelWavering({});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(m_server->requests().size(), 0);
        QCOMPARE(again.json().value(u"spans"_s).toInt(), result.value(u"spans"_s).toInt());
        QCOMPARE(again.json().value(u"cascade"_s).toObject().value(u"escalated"_s).toInt(), escalated.size());

        QCOMPARE(labelWavering({u"--annotator"_s, u"alpha"_s}).exitCode, 2);
        QCOMPARE(label({u"--first"_s, u"2"_s}).exitCode, 2);
        QCOMPARE(labelWavering({u"--first"_s, u"4"_s}).exitCode, 2);
    }

    void cascade_eachStageThroughTheBatchEngine()
    {
        const QString dir = wavering();
        QVERIFY(!dir.isEmpty());
        const QList<qsizetype> batch = roundBatch(dir);
        QCOMPARE(batch.size(), 4);
        const Run batched = cli({u"label"_s, dir, u"--format"_s, u"json"_s, u"--cascade"_s,
            u"--guideline-version"_s, u"0"_s, u"--batch"_s, u"openai"_s, u"--poll-seconds"_s, u"0"_s});
        QVERIFY2(batched.exitCode == 0, qPrintable(batched.err));
        QVERIFY(batched.json().value(u"collected"_s).toBool());
        QCOMPARE(chatRequests(), 0); // every reply came from a batch
        const QJsonObject cascade = batched.json().value(u"cascade"_s).toObject();
        qsizetype escalatedOutsideBatch = 0;
        for (const QJsonValue &id : cascade.value(u"escalated_documents"_s).toArray()) {
            escalatedOutsideBatch += batch.contains(id.toString().toLongLong() - 1) ? 0 : 1;
        }
        QVERIFY(cascade.value(u"escalated"_s).toInt() > 0);
        // A batch per stage: the first two's 16 documents outside the round, then the third's
        // escalated documents outside it.
        QCOMPARE(m_server->batchesCreated(), escalatedOutsideBatch > 0 ? 2 : 1);
        QCOMPARE(m_server->batchRequestsRun(), int(16 + escalatedOutsideBatch));
        // The same layer as interactive calls give: nothing is sent for it.
        m_server->clearRequests();
        const Run interactive = cli(
            {u"label"_s, dir, u"--format"_s, u"json"_s, u"--cascade"_s, u"--guideline-version"_s, u"0"_s});
        QVERIFY2(interactive.exitCode == 0, qPrintable(interactive.err));
        QCOMPARE(m_server->requests().size(), 0);
        QCOMPARE(interactive.json().value(u"spans"_s).toInt(), batched.json().value(u"spans"_s).toInt());
        QCOMPARE(interactive.json().value(u"cascade"_s).toObject(), cascade);
    }

    void cascade_detached_thenCollectedStageByStageByTheNextRun()
    {
        const QString dir = wavering();
        QVERIFY(!dir.isEmpty());
        m_server->setBatchScript({.pollsUntilEnded = 3});
        const QStringList options{u"label"_s, dir, u"--format"_s, u"json"_s, u"--cascade"_s,
            u"--guideline-version"_s, u"0"_s, u"--batch"_s, u"openai"_s, u"--poll-seconds"_s, u"0"_s};
        const Run detached = cli(options + QStringList{u"--detach"_s});
        QVERIFY2(detached.exitCode == 0, qPrintable(detached.err));
        QVERIFY(!detached.json().value(u"collected"_s).toBool());
        QCOMPARE(m_server->batchesCreated(), 1); // the first stage: what escalates is not known yet
        QVERIFY2(detached.err.contains(u"--cascade --first 2 --guideline-version 0 --batch openai' again"_s),
            qPrintable(detached.err));
        // The next run collects the first stage's batch, then sends and collects the second's.
        const Run collected = cli(options);
        QVERIFY2(collected.exitCode == 0, qPrintable(collected.err));
        QVERIFY(collected.json().value(u"collected"_s).toBool());
        QCOMPARE(m_server->batchesCreated(), 2);
        QCOMPARE(chatRequests(), 0);
        QVERIFY(collected.json().value(u"cascade"_s).toObject().value(u"escalated"_s).toInt() > 0);
        QCOMPARE(collected.json().value(u"layer"_s).toString(), u"cascade"_s);
    }

    void wrongEngineOrName_isAUsageError()
    {
        QCOMPARE(label({u"--annotator"_s, u"gamma"_s, u"--batch"_s, u"anthropic"_s}).exitCode, 2);
        QCOMPARE(label({u"--annotator"_s, u"gamma"_s, u"--batch"_s, u"carrier-pigeon"_s}).exitCode, 2);
        QCOMPARE(label({u"--annotator"_s, u"nobody"_s}).exitCode, 2);
        QCOMPARE(m_server->requests().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliLabel)
#include "tst_cli_label.moc"
