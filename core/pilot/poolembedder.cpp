// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "pilot/poolembedder.h"

#include "llm/httpexchange.h"
#include "llm/pricetable.h"
#include "llm/providercodec.h"
#include "llm/redaction.h"
#include "llm/responsecache.h"
#include "llm/scheduler.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Workbench::Core {

namespace {

constexpr qint64 minute = 60'000;
constexpr QByteArrayView packMagic = "DZNVEC01";
constexpr qsizetype packHeader = 16; // magic, count, dimensions

//! Tokens the provider says the call used: OpenAI/Azure usage.prompt_tokens, Ollama prompt_eval_count.
qint64 promptTokensOf(const QJsonObject &reply)
{
    const QJsonValue usage = reply.value(u"usage"_s).toObject().value(u"prompt_tokens"_s);
    return qint64(usage.isDouble() ? usage.toDouble() : reply.value(u"prompt_eval_count"_s).toDouble());
}

/*! What the call log keeps of a reply: its size and usage, not its vectors (a reply of 64
 * vectors of 1536 dimensions is about 2 MB of JSON; the cache keeps them, packed).
 */
QByteArray summaryOf(const QJsonObject &reply, const QList<QList<float>> &vectors, const qint64 tokens)
{
    QJsonObject usage = reply.value(u"usage"_s).toObject();
    if (usage.isEmpty()) {
        usage.insert(u"prompt_tokens"_s, tokens);
    }
    return QJsonDocument(QJsonObject{{u"embeddings"_s, vectors.size()},
                             {u"dimensions"_s, vectors.isEmpty() ? 0 : vectors.first().size()},
                             {u"model"_s, reply.value(u"model"_s)}, {u"usage"_s, usage},
                             {u"vectors"_s, u"kept in the response cache"_s}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

PoolEmbedder::PoolEmbedder(Scheduler *scheduler, QObject *parent)
    : QObject(parent)
    , m_scheduler(scheduler)
{
    m_wait.setSingleShot(true);
    connect(&m_wait, &QTimer::timeout, this, [this] { send(m_waitingAttempt); });
}

PoolEmbedder::~PoolEmbedder()
{
    cancel();
}

QString PoolEmbedder::requestHash(const QUrl &url, const QByteArray &body)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData("embeddings\n");
    hash.addData(url.toEncoded(QUrl::RemoveUserInfo));
    hash.addData("\n");
    hash.addData(body);
    return QString::fromLatin1(hash.result().toHex());
}

QByteArray PoolEmbedder::pack(const QList<QList<float>> &vectors)
{
    const quint32 dimensions = vectors.isEmpty() ? 0 : quint32(vectors.first().size());
    QByteArray entry(packHeader + qsizetype(vectors.size()) * dimensions * 4, Qt::Uninitialized);
    char *out = entry.data();
    std::memcpy(out, packMagic.data(), packMagic.size());
    qToLittleEndian(quint32(vectors.size()), out + 8);
    qToLittleEndian(dimensions, out + 12);
    out += packHeader;
    for (const QList<float> &vector : vectors) {
        Q_ASSERT(quint32(vector.size()) == dimensions);
        for (const float value : vector) {
            qToLittleEndian(std::bit_cast<quint32>(value), out);
            out += 4;
        }
    }
    return entry;
}

std::expected<QList<QList<float>>, QString> PoolEmbedder::unpack(
    const ApiStyle style, const QByteArray &entry)
{
    if (!entry.startsWith(packMagic)) {
        return ProviderCodec::parseEmbeddings(style, entry);
    }
    if (entry.size() < packHeader) {
        return std::unexpected(u"a packed cache entry is cut short"_s);
    }
    const quint32 count = qFromLittleEndian<quint32>(entry.constData() + 8);
    const quint32 dimensions = qFromLittleEndian<quint32>(entry.constData() + 12);
    if (count == 0 || dimensions == 0 || entry.size() != packHeader + qint64(count) * dimensions * 4) {
        return std::unexpected(
            u"a packed cache entry of %1 bytes does not hold %2 vectors of %3"_s.arg(entry.size())
                .arg(count)
                .arg(dimensions));
    }
    QList<QList<float>> vectors(count);
    const char *in = entry.constData() + packHeader;
    for (QList<float> &vector : vectors) {
        vector.resize(dimensions);
        for (float &value : vector) {
            value = std::bit_cast<float>(qFromLittleEndian<quint32>(in));
            in += 4;
        }
    }
    return vectors;
}

qint64 PoolEmbedder::delayBeforeCall(
    const QList<qint64> &starts, const qint64 now, const int requestsPerMinute)
{
    if (requestsPerMinute <= 0) {
        return 0;
    }
    // The calls of the last minute, as the scheduler counts them for the chat calls.
    const auto recent =
        std::find_if(starts.cbegin(), starts.cend(), [now](qint64 t) { return t > now - minute; });
    const qsizetype inWindow = starts.cend() - recent;
    if (inWindow < requestsPerMinute) {
        return 0;
    }
    // Wait until enough of them are a minute old to leave room for this one.
    return *(recent + (inWindow - requestsPerMinute)) + minute - now;
}

void PoolEmbedder::start(
    const Endpoint &endpoint, const QString &model, const QString &key, const QStringList &texts)
{
    if (endpoint.id != m_endpoint.id || endpoint.baseUrl != m_endpoint.baseUrl) {
        m_starts.clear(); // the limit is another endpoint's
    }
    m_endpoint = endpoint;
    if (m_endpoint.style == ApiStyle::Azure) {
        // Azure serves each model from a deployment of its own: the embeddings model names it, not
        // the endpoint's deployment (its chat model).
        m_endpoint.deployment = model;
    }
    m_model = model;
    m_key = key;
    m_texts.clear();
    for (const QString &text : texts) {
        m_texts.append(text.left(MaxTextChars));
    }
    m_vectors.clear();
    m_cancelled = false;
    next();
}

void PoolEmbedder::cancel()
{
    m_cancelled = true;
    m_wait.stop();
    if (m_exchange) {
        m_exchange->disconnect(this);
        m_exchange->abort();
        m_exchange->deleteLater();
    }
}

void PoolEmbedder::next()
{
    Q_EMIT progress(int(m_vectors.size()), int(m_texts.size()));
    if (m_vectors.size() >= m_texts.size()) {
        Q_EMIT finished(m_vectors);
        return;
    }
    send(1);
}

void PoolEmbedder::sendLater(const int attempt, const qint64 ms)
{
    m_waitingAttempt = attempt;
    m_wait.start(std::chrono::milliseconds(ms));
}

void PoolEmbedder::send(const int attempt)
{
    if (m_cancelled) {
        return;
    }
    if (auto allowed = m_endpoint.checkPolicy(m_scheduler->isLocalOnly()); !allowed) {
        Q_EMIT failed(allowed.error());
        return;
    }
    const QStringList texts = m_texts.mid(m_vectors.size(), TextsPerCall);
    auto call = ProviderCodec::buildEmbeddings(m_endpoint, m_model, texts, m_key);
    if (!call) {
        Q_EMIT failed(call.error());
        return;
    }
    const QString hash = requestHash(call->request.url(), call->body);
    ResponseCache *cache = m_scheduler->cache();
    if (const auto cached = cache != nullptr ? cache->lookup(hash) : std::nullopt) {
        // A cached entry that does not fit is asked again.
        if (const auto vectors = unpack(m_endpoint.style, *cached);
            vectors && vectors->size() == texts.size()) {
            m_vectors.append(*vectors);
            // Deferred, so that a pool answered wholly from the cache does not recurse per call.
            QTimer::singleShot(0, this, &PoolEmbedder::next);
            return;
        }
    }
    const qint64 now = m_scheduler->clockMs();
    while (!m_starts.isEmpty() && m_starts.first() <= now - minute) {
        m_starts.removeFirst();
    }
    if (const qint64 wait = delayBeforeCall(m_starts, now, m_scheduler->limits().requestsPerMinute);
        wait > 0) {
        Q_EMIT paced(int(wait));
        sendLater(attempt, wait);
        return;
    }
    m_starts.append(now);
    const QByteArray request = call->loggedText();
    m_exchange = new HttpExchange(m_scheduler->network(), *call, m_endpoint.style, m_key,
        m_scheduler->exchangeLimits(), HttpExchange::Expect::Raw, this);
    connect(m_exchange, &HttpExchange::finished, this,
        [this, attempt, hash, request, expected = texts.size()](const CallResult &result) {
            m_exchange->deleteLater();
            const QJsonObject reply =
                result.isOk() ? QJsonDocument::fromJson(result.body).object() : QJsonObject();
            const qint64 tokens = promptTokensOf(reply);
            const PriceTable *prices = m_scheduler->priceTable();
            auto vectors = result.isOk() ? ProviderCodec::parseEmbeddings(m_endpoint.style, result.body)
                                         : std::unexpected(result.errorString);
            const bool ok = vectors && vectors->size() == expected;
            QString failure;
            if (!result.isOk()) {
                failure = result.failureText();
            } else if (!vectors) {
                failure = u"the reply cannot be used: %1"_s.arg(vectors.error());
            } else if (!ok) {
                failure =
                    u"expected %1 embeddings in the reply, found %2"_s.arg(expected).arg(vectors->size());
            }
            // A usable reply is logged as a summary and cached packed; any other whole, to show what came.
            const QByteArray packed = ok ? pack(*vectors) : QByteArray();
            Q_EMIT callRecorded(LlmCallRecord{.id = 0,
                .created = QDateTime::currentDateTimeUtc(),
                .endpoint = m_endpoint.baseUrl.toString(QUrl::RemoveUserInfo),
                .model = m_model,
                .requestHash = hash,
                .annotator = QString(caller),
                .document = {},
                .roundId = 0,
                .failure = failure,
                .promptTokens = tokens,
                .completionTokens = 0,
                .reasoningTokens = 0,
                .cost = prices == nullptr ? std::nullopt : prices->cost(m_model, TokenUsage{tokens, 0, 0}),
                .durationMs = result.durationMs,
                .request = Redaction::removeSecret(request, m_key),
                .response =
                    Redaction::removeSecret(ok ? summaryOf(reply, *vectors, tokens) : result.body, m_key),
                .cacheEntry = ok ? std::optional(packed) : std::nullopt});
            if (m_cancelled) {
                return;
            }
            if (ok) {
                if (m_scheduler->cache() != nullptr) {
                    m_scheduler->cache()->store(hash, packed);
                }
                m_vectors.append(*vectors);
                next();
            } else if (result.isRetryable() && attempt <= m_scheduler->retryPolicy().maxRetries) {
                const qint64 delay =
                    qint64(m_scheduler->retryPolicy().baseDelayMs * std::pow(2.0, attempt - 1));
                sendLater(attempt + 1, result.retryAfterMs >= 0 ? result.retryAfterMs : delay);
            } else {
                Q_EMIT failed(u"embeddings (%1, %2): %3"_s.arg(m_endpoint.id, m_model, failure));
            }
        });
    m_exchange->start();
}

} // namespace Workbench::Core
