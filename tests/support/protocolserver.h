// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QTcpServer>

#include <functional>
#include <memory>

class QSslConfiguration;
class QTcpSocket;

namespace Workbench::Test {

/*! \brief A scriptable HTTP/1.1 server on 127.0.0.1 that speaks the providers' protocols.
 *
 * It validates requests as the providers document (OpenAI Chat Completions, Azure OpenAI,
 * Anthropic Messages, Ollama /api/chat and the model listings) and answers with their reply and
 * error bodies and headers: 401 without the key, 400 for temperature or max_tokens sent to a
 * reasoning model, 400 for an Anthropic request without max_tokens, 404 for an unknown Ollama
 * model, 400 for a strict \c json_schema that is not strict (a property not required, an object
 * without \c{"additionalProperties": false}) and for an Anthropic tool without an object
 * \c input_schema; a forced Anthropic tool is answered with a \c tool_use block whose input is
 * the scripted content. Each request can be scripted: content, usage, latency, a status with Retry-After,
 * a reset connection, a truncated body, a hang, malformed JSON. Every request is recorded.
 * It also runs the batch engines: OpenAI's files and batches (validating, in_progress, completed,
 * expired, cancelled, failed validation; output and error files) and Anthropic's message batches
 * (in_progress, canceling, ended; results per request); each request of a batch is answered as
 * the same chat request would be, script or handler included.
 * Given a certificate and key it serves HTTPS instead (QSslServer), and it answers requests in
 * the absolute form an HTTP proxy receives, so it can stand in for a proxy to a remote host.
 * Usage: \c{ProtocolServer server; server.setKey(u"k"_s); server.script({.content = "hi"}); server.url();}
 */
class ProtocolServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProtocolServer)

public:
    struct Request
    {
        QByteArray method;
        QByteArray path; //!< with the query (the origin form, also of an absolute request-target)
        QMap<QByteArray, QByteArray> headers; //!< names lower-cased
        QByteArray body;
        [[nodiscard]] QJsonObject json() const;
    };

    struct Script
    {
        enum class Behaviour { Normal, Hang, Reset, Truncate, Malformed };
        QString content = QStringLiteral("{\"entities\": []}"); //!< the assistant's text
        int status = 200; //!< a non-2xx status answers with the provider's error body
        QString errorMessage; //!< for a non-2xx status
        int retryAfterSeconds = -1; //!< sends Retry-After when >= 0
        int delayMs = 0; //!< latency before the answer
        Behaviour behaviour = Behaviour::Normal;
        qint64 promptTokens = 11;
        qint64 completionTokens = 7;
        qint64 reasoningTokens = 0;
        QByteArray padding; //!< appended to the content to make a large body
        //! Cut off at the output limit: OpenAI "length", Anthropic "max_tokens", Ollama "length".
        bool cutOff = false;
        QByteArray location; //!< sent as Location (with a 3xx status: a redirect)
    };

    //! Listens on 127.0.0.1 at \a port (0: any free port).
    explicit ProtocolServer(QObject *parent = nullptr, quint16 port = 0);
    //! Serves HTTPS on 127.0.0.1 with \a tls (its local certificate and private key).
    explicit ProtocolServer(const QSslConfiguration &tls, QObject *parent = nullptr);
    ~ProtocolServer() override;

    //! The base URL of the server, e.g. http://127.0.0.1:40123 (https:// when serving TLS)
    [[nodiscard]] QString url() const;
    [[nodiscard]] quint16 port() const { return m_server->serverPort(); }
    //! TLS handshakes clients began (each one, whether it completed or not).
    [[nodiscard]] int handshakesStarted() const { return m_handshakesStarted; }
    //! Requests must carry this key (in the provider's header); empty: no check.
    void setKey(const QString &key) { m_key = key; }
    //! Queues scripts, consumed one per chat request in arrival order; afterwards the handler
    //! (if any) or the default script answers.
    void script(const Script &script) { m_scripts.append(script); }
    void clearScripts() { m_scripts.clear(); }
    //! Decides the script from the request (for replies that depend on the prompt).
    void setHandler(std::function<Script(const Request &)> handler) { m_handler = std::move(handler); }
    void setModels(const QStringList &models) { m_models = models; }

    //! How batches behave: status polls before a batch ends, and how it ends.
    struct BatchScript
    {
        int pollsUntilEnded = 2; //!< status reads that report it in progress first
        int expireAfter = -1; //!< requests that run before the window expires; -1: all run
        bool rejectInput = false; //!< OpenAI: validation fails (status "failed")
    };
    void setBatchScript(const BatchScript &script) { m_batchScript = script; }
    //! Chat requests answered inside batches so far.
    [[nodiscard]] int batchRequestsRun() const { return m_batchRequestsRun; }
    [[nodiscard]] int batchesCreated() const { return int(m_batches.size()); }

    [[nodiscard]] const QList<Request> &requests() const { return m_requests; }
    [[nodiscard]] int maxConcurrent() const { return m_maxConcurrent; }
    void clearRequests() { m_requests.clear(); }

Q_SIGNALS:
    void requestReceived(const Workbench::Test::ProtocolServer::Request &request);

private:
    struct Connection
    {
        QByteArray buffer;
        bool busy = false;
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const Request &request);
    void respond(QTcpSocket *socket, int status, const QByteArray &body,
        const QList<QByteArray> &headers = {}, bool truncate = false);
    [[nodiscard]] Script nextScript(const Request &request);
    [[nodiscard]] QByteArray chatBody(
        const QByteArray &style, const Request &request, const Script &script) const;

    struct Batch
    {
        QByteArray style; //!< "openai" or "anthropic"
        QString id;
        QList<std::pair<QString, QJsonObject>> requests; //!< (custom_id, chat body)
        int polls = 0;
        bool cancelling = false;
        QString state;
        QString failure;
        QJsonObject counts;
        QString outputFileId;
        QString errorFileId;
        QByteArray results; //!< Anthropic
        qint64 created = 0;
    };
    //! The batch APIs; false when \a path is none of theirs.
    bool handleBatchApi(QTcpSocket *socket, const Request &request, const QByteArray &path);
    void runBatch(Batch &batch);
    [[nodiscard]] QJsonObject batchObject(const Batch &batch) const;

    void listen(quint16 port);

    std::unique_ptr<QTcpServer> m_server; // a QSslServer when serving TLS
    bool m_tls = false;
    int m_handshakesStarted = 0;
    QString m_key;
    QList<Script> m_scripts;
    std::function<Script(const Request &)> m_handler;
    QStringList m_models{
        QStringLiteral("gpt-4o-mini"), QStringLiteral("o3-mini"), QStringLiteral("llama3.1:8b")};
    QList<Request> m_requests;
    QHash<QTcpSocket *, Connection> m_connections;
    int m_inFlight = 0;
    int m_maxConcurrent = 0;
    BatchScript m_batchScript;
    QHash<QString, QByteArray> m_files;
    QMap<QString, Batch> m_batches;
    int m_batchRequestsRun = 0;
};

} // namespace Workbench::Test
