// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "llm/endpoint.h"
#include "llm/httpexchange.h"

#include <QObject>
#include <QStringList>

class QNetworkAccessManager;

namespace Workbench::Core {

/*! \brief The calls about an endpoint rather than to a model: its model list (which also tests the
 * connection and the key) and embeddings for the pilot's batch sampling.
 *
 * Each request ends in exactly one of modelsListed / embedded / failed, with its id.
 * Usage: \c{auto id = client.listModels(endpoint, key); connect(&client, &EndpointClient::modelsListed,
 * ...);}
 */
class EndpointClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointClient)

public:
    explicit EndpointClient(QNetworkAccessManager *manager, QObject *parent = nullptr);
    ~EndpointClient() override;

    void setLocalOnly(bool localOnly) { m_localOnly = localOnly; }
    void setLimits(const HttpExchange::Limits &limits) { m_limits = limits; }

    quint64 listModels(const Endpoint &endpoint, const QString &key);
    quint64 embed(
        const Endpoint &endpoint, const QString &model, const QStringList &texts, const QString &key);

Q_SIGNALS:
    void modelsListed(quint64 id, const QStringList &models);
    void embedded(quint64 id, const QList<QList<float>> &vectors);
    void failed(quint64 id, const QString &message);

private:
    void fail(quint64 id, const QString &message);

    QNetworkAccessManager *m_manager = nullptr;
    HttpExchange::Limits m_limits;
    bool m_localOnly = false;
    quint64 m_nextId = 1;
};

} // namespace Workbench::Core
