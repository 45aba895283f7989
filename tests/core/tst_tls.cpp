// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
// TLS and the network policy for real: the protocol server over TLS (QSslServer) with a
// throw-away CA made by the openssl tool, proxies, redirects and hosts that never answer.
#include "llm/endpointclient.h"
#include "llm/httpexchange.h"
#include "llm/providercodec.h"
#include "llm/scheduler.h"
#include "protocolserver.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;
using Workbench::Test::ProtocolServer;

Q_DECLARE_METATYPE(Workbench::Core::Scheduler::JobResult)

namespace {

const QString key = u"sk-tls-test-0123456789abcdef"_s;

ChatJob chatJob(const QString &baseUrl)
{
    ChatJob job;
    job.endpoint.id = u"tls"_s;
    job.endpoint.style = ApiStyle::OpenAi;
    job.endpoint.baseUrl = QUrl(baseUrl);
    job.request.model = u"gpt-4o-mini"_s;
    job.request.messages = {{u"system"_s, u"You annotate."_s}, {u"user"_s, u"A text to keep private."_s}};
    job.key = key;
    return job;
}

// A listening socket whose accept queue is full: Linux drops further SYNs, so a connection to it
// is neither made nor refused until the client gives up.
class FullListener
{
public:
    bool listen()
    {
        m_server.setListenBacklogSize(1);
        if (!m_server.listen(QHostAddress::LocalHost, 0)) {
            return false;
        }
        m_server.pauseAccepting();
        // A backlog of 1 holds two connections (the kernel's queue is full above the backlog).
        for (int i = 0; i < 2; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            QSignalSpy connected(socket.get(), &QTcpSocket::connected);
            socket->connectToHost(QHostAddress::LocalHost, m_server.serverPort());
            if (!connected.wait(5000)) {
                return false;
            }
            m_fillers.push_back(std::move(socket));
        }
        return true;
    }
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    //! Whether the kernel counts more connections waiting than the backlog allows.
    [[nodiscard]] bool full() const
    {
#ifdef Q_OS_LINUX
        tcp_info info{};
        socklen_t size = sizeof info;
        if (getsockopt(int(m_server.socketDescriptor()), IPPROTO_TCP, TCP_INFO, &info, &size) != 0) {
            return false;
        }
        return info.tcpi_unacked > info.tcpi_sacked; // a listener's queue length and backlog
#else
        return false;
#endif
    }

private:
    QTcpServer m_server;
    std::vector<std::unique_ptr<QTcpSocket>> m_fillers;
};

} // namespace

class TestTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Scheduler::JobResult>();
        QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend: https endpoints cannot work");
        if (QStandardPaths::findExecutable(u"openssl"_s).isEmpty()) {
            // The README's test command installs it: there, its absence is a failure, not a skip.
            if (qEnvironmentVariableIsSet("DIZINER_REQUIRE_OPENSSL")) {
                QFAIL("the openssl tool is not installed, and DIZINER_REQUIRE_OPENSSL is set");
            }
            QSKIP("the openssl tool is not installed (packaging/setup-deps.sh --tests installs it)");
        }
        QVERIFY(m_dir.isValid());
        // A throw-away CA, and two server certificates it signs: one for 127.0.0.1, one for a
        // host the tests never connect to by name.
        QVERIFY(openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
            u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-keyout"_s, u"ca.key"_s, u"-out"_s, u"ca.pem"_s,
            u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=DiZiNER throw-away test CA"_s, u"-addext"_s,
            u"basicConstraints=critical,CA:TRUE"_s, u"-addext"_s,
            u"keyUsage=critical,keyCertSign,cRLSign"_s}));
        QVERIFY(serverCertificate(u"loopback"_s, u"127.0.0.1"_s, u"IP:127.0.0.1"_s, 2));
        QVERIFY(serverCertificate(u"other"_s, u"other.example"_s, u"DNS:other.example"_s, 3));
    }

    void caBundle_trustsThePrivateCa_forEveryCall()
    {
        ProtocolServer server(serverTls(u"loopback"_s));
        server.setKey(key);
        ChatJob job = chatJob(server.url() + u"/v1"_s);
        job.endpoint.caBundle = m_dir.filePath(u"ca.pem"_s);
        const Scheduler::JobResult chat = run(job);
        QVERIFY2(chat.call.isOk(), qPrintable(chat.call.errorString));
        QCOMPARE(server.requests().size(), 1);
        QVERIFY(server.requests().first().body.contains("A text to keep private."));

        // The calls beside chat (listing models tests the connection; embeddings sample batches)
        // trust the same authorities.
        QNetworkAccessManager nam;
        EndpointClient client(&nam);
        QSignalSpy listed(&client, &EndpointClient::modelsListed);
        QSignalSpy embedded(&client, &EndpointClient::embedded);
        QSignalSpy failed(&client, &EndpointClient::failed);
        client.listModels(job.endpoint, key);
        QTRY_VERIFY_WITH_TIMEOUT(listed.size() + failed.size() > 0, 10'000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
        client.embed(job.endpoint, u"text-embedding-3-small"_s, {u"a"_s}, key);
        QTRY_VERIFY_WITH_TIMEOUT(embedded.size() + failed.size() > 0, 10'000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
        QCOMPARE(server.requests().size(), 3);
    }

    void withoutTheBundle_theHandshakeFails_andNothingIsSent()
    {
        ProtocolServer server(serverTls(u"loopback"_s));
        const Scheduler::JobResult result = run(chatJob(server.url() + u"/v1"_s));
        QCOMPARE(result.call.status, CallResult::Status::NetworkError);
        QVERIFY2(result.call.errorString.contains(u"certificate"_s), qPrintable(result.call.errorString));
        QVERIFY(server.handshakesStarted() > 0); // it reached the server...
        QCOMPARE(server.requests().size(), 0); // ...and sent no request, no key, no text
    }

    void aCertificateForAnotherHost_failsTheSameWay()
    {
        ProtocolServer server(serverTls(u"other"_s));
        ChatJob job = chatJob(server.url() + u"/v1"_s);
        job.endpoint.caBundle = m_dir.filePath(u"ca.pem"_s);
        const Scheduler::JobResult result = run(job);
        QCOMPARE(result.call.status, CallResult::Status::NetworkError);
        QVERIFY2(result.call.errorString.contains(u"host name did not match"_s),
            qPrintable(result.call.errorString));
        QVERIFY(server.handshakesStarted() > 0);
        QCOMPARE(server.requests().size(), 0);
    }

    void anUnreadableBundle_sendsNothing()
    {
        ProtocolServer server(serverTls(u"loopback"_s));
        QFile junk(m_dir.filePath(u"junk.pem"_s));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a certificate\n");
        junk.close();
        for (const QString &bundle : {m_dir.filePath(u"missing.pem"_s), junk.fileName()}) {
            ChatJob job = chatJob(server.url() + u"/v1"_s);
            job.endpoint.caBundle = bundle;
            const Scheduler::JobResult result = run(job);
            QCOMPARE(result.call.status, CallResult::Status::Refused);
            QVERIFY2(result.call.errorString.contains(bundle), qPrintable(result.call.errorString));
            QCOMPARE(result.attempts, 1); // not worth a retry
        }
        QCOMPARE(server.handshakesStarted(), 0);
    }

    void plainHttp_toARemoteHost_isRefusedUnlessAllowed()
    {
        // The protocol server as an HTTP proxy: the only way a test reaches a host that is not
        // this machine without a network.
        ProtocolServer proxy;
        proxy.setKey(key);
        m_nam.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, proxy.port()));
        ChatJob job = chatJob(u"http://api.example.test/v1"_s);
        const Scheduler::JobResult refused = run(job);
        QCOMPARE(refused.call.status, CallResult::Status::Refused);
        QVERIFY2(refused.call.errorString.contains(u"plain http"_s), qPrintable(refused.call.errorString));
        QCOMPARE(proxy.requests().size(), 0);

        job.endpoint.allowInsecureHttp = true;
        const Scheduler::JobResult allowed = run(job);
        m_nam.setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        QVERIFY2(allowed.call.isOk(), qPrintable(allowed.call.errorString));
        QCOMPARE(proxy.requests().size(), 1);
        QCOMPARE(proxy.requests().first().headers.value("host"), "api.example.test");
    }

    void aRedirectToAnotherHost_isNotFollowed()
    {
        ProtocolServer server(serverTls(u"loopback"_s));
        ProtocolServer elsewhere;
        const QByteArray location =
            "http://localhost:" + QByteArray::number(elsewhere.port()) + "/v1/chat/completions";
        server.script({.status = 307, .location = location});
        ChatJob job = chatJob(server.url() + u"/v1"_s);
        job.endpoint.caBundle = m_dir.filePath(u"ca.pem"_s);
        const Scheduler::JobResult result = run(job);
        QCOMPARE(result.call.status, CallResult::Status::HttpError);
        QCOMPARE(result.call.httpStatus, 307);
        QVERIFY2(result.call.errorString.contains(u"redirects to "_s + QString::fromLatin1(location)),
            qPrintable(result.call.errorString));
        QVERIFY(result.call.errorString.contains(u"not followed"_s));
        QVERIFY(!result.call.errorString.contains(key));
        QCOMPARE(result.attempts, 1);
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(elsewhere.requests().size(), 0); // neither the key nor the text went there
    }

    void aRedirectToAnotherHost_overTheSameScheme_isNotFollowed()
    {
        // http to http: Qt's own policy would follow this one (it only refuses https to http),
        // with the Authorization header; only the client's manual policy stops it.
        ProtocolServer server;
        ProtocolServer elsewhere;
        const QByteArray location =
            "http://localhost:" + QByteArray::number(elsewhere.port()) + "/v1/chat/completions";
        server.script({.status = 307, .location = location});
        const Scheduler::JobResult result = run(chatJob(server.url() + u"/v1"_s));
        QCOMPARE(result.call.status, CallResult::Status::HttpError);
        QCOMPARE(result.call.httpStatus, 307);
        QVERIFY(result.call.errorString.contains(u"not followed"_s));
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(elsewhere.requests().size(), 0); // neither the key nor the text went there
    }

    void connectTimeout_endsACallToAHostThatNeverAccepts()
    {
#ifndef Q_OS_LINUX
        QSKIP("a full accept queue drops connections silently only on Linux");
#endif
        FullListener listener;
        QVERIFY2(listener.listen(), "could not fill the listener's queue");
        QTRY_VERIFY(listener.full());
        // Inactivity and overall limits far beyond the wait: only the connect timeout can end it.
        const CallResult result = exchange(u"http://127.0.0.1:%1/v1"_s.arg(listener.port()),
            {.inactivityTimeoutMs = 600'000, .overallTimeoutMs = 600'000, .connectTimeoutMs = 300}, 60'000);
        QCOMPARE(result.status, CallResult::Status::Timeout);
        QCOMPARE(
            result.errorString, u"could not connect to 127.0.0.1:%1 within 0.3 s"_s.arg(listener.port()));
        QVERIFY(result.isRetryable());
    }

    void connectTimeout_coversTheTlsHandshake()
    {
        // Accepts the connection and never says a word: the TLS handshake never ends.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        const CallResult result = exchange(u"https://127.0.0.1:%1/v1"_s.arg(silent.serverPort()),
            {.inactivityTimeoutMs = 600'000, .overallTimeoutMs = 600'000, .connectTimeoutMs = 300}, 60'000);
        QCOMPARE(result.status, CallResult::Status::Timeout);
        QVERIFY2(result.errorString.startsWith(u"could not connect"_s), qPrintable(result.errorString));
    }

    void connectTimeout_isNotTheInactivityTimeout()
    {
        // Connected and sent, then no answer: the inactivity timeout, not the connect timeout.
        ProtocolServer server;
        server.script({.behaviour = ProtocolServer::Script::Behaviour::Hang});
        const CallResult result = exchange(server.url() + u"/v1"_s,
            {.inactivityTimeoutMs = 1000, .overallTimeoutMs = 600'000, .connectTimeoutMs = 200}, 60'000);
        QCOMPARE(result.status, CallResult::Status::Timeout);
        QCOMPARE(result.errorString, u"no data for 1 s"_s);
    }

    void connectTimeout_spares_callsQueuedBehindAnsweredOnes()
    {
        // Qt opens six connections per host: a seventh call waits for one of them, longer than the
        // connect timeout, while the host is plainly reachable.
        ProtocolServer server;
        server.setHandler(
            [](const ProtocolServer::Request &) { return ProtocolServer::Script{.delayMs = 3000}; });
        QNetworkAccessManager nam;
        const Endpoint endpoint{
            .id = u"e"_s, .style = ApiStyle::OpenAi, .baseUrl = QUrl(server.url() + u"/v1"_s)};
        std::vector<std::unique_ptr<HttpExchange>> exchanges;
        QList<CallResult> results;
        for (int i = 0; i < 7; ++i) {
            ChatRequest request = chatJob(server.url()).request;
            request.messages.last().content += QString::number(i);
            exchanges.push_back(std::make_unique<HttpExchange>(&nam,
                ProviderCodec::buildChat(endpoint, request, key), ApiStyle::OpenAi, key,
                HttpExchange::Limits{
                    .inactivityTimeoutMs = 60'000, .overallTimeoutMs = 600'000, .connectTimeoutMs = 1000},
                HttpExchange::Expect::Chat));
            QObject::connect(exchanges.back().get(), &HttpExchange::finished, exchanges.back().get(),
                [&results](const CallResult &r) { results.append(r); });
            exchanges.back()->start();
        }
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 7, 60'000);
        for (const CallResult &r : std::as_const(results)) {
            QVERIFY2(r.isOk(), qPrintable(r.errorString));
        }
        QCOMPARE(server.maxConcurrent(), 6);
    }

private:
    bool openssl(const QStringList &arguments)
    {
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(u"openssl"_s, arguments);
        if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0) {
            qWarning("openssl %s: %s", qPrintable(arguments.join(u' ')), process.readAll().constData());
            return false;
        }
        return true;
    }

    // NAME.key and NAME.pem: a server certificate for \a subjectAltName, signed by the CA.
    bool serverCertificate(
        const QString &name, const QString &commonName, const QString &subjectAltName, int serial)
    {
        QFile extensions(m_dir.filePath(name + u".ext"_s));
        if (!extensions.open(QIODevice::WriteOnly)) {
            return false;
        }
        extensions.write(QString(u"subjectAltName="_s + subjectAltName
            + u"\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\n"_s)
                             .toUtf8());
        extensions.close();
        return openssl({u"req"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s,
                   u"-nodes"_s, u"-keyout"_s, name + u".key"_s, u"-out"_s, name + u".csr"_s, u"-subj"_s,
                   u"/CN="_s + commonName})
            && openssl({u"x509"_s, u"-req"_s, u"-in"_s, name + u".csr"_s, u"-CA"_s, u"ca.pem"_s, u"-CAkey"_s,
                u"ca.key"_s, u"-set_serial"_s, QString::number(serial), u"-days"_s, u"2"_s, u"-out"_s,
                name + u".pem"_s, u"-extfile"_s, name + u".ext"_s});
    }

    QSslConfiguration serverTls(const QString &name) const
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        QFile keyFile(m_dir.filePath(name + u".key"_s));
        if (keyFile.open(QIODevice::ReadOnly)) {
            tls.setPrivateKey(QSslKey(&keyFile, QSsl::Ec));
        }
        tls.setLocalCertificate(QSslCertificate::fromPath(m_dir.filePath(name + u".pem"_s)).value(0));
        return tls;
    }

    // One chat job through a scheduler on m_nam that never retries: what one call does.
    Scheduler::JobResult run(const ChatJob &job)
    {
        Scheduler scheduler(&m_nam);
        scheduler.setRetryPolicy(
            {.maxRetries = 0, .retryBudget = 0, .baseDelayMs = 10, .maxDelayMs = 10, .jitter = 0});
        scheduler.setExchangeLimits({.inactivityTimeoutMs = 10'000, .overallTimeoutMs = 20'000});
        QSignalSpy finished(&scheduler, &Scheduler::jobFinished);
        scheduler.submit(job);
        if (!finished.wait(30'000)) {
            return {};
        }
        return finished.first().at(1).value<Scheduler::JobResult>();
    }

    // One exchange of a chat request with \a baseUrl on a fresh manager; waits at most \a waitMs.
    static CallResult exchange(const QString &baseUrl, const HttpExchange::Limits &limits, int waitMs)
    {
        QNetworkAccessManager nam;
        const Endpoint endpoint{.id = u"e"_s, .style = ApiStyle::OpenAi, .baseUrl = QUrl(baseUrl)};
        HttpExchange exchange(&nam, ProviderCodec::buildChat(endpoint, chatJob(baseUrl).request, key),
            ApiStyle::OpenAi, key, limits, HttpExchange::Expect::Chat);
        CallResult result;
        result.errorString = u"(no result in time)"_s;
        QObject::connect(
            &exchange, &HttpExchange::finished, &exchange, [&result](const CallResult &r) { result = r; });
        QSignalSpy finished(&exchange, &HttpExchange::finished);
        exchange.start();
        finished.wait(waitMs);
        return result;
    }

    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
