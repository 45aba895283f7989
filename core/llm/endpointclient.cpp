// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "llm/endpointclient.h"

#include "llm/providercodec.h"

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

EndpointClient::EndpointClient(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
{
}

EndpointClient::~EndpointClient() = default; // exchanges are children: they abort their replies

void EndpointClient::fail(const quint64 id, const QString &message)
{
    QMetaObject::invokeMethod(
        this, [this, id, message] { Q_EMIT failed(id, message); }, Qt::QueuedConnection);
}

quint64 EndpointClient::listModels(const Endpoint &endpoint, const QString &key)
{
    const quint64 id = m_nextId++;
    if (auto allowed = endpoint.checkPolicy(m_localOnly); !allowed) {
        fail(id, allowed.error());
        return id;
    }
    auto *exchange = new HttpExchange(m_manager, ProviderCodec::buildModelList(endpoint, key), endpoint.style,
        key, m_limits, HttpExchange::Expect::ModelList, this);
    const ApiStyle style = endpoint.style;
    connect(exchange, &HttpExchange::finished, this, [this, id, style, exchange](const CallResult &result) {
        exchange->deleteLater();
        if (!result.isOk()) {
            Q_EMIT failed(id, result.errorString);
            return;
        }
        const auto models = ProviderCodec::parseModelList(style, result.body);
        if (models) {
            Q_EMIT modelsListed(id, *models);
        } else {
            Q_EMIT failed(id, models.error());
        }
    });
    exchange->start();
    return id;
}

quint64 EndpointClient::embed(
    const Endpoint &endpoint, const QString &model, const QStringList &texts, const QString &key)
{
    const quint64 id = m_nextId++;
    if (auto allowed = endpoint.checkPolicy(m_localOnly); !allowed) {
        fail(id, allowed.error());
        return id;
    }
    auto call = ProviderCodec::buildEmbeddings(endpoint, model, texts, key);
    if (!call) {
        fail(id, call.error());
        return id;
    }
    auto *exchange =
        new HttpExchange(m_manager, *call, endpoint.style, key, m_limits, HttpExchange::Expect::Raw, this);
    const ApiStyle style = endpoint.style;
    const qsizetype expected = texts.size();
    connect(exchange, &HttpExchange::finished, this,
        [this, id, style, exchange, expected](const CallResult &result) {
            exchange->deleteLater();
            if (!result.isOk()) {
                Q_EMIT failed(id, result.errorString);
                return;
            }
            const auto vectors = ProviderCodec::parseEmbeddings(style, result.body);
            if (!vectors) {
                Q_EMIT failed(id, vectors.error());
            } else if (vectors->size() != expected) {
                Q_EMIT failed(
                    id, u"asked for %1 embeddings, received %2"_s.arg(expected).arg(vectors->size()));
            } else {
                Q_EMIT embedded(id, *vectors);
            }
        });
    exchange->start();
    return id;
}

} // namespace Workbench::Core
