// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "llm/endpoint.h"
#include "llm/llmcallrecord.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <expected>

namespace Workbench::Core {

class HttpExchange;
class Scheduler;

/*! \brief The pool's embeddings for batch sampling (method.md section 2), a few texts per call.
 *
 * Calls go one after another through the scheduler's network, requests-per-minute limit and retry
 * policy, and are logged like every call (callRecorded()), with a summary of the reply in place
 * of its vectors. The vectors are kept once, packed, in the response cache, so a resumed run gets
 * the same vectors, and so the same batches, without a call. A reply whose vectors cannot be
 * sampled (missing or repeated indices, empty vectors, differing lengths) fails the run.
 * On Azure the embeddings model names the deployment called (each model is its own deployment).
 * Usage: \c{embedder.start(endpoint, model, key, texts); connect(&embedder, &PoolEmbedder::finished, ...);}
 */
class PoolEmbedder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PoolEmbedder)

public:
    //! The name its calls are logged under (LlmCallRecord::annotator).
    static constexpr QLatin1String caller{"embeddings"};
    static constexpr int TextsPerCall = 64;
    //! Embedding models take a few thousand tokens at most; a longer text is cut (its start decides).
    static constexpr int MaxTextChars = 8000;

    explicit PoolEmbedder(Scheduler *scheduler, QObject *parent = nullptr);
    ~PoolEmbedder() override;

    void start(const Endpoint &endpoint, const QString &model, const QString &key, const QStringList &texts);
    void cancel();

    //! The cache key of one call: SHA-256 over its URL and body (the model and the texts).
    [[nodiscard]] static QString requestHash(const QUrl &url, const QByteArray &body);
    /*! The cache entry of \a vectors (all of one length): the magic \c DZNVEC01, the count and the
     * dimensions (uint32), then the values (float32), all little-endian: 4 bytes a value where a
     * provider's JSON takes about 20.
     */
    [[nodiscard]] static QByteArray pack(const QList<QList<float>> &vectors);
    //! The vectors of a cache entry: packed, or a provider's reply in \a style (entries cached
    //! before packing); an error when it is neither.
    [[nodiscard]] static std::expected<QList<QList<float>>, QString> unpack(
        ApiStyle style, const QByteArray &entry);
    /*! How long a call at \a now (ms) waits so that at most \a requestsPerMinute calls start in any
     * minute, given the \a starts of the earlier calls (ms, oldest first); 0: it goes at once, as
     * always when \a requestsPerMinute is 0 (no limit).
     */
    [[nodiscard]] static qint64 delayBeforeCall(
        const QList<qint64> &starts, qint64 now, int requestsPerMinute);

Q_SIGNALS:
    void progress(int done, int total);
    void callRecorded(const Workbench::Core::LlmCallRecord &record);
    //! The next call waits \a ms for the endpoint's requests-per-minute limit.
    void paced(int ms);
    //! One vector per text, in order.
    void finished(const QList<QList<float>> &vectors);
    void failed(const QString &message);

private:
    void next();
    void send(int attempt);
    //! Sends again after \a ms (pacing or a retry's backoff); cancel() stops the wait.
    void sendLater(int attempt, qint64 ms);

    Scheduler *m_scheduler = nullptr;
    Endpoint m_endpoint;
    QString m_model;
    QString m_key;
    QStringList m_texts;
    QList<QList<float>> m_vectors;
    QList<qint64> m_starts; //!< when the calls of the last minute started (the scheduler's clock)
    QTimer m_wait;
    int m_waitingAttempt = 1;
    QPointer<HttpExchange> m_exchange;
    bool m_cancelled = false;
};

} // namespace Workbench::Core
