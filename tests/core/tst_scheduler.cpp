// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
// The scheduler against real sockets: the local protocol server on 127.0.0.1.
#include "llm/pricetable.h"
#include "llm/responsecache.h"
#include "llm/scheduler.h"
#include "protocolserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;
using Workbench::Test::ProtocolServer;

Q_DECLARE_METATYPE(Workbench::Core::Scheduler::JobResult)

namespace {

const QString key = u"sk-test-key-0123456789abcdef"_s;

ChatJob job(
    const ProtocolServer &server, ApiStyle style, const QString &model, const QString &prompt = u"Text."_s)
{
    ChatJob j;
    j.endpoint.id = u"local"_s;
    j.endpoint.style = style;
    j.endpoint.baseUrl = QUrl(style == ApiStyle::OpenAi ? server.url() + u"/v1"_s : server.url());
    j.endpoint.deployment = u"dep"_s;
    j.request.model = model;
    j.request.messages = {{u"system"_s, u"You annotate."_s}, {u"user"_s, prompt}};
    j.key = key;
    return j;
}

} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<Scheduler::JobResult>(); }

    void init()
    {
        m_server = std::make_unique<ProtocolServer>();
        m_server->setKey(key);
        m_scheduler = std::make_unique<Scheduler>(&m_nam);
        m_scheduler->setRetryPolicy(
            {.maxRetries = 3, .retryBudget = 100, .baseDelayMs = 10, .maxDelayMs = 100, .jitter = 0.25});
        m_scheduler->setExchangeLimits(
            {.inactivityTimeoutMs = 500, .overallTimeoutMs = 2000, .maxResponseBytes = 64 * 1024});
    }

    void cleanup()
    {
        m_scheduler.reset();
        m_server.reset();
    }

    Scheduler::JobResult run(const ChatJob &chatJob)
    {
        QSignalSpy finished(m_scheduler.get(), &Scheduler::jobFinished);
        const quint64 id = m_scheduler->submit(chatJob);
        if (!finished.wait(10000)) {
            return {};
        }
        if (finished.first().at(0).toULongLong() != id) {
            return {};
        }
        return finished.first().at(1).value<Scheduler::JobResult>();
    }

    void everyStyle_roundTrip_data()
    {
        QTest::addColumn<int>("style");
        QTest::addColumn<QString>("model");
        QTest::newRow("openai") << int(ApiStyle::OpenAi) << u"gpt-4o-mini"_s;
        QTest::newRow("openai reasoning") << int(ApiStyle::OpenAi) << u"o3-mini"_s;
        QTest::newRow("azure") << int(ApiStyle::Azure) << u"gpt-4o"_s;
        QTest::newRow("anthropic") << int(ApiStyle::Anthropic) << u"claude-sonnet-4"_s;
        QTest::newRow("ollama") << int(ApiStyle::Ollama) << u"llama3.1:8b"_s;
    }
    void everyStyle_roundTrip()
    {
        QFETCH(int, style);
        QFETCH(QString, model);
        m_server->script({.content = u"{\"entities\": [{\"text\": \"Ada\"}]}"_s});
        const Scheduler::JobResult result = run(job(*m_server, ApiStyle(style), model));
        QVERIFY2(result.call.isOk(), qPrintable(result.call.errorString));
        QCOMPARE(result.call.reply.text, u"{\"entities\": [{\"text\": \"Ada\"}]}"_s);
        QCOMPARE(result.call.reply.usage.promptTokens, 11);
        QCOMPARE(result.call.reply.finishReason, u"stop"_s);
        QCOMPARE(result.attempts, 1);
        QCOMPARE(m_server->requests().size(), 1);
        // The request really went out as the provider expects it.
        const ProtocolServer::Request &sent = m_server->requests().first();
        QVERIFY(sent.headers.value("user-agent").startsWith("DiZiNER-Workbench/"));
        QCOMPARE(sent.json().value(u"messages"_s).toArray().last().toObject().value(u"content"_s).toString(),
            u"Text."_s);
    }

    void wrongKey_isNotRetried_andNeverShown()
    {
        ChatJob j = job(*m_server, ApiStyle::OpenAi, u"gpt-4o-mini"_s);
        j.key = u"sk-wrong-key-9876543210fedcba"_s;
        const Scheduler::JobResult result = run(j);
        QCOMPARE(result.call.status, CallResult::Status::HttpError);
        QCOMPARE(result.call.httpStatus, 401);
        QCOMPARE(result.attempts, 1);
        QVERIFY(result.call.errorString.contains(u"Incorrect API key provided"_s));
        QVERIFY2(!result.call.errorString.contains(j.key), qPrintable(result.call.errorString));
        QVERIFY(!result.call.errorString.contains(u"9876543210"_s));
    }

    void providerValidation_reachesTheUser()
    {
        // Anthropic without max_tokens is a 400 with Anthropic's message; 4xx is not retried.
        ChatJob j = job(*m_server, ApiStyle::Ollama, u"not-pulled"_s);
        const Scheduler::JobResult result = run(j);
        QCOMPARE(result.call.httpStatus, 404);
        QCOMPARE(
            result.call.errorString, u"HTTP 404: model \"not-pulled\" not found, try pulling it first"_s);
        QCOMPARE(result.attempts, 1);
    }

    void serverErrors_areRetriedWithBackoff()
    {
        m_server->script({.status = 500});
        m_server->script({.status = 503});
        m_server->script({.content = u"done"_s});
        QSignalSpy retries(m_scheduler.get(), &Scheduler::retryScheduled);
        const Scheduler::JobResult result = run(job(*m_server, ApiStyle::OpenAi, u"gpt-4o-mini"_s));
        QVERIFY(result.call.isOk());
        QCOMPARE(result.call.reply.text, u"done"_s);
        QCOMPARE(result.attempts, 3);
        QCOMPARE(retries.size(), 2);
        QVERIFY(retries.at(0).at(3).toString().startsWith(u"HTTP 500"_s));
        QCOMPARE(m_server->requests().size(), 3);
    }

    void retryAfter_pausesTheEndpoint()
    {
        m_server->script({.status = 429, .retryAfterSeconds = 1});
        m_server->script({.content = u"after the pause"_s});
        QSignalSpy paused(m_scheduler.get(), &Scheduler::endpointPaused);
        QElapsedTimer timer;
        timer.start();
        const Scheduler::JobResult result = run(job(*m_server, ApiStyle::Anthropic, u"claude"_s));
        QVERIFY(result.call.isOk());
        QCOMPARE(paused.size(), 1);
        QCOMPARE(paused.first().at(1).toInt(), 1000);
        QVERIFY(timer.elapsed() >= 1000); // the server's word, not our 10 ms backoff
    }

    void failuresOfTransport_areRetried_data()
    {
        QTest::addColumn<int>("behaviour");
        QTest::addColumn<int>("status");
        QTest::newRow("reset") << int(ProtocolServer::Script::Behaviour::Reset)
                               << int(CallResult::Status::NetworkError);
        QTest::newRow("truncated") << int(ProtocolServer::Script::Behaviour::Truncate)
                                   << int(CallResult::Status::NetworkError);
        QTest::newRow("malformed") << int(ProtocolServer::Script::Behaviour::Malformed)
                                   << int(CallResult::Status::BadReply);
        QTest::newRow("hang") << int(ProtocolServer::Script::Behaviour::Hang)
                              << int(CallResult::Status::Timeout);
    }
    void failuresOfTransport_areRetried()
    {
        QFETCH(int, behaviour);
        QFETCH(int, status);
        m_scheduler->setRetryPolicy(
            {.maxRetries = 0, .retryBudget = 100, .baseDelayMs = 10, .maxDelayMs = 100, .jitter = 0.0});
        // Qt itself resends once on a connection closed before any reply (a stale keep-alive), so a
        // reset must happen twice to reach us.
        m_server->script({.behaviour = ProtocolServer::Script::Behaviour(behaviour)});
        m_server->script({.behaviour = ProtocolServer::Script::Behaviour(behaviour)});
        const Scheduler::JobResult failed = run(job(*m_server, ApiStyle::OpenAi, u"gpt-4o-mini"_s));
        QCOMPARE(int(failed.call.status), status);
        QVERIFY(failed.call.isRetryable());
        QVERIFY(!failed.call.errorString.isEmpty());
        // With retries on, the next attempt succeeds.
        m_scheduler->setRetryPolicy(
            {.maxRetries = 2, .retryBudget = 100, .baseDelayMs = 10, .maxDelayMs = 100, .jitter = 0.0});
        m_server->clearScripts();
        m_server->script({.behaviour = ProtocolServer::Script::Behaviour(behaviour)});
        m_server->script({.behaviour = ProtocolServer::Script::Behaviour(behaviour)});
        m_server->script({.content = u"second time"_s});
        const Scheduler::JobResult retried =
            run(job(*m_server, ApiStyle::OpenAi, u"gpt-4o-mini"_s, u"other"_s));
        QVERIFY2(retried.call.isOk(), qPrintable(retried.call.errorString));
        QVERIFY(retried.attempts >= 2 && retried.attempts <= 3);
    }

    void sizeCap_cutsOff()
    {
        m_server->script({.padding = QByteArray(100 * 1024, 'x')});
        const Scheduler::JobResult result = run(job(*m_server, ApiStyle::OpenAi, u"gpt-4o-mini"_s));
        QCOMPARE(result.call.status, CallResult::Status::TooLarge);
        QCOMPARE(result.attempts, 1);
    }

    void retryBudget_isShared()
    {
        m_scheduler->setRetryPolicy(
            {.maxRetries = 5, .retryBudget = 2, .baseDelayMs = 5, .maxDelayMs = 10, .jitter = 0.0});
        for (int i = 0; i < 10; ++i) {
            m_server->script({.status = 500});
        }
        const Scheduler::JobResult result = run(job(*m_server, ApiStyle::OpenAi, u"gpt-4o-mini"_s));
        QCOMPARE(result.call.httpStatus, 500);
        QCOMPARE(result.attempts, 3); // 1 + the budget of 2
        QCOMPARE(m_scheduler->retriesLeft(), 0);
    }

    void cache_neverPaysTwice()
    {
        MemoryResponseCache cache;
        m_scheduler->setCache(&cache);
        m_server->script({.content = u"paid once"_s});
        const Scheduler::JobResult first = run(job(*m_server, ApiStyle::OpenAi, u"gpt-4o-mini"_s));
        QVERIFY(first.call.isOk());
        QVERIFY(!first.fromCache);
        const Scheduler::JobResult second = run(job(*m_server, ApiStyle::OpenAi, u"gpt-4o-mini"_s));
        QVERIFY(second.fromCache);
        QCOMPARE(second.call.reply.text, u"paid once"_s);
        QCOMPARE(second.attempts, 0);
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(second.requestHash, first.requestHash);
        // The key is not part of the cache key; the prompt is.
        ChatJob other = job(*m_server, ApiStyle::OpenAi, u"gpt-4o-mini"_s);
        other.key = key;
        QCOMPARE(Scheduler::requestHash(other.endpoint, other.request), first.requestHash);
        other.request.messages.last().content = u"Other text."_s;
        QVERIFY(Scheduler::requestHash(other.endpoint, other.request) != first.requestHash);
    }

    void calls_arePricedAtTheUsersPrices()
    {
        PriceTable prices;
        prices.set({u"gpt-4o-mini"_s, 2.0, 8.0, u"2026-12-01"_s, u"test"_s});
        m_scheduler->setPriceTable(&prices);
        QSignalSpy recorded(m_scheduler.get(), &Scheduler::callRecorded);
        m_server->script({.content = u"ok"_s, .promptTokens = 1000, .completionTokens = 500});
        QVERIFY(run(job(*m_server, ApiStyle::OpenAi, u"gpt-4o-mini"_s)).call.isOk());
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.first().at(0).value<LlmCallRecord>().cost, (1000 * 2.0 + 500 * 8.0) / 1e6);
        m_server->script({.content = u"ok"_s});
        QVERIFY(run(job(*m_server, ApiStyle::OpenAi, u"unpriced-model"_s, u"other"_s)).call.isOk());
        // A model without a price has no cost: unknown, never 0 USD.
        QCOMPARE(recorded.last().at(0).value<LlmCallRecord>().cost, std::nullopt);
    }

    void identicalRequests_queuedTogether_goOutOnce()
    {
        MemoryResponseCache cache;
        m_scheduler->setCache(&cache);
        m_scheduler->setLimits({.globalConcurrency = 1, .endpointConcurrency = 1, .requestsPerMinute = 0});
        m_server->script({.content = u"one answer"_s, .delayMs = 50});
        QSignalSpy finished(m_scheduler.get(), &Scheduler::jobFinished);
        QSignalSpy recorded(m_scheduler.get(), &Scheduler::callRecorded);
        // Three copies of one sentence (a corpus with retweets), and one other, all queued at once.
        QList<quint64> copies;
        for (int i = 0; i < 3; ++i) {
            copies.append(
                m_scheduler->submit(job(*m_server, ApiStyle::OpenAi, u"gpt-4o-mini"_s, u"RT same"_s)));
        }
        m_scheduler->submit(job(*m_server, ApiStyle::OpenAi, u"gpt-4o-mini"_s, u"other"_s));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 4, 10000);
        QCOMPARE(m_server->requests().size(), 2);
        QCOMPARE(recorded.size(), 2); // paid twice: once per distinct request
        int fromCache = 0;
        for (const QList<QVariant> &signal : std::as_const(finished)) {
            const auto result = signal.at(1).value<Scheduler::JobResult>();
            QVERIFY(result.call.isOk());
            if (copies.contains(signal.at(0).toULongLong())) {
                QCOMPARE(result.call.reply.text, u"one answer"_s);
                fromCache += result.fromCache ? 1 : 0;
            }
        }
        QCOMPARE(fromCache, 2);

        // A leader that fails for good hands its followers on: they are sent, not failed with it.
        m_server->clearRequests();
        finished.clear();
        m_server->script({.status = 400, .errorMessage = u"bad request"_s});
        m_server->script({.content = u"second try"_s});
        const quint64 leader =
            m_scheduler->submit(job(*m_server, ApiStyle::OpenAi, u"gpt-4o-mini"_s, u"x"_s));
        const quint64 follower =
            m_scheduler->submit(job(*m_server, ApiStyle::OpenAi, u"gpt-4o-mini"_s, u"x"_s));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
        QCOMPARE(m_server->requests().size(), 2);
        for (const QList<QVariant> &signal : std::as_const(finished)) {
            const auto result = signal.at(1).value<Scheduler::JobResult>();
            if (signal.at(0).toULongLong() == leader) {
                QVERIFY(!result.call.isOk());
            } else {
                QCOMPARE(signal.at(0).toULongLong(), follower);
                QCOMPARE(result.call.reply.text, u"second try"_s);
            }
        }

        // A receiver that cancels the run when the leader fails reaches its followers too.
        m_server->clearRequests();
        finished.clear();
        m_server->script({.status = 400, .errorMessage = u"bad request"_s});
        ChatJob doomed = job(*m_server, ApiStyle::OpenAi, u"gpt-4o-mini"_s, u"doomed"_s);
        doomed.run = u"round-3"_s;
        const quint64 doomedLeader = m_scheduler->submit(doomed);
        m_scheduler->submit(doomed);
        QCOMPARE(m_scheduler->queued(), 2); // the follower waits with the leader
        QMetaObject::Connection cancelling =
            connect(m_scheduler.get(), &Scheduler::jobFinished, this, [this, doomedLeader](quint64 id) {
                if (id == doomedLeader) {
                    m_scheduler->cancelRun(u"round-3"_s);
                }
            });
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
        disconnect(cancelling);
        QCOMPARE(m_server->requests().size(), 1); // the follower was not sent after the cancel
        QCOMPARE(
            finished.last().at(1).value<Scheduler::JobResult>().call.status, CallResult::Status::Cancelled);

        // Cancelling a run reaches the jobs that follow another.
        finished.clear();
        m_server->script({.behaviour = ProtocolServer::Script::Behaviour::Hang});
        ChatJob hanging = job(*m_server, ApiStyle::OpenAi, u"gpt-4o-mini"_s, u"hang"_s);
        hanging.run = u"round-2"_s;
        m_scheduler->submit(hanging);
        m_scheduler->submit(hanging);
        m_scheduler->cancelRun(u"round-2"_s);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
        for (const QList<QVariant> &signal : std::as_const(finished)) {
            QCOMPARE(signal.at(1).value<Scheduler::JobResult>().call.status, CallResult::Status::Cancelled);
        }
        QCOMPARE(m_scheduler->running() + m_scheduler->queued(), 0);
    }

    void limits_concurrencyAndPriority()
    {
        m_scheduler->setLimits({.globalConcurrency = 16, .endpointConcurrency = 2, .requestsPerMinute = 0});
        m_server->setHandler([](const ProtocolServer::Request &request) {
            return ProtocolServer::Script{.content = request.json()
                                                         .value(u"messages"_s)
                                                         .toArray()
                                                         .last()
                                                         .toObject()
                                                         .value(u"content"_s)
                                                         .toString(),
                .delayMs = 30};
        });
        QSignalSpy finished(m_scheduler.get(), &Scheduler::jobFinished);
        QList<quint64> bulk;
        for (int i = 0; i < 6; ++i) {
            bulk.append(
                m_scheduler->submit(job(*m_server, ApiStyle::OpenAi, u"gpt-4o-mini"_s, u"bulk %1"_s.arg(i))));
        }
        ChatJob supervisor = job(*m_server, ApiStyle::OpenAi, u"gpt-4o-mini"_s, u"supervisor"_s);
        supervisor.priority = ChatJob::Priority::Supervisor;
        m_scheduler->submit(supervisor);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 7, 10000);
        QCOMPARE(m_server->maxConcurrent(), 2);
        // Submitted last, the supervisor's call goes out first.
        QCOMPARE(m_server->requests()
                     .first()
                     .json()
                     .value(u"messages"_s)
                     .toArray()
                     .last()
                     .toObject()
                     .value(u"content"_s)
                     .toString(),
            u"supervisor"_s);
    }

    void pool_balancesFailsOverAndRecovers()
    {
        // The clock stands still unless moved: a replica that went down stays down until then.
        qint64 fakeNow = 1'000'000;
        m_scheduler->setClock([&fakeNow] { return fakeNow; });
        m_scheduler->setLimits({.globalConcurrency = 16, .endpointConcurrency = 2, .requestsPerMinute = 0});
        const auto slow = [](const ProtocolServer::Request &) {
            return ProtocolServer::Script{.delayMs = 20};
        };
        m_server->setHandler(slow);
        ProtocolServer second;
        second.setKey(key);
        second.setHandler(slow);
        quint16 downPort = 0;
        {
            const ProtocolServer gone; // its port now refuses connections
            downPort = gone.port();
        }
        const QUrl down(u"http://127.0.0.1:%1/v1"_s.arg(downPort));
        QSignalSpy finished(m_scheduler.get(), &Scheduler::jobFinished);
        QSignalSpy records(m_scheduler.get(), &Scheduler::callRecorded);
        const auto submit = [&](const int count) {
            for (int i = 0; i < count; ++i) {
                ChatJob pooled = job(
                    *m_server, ApiStyle::OpenAi, u"gpt-4o-mini"_s, u"piece %1"_s.arg(finished.size() + i));
                pooled.endpoint.replicas = {QUrl(second.url() + u"/v1"_s), down};
                pooled.useCache = false;
                m_scheduler->submit(pooled);
            }
        };
        submit(24);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 24, 10000);
        for (const QList<QVariant> &signal : std::as_const(finished)) {
            QVERIFY(signal.at(1).value<Scheduler::JobResult>().call.isOk());
        }
        // Balanced over the two that answer, each within its own concurrency limit.
        QVERIFY2(m_server->requests().size() >= 8 && second.requests().size() >= 8,
            qPrintable(u"%1 / %2"_s.arg(m_server->requests().size()).arg(second.requests().size())));
        QVERIFY(m_server->maxConcurrent() <= 2 && second.maxConcurrent() <= 2);
        // The refusing replica was tried only until it was known to be down; no retry was used up.
        const auto refusedCalls = [&] {
            int count = 0;
            for (const QList<QVariant> &signal : std::as_const(records)) {
                const auto record = signal.at(0).value<LlmCallRecord>();
                count += record.endpoint.contains(QString::number(downPort)) ? 1 : 0;
            }
            return count;
        };
        QVERIFY2(refusedCalls() >= 1 && refusedCalls() <= 2, qPrintable(QString::number(refusedCalls())));
        QCOMPARE(m_scheduler->retriesLeft(), 100);

        // It comes back: after its time out, one call probes it, then it takes its share again.
        ProtocolServer revived(nullptr, downPort);
        revived.setKey(key);
        revived.setHandler(slow);
        fakeNow += 61'000;
        records.clear();
        submit(12);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 36, 10000);
        QVERIFY2(revived.requests().size() >= 2, qPrintable(QString::number(revived.requests().size())));
    }

    void tokensPerMinute_holdsTheRestBack()
    {
        // An injected clock: the minute never passes, so what the budget holds back stays queued.
        qint64 fakeNow = 1'000'000;
        m_scheduler->setClock([&fakeNow] { return fakeNow; });
        m_scheduler->setLimits({.globalConcurrency = 16,
            .endpointConcurrency = 16,
            .requestsPerMinute = 0,
            .tokensPerMinute = 2500});
        QSignalSpy finished(m_scheduler.get(), &Scheduler::jobFinished);
        for (int i = 0; i < 4; ++i) {
            ChatJob j = job(*m_server, ApiStyle::OpenAi, u"gpt-4o-mini"_s, u"prompt %1"_s.arg(i));
            j.request.maxOutputTokens = 1000; // about 1004 tokens a call: two fit in 2500
            m_scheduler->submit(j);
        }
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(m_scheduler->queued(), 2);
        QCOMPARE(m_server->requests().size(), 2);
        m_scheduler->cancelAll();
        QTRY_COMPARE(finished.size(), 4);
    }

    void capabilities_overrideTheGuess()
    {
        ChatJob j = job(*m_server, ApiStyle::OpenAi, u"my-finetune"_s);
        j.request.capabilities = ModelCapabilities{.reasoning = true, .jsonSchema = false};
        QVERIFY(run(j).call.isOk());
        const QJsonObject sent = m_server->requests().last().json();
        QVERIFY(!sent.contains(u"temperature"_s));
        QVERIFY(sent.contains(u"max_completion_tokens"_s));
    }

    void cancel_queuedRunningAndRuns()
    {
        m_scheduler->setLimits({.globalConcurrency = 1, .endpointConcurrency = 1, .requestsPerMinute = 0});
        m_server->script({.behaviour = ProtocolServer::Script::Behaviour::Hang});
        QSignalSpy finished(m_scheduler.get(), &Scheduler::jobFinished);
        QSignalSpy received(m_server.get(), &ProtocolServer::requestReceived);
        ChatJob a = job(*m_server, ApiStyle::OpenAi, u"gpt-4o-mini"_s, u"a"_s);
        a.run = u"round-1"_s;
        ChatJob b = job(*m_server, ApiStyle::OpenAi, u"gpt-4o-mini"_s, u"b"_s);
        b.run = u"round-1"_s;
        const quint64 first = m_scheduler->submit(a);
        m_scheduler->submit(b);
        const quint64 third = m_scheduler->submit(job(*m_server, ApiStyle::OpenAi, u"gpt-4o-mini"_s, u"c"_s));
        QVERIFY(received.wait(5000)); // a is in flight (hanging), b and c wait
        QCOMPARE(m_scheduler->running(), 1);
        m_scheduler->cancelRun(u"round-1"_s);
        QTRY_COMPARE(finished.size(), 2);
        for (const QList<QVariant> &signal : std::as_const(finished)) {
            QCOMPARE(signal.at(1).value<Scheduler::JobResult>().call.status, CallResult::Status::Cancelled);
        }
        QVERIFY(finished.at(0).at(0).toULongLong() == first || finished.at(1).at(0).toULongLong() == first);
        m_scheduler->cancel(third);
        QTRY_COMPARE(finished.size(), 3);
        QCOMPARE(m_scheduler->running() + m_scheduler->queued(), 0);
    }

    void policy_refusesBeforeSending()
    {
        ChatJob remote = job(*m_server, ApiStyle::OpenAi, u"gpt-4o-mini"_s);
        remote.endpoint.baseUrl = QUrl(u"http://192.0.2.1:8000/v1"_s); // TEST-NET-1: never contacted
        const Scheduler::JobResult refused = run(remote);
        QCOMPARE(refused.call.status, CallResult::Status::Refused);
        QVERIFY(refused.call.errorString.contains(u"plain http"_s));
        m_scheduler->setLocalOnly(true);
        remote.endpoint.baseUrl = QUrl(u"https://api.openai.com/v1"_s);
        QVERIFY(run(remote).call.errorString.contains(u"local only"_s));
        QCOMPARE(m_server->requests().size(), 0);
    }

private:
    QNetworkAccessManager m_nam;
    std::unique_ptr<ProtocolServer> m_server;
    std::unique_ptr<Scheduler> m_scheduler;
};

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
