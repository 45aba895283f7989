// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "llm/batchclient.h"
#include "llm/chatjob.h"
#include "llm/pricetable.h"
#include "store/batchjobrecord.h"

#include <QHash>
#include <QObject>
#include <QTimer>

class QNetworkAccessManager;

namespace Workbench::Core {

class ProjectStore;

/*! \brief Runs chat jobs through a provider's batch engine and keeps every batch in the project.
 *
 * start() sends, in as few batches as the provider's limits allow, the jobs whose replies are
 * neither in the response cache nor in a batch still pending; then it polls every pending batch
 * of the project (those of an earlier session too: closing the app or restarting the machine
 * loses nothing) and takes in the results of each batch that ends, in one transaction: each
 * reply is cached under its request hash (so the same parser, aligner and ledger read it as an
 * interactive reply) and logged at the batch price; failed, expired and cancelled requests are
 * logged with the provider's message and can be sent again by starting again.
 * Usage: \c{BatchSession s(store, &nam, &prices, endpoints); s.start(jobs, u"label"_s);}
 */
class BatchSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchSession)

public:
    //! Where each endpoint id of the configuration is, and its key (never stored).
    using Endpoints = QHash<QString, std::pair<Endpoint, QString>>;

    BatchSession(ProjectStore &store, QNetworkAccessManager *manager, const PriceTable *prices,
        Endpoints endpoints, QObject *parent = nullptr);
    ~BatchSession() override;

    void setPollInterval(int ms) { m_pollTimer.setInterval(ms); }
    void setLocalOnly(bool localOnly) { m_client.setLocalOnly(localOnly); }
    //! Smaller parts than the provider allows (tests; a cautious first run).
    void setLimits(const BatchCodec::Limits &limits) { m_limits = limits; }
    //! After submitting and one round of polling, stop instead of waiting: detached() follows.
    void setDetach(bool detach) { m_detach = detach; }

    //! \a jobs must name endpoints of the Endpoints given; \a purpose is kept with each batch.
    void start(const QList<ChatJob> &jobs, const QString &purpose);
    //! Asks the provider to cancel every pending batch, then polls them to their end and takes
    //! in what ran before (finished() follows); nothing new is submitted. \a jobs name the requests
    //! for the call log, as in start().
    void cancelPending(const QList<ChatJob> &jobs);

    [[nodiscard]] QList<BatchJobRecord> batches() const;

Q_SIGNALS:
    //! After every submission and status read.
    void progress(qint64 requests, qint64 succeeded, qint64 failed, int pendingBatches);
    //! Every batch of the project has ended and its results are in.
    void finished(qint64 succeeded, qint64 failed);
    //! Submitted and polled once; the batches go on at the provider.
    void detached(int pendingBatches);
    void failed(const QString &message);

private:
    void submitNext();
    void pollAll();
    void onStatus(BatchJobRecord job, const BatchCodec::Status &status);
    void ingest(
        BatchJobRecord job, const BatchCodec::Status &status, const QList<BatchCodec::Result> &results);
    void fail(const QString &message);
    void reportProgress();
    [[nodiscard]] const std::pair<Endpoint, QString> *endpointOf(const BatchJobRecord &job) const;

    ProjectStore &m_store;
    BatchClient m_client;
    const PriceTable *m_prices = nullptr;
    Endpoints m_endpoints;
    BatchCodec::Limits m_limits;
    bool m_detach = false;
    bool m_failed = false;
    QTimer m_pollTimer;
    int m_polling = 0; //!< status reads and downloads in flight
    QString m_purpose;
    QHash<QString, ChatJob> m_jobs; //!< by request hash: the custom id of every request
    struct Submission
    {
        QString endpoint;
        BatchCodec::Part part;
    };
    QList<Submission> m_toSubmit;
};

} // namespace Workbench::Core
