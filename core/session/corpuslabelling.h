// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "metrics/cascade.h"
#include "pilot/pilotconfig.h"
#include "pilot/pilotrun.h"
#include "session/batchsession.h"
#include "session/pilotsession.h"
#include "store/batchjobrecord.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>

#include <expected>
#include <memory>

namespace Workbench::Core {

/*! \brief Labels a pilot's whole corpus with one annotator under one guideline version, by
 * interactive calls or through a provider's batch engine; what \c{diziner-cli label} and the
 * workbench's "Label the Corpus" run.
 *
 * open() reads the project's pilot (every round so far and every guideline version); choose()
 * takes the version and annotator FinalChoice picks over all rounds, or the user's;
 * estimate() says what labelling costs either way, requests answered before being free. With a
 * batch engine the requests go through a BatchSession first (kept in the project, collected by a
 * later start() when this one stops waiting); labelling then reads every reply from the cache
 * and sends nothing at full price. The labels replace the layer \c{final-NAME}.
 * chooseCascade() labels by a cascade instead (issue 22): the first K annotators of the last
 * round's agreement order label every document, the others only the documents where those do not
 * agree exactly, and Cascade decides; each stage goes through the engine given, and the labels
 * replace the layer \c{cascade}.
 * Usage: \c{CorpusLabelling l(store, keys); l.open(); l.choose(); l.start(Engine::OpenAiBatch);}
 */
class CorpusLabelling final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorpusLabelling)

public:
    enum class Engine { Interactive, OpenAiBatch, AnthropicBatch };
    struct Estimate
    {
        qint64 calls = 0;
        qint64 cached = 0; //!< answered before: free
        qint64 tokens = 0;
        double interactive = 0.0; //!< USD at the configuration's prices, of the calls with a price
        double batch = 0.0;
        qint64 unpriced = 0; //!< calls (not answered before) of a model without a price: not counted
        //! Cascade only: the share of documents expected to escalate (the pilot rounds' share
        //! where the first annotators disagreed), and how many documents it was measured on; the
        //! later annotators' calls, tokens and costs count that share of the corpus. Nothing
        //! when no round had all of the first annotators: then every document counts (an upper bound).
        std::optional<double> escalationShare;
        qint64 escalationMeasuredOn = 0;
        [[nodiscard]] Cost interactiveCost() const { return {interactive, unpriced}; }
        [[nodiscard]] Cost batchCost() const { return {batch, unpriced}; }
        [[nodiscard]] QJsonObject toJson() const;
    };
    struct Outcome
    {
        bool collected = false; //!< false: batches still pending at the provider (detached)
        DocumentSpans spans;
        QList<FailedItem> failed;
        QList<BatchJobRecord> batches;
        std::optional<Cascade::Result> cascade; //!< cascade labelling: who labelled which document
    };
    //! The layer cascade labelling writes: "cascade".
    [[nodiscard]] static QString cascadeLayerName();

    //! \a directory receives the final labels file too; empty: the project only.
    CorpusLabelling(
        ProjectStore &store, QHash<QString, QString> keys, QString directory = {}, QObject *parent = nullptr);
    ~CorpusLabelling() override;

    //! Prices that replace the configuration's for the models they name (the workbench's own
    //! table); before open().
    void setPriceOverrides(const PriceTable &prices) { m_priceOverrides = prices; }
    //! Reads the project's pilot; the error says why it cannot be labelled.
    [[nodiscard]] std::expected<void, QString> open();
    /*! Guideline \a version and \a annotator; what is not given is chosen over all rounds
     * (FinalChoice). The error says why no choice can be made. */
    [[nodiscard]] std::expected<void, QString> choose(
        const QString &annotator = {}, std::optional<int> version = std::nullopt);
    /*! Cascade labelling with the first \a first annotators of the last round's agreement order,
     * under guideline \a version (nothing: the one the rounds chose). The error says why not. */
    [[nodiscard]] std::expected<void, QString> chooseCascade(
        int first, std::optional<int> version = std::nullopt);
    [[nodiscard]] bool isCascade() const { return m_first > 0; }
    //! Cascade: the annotators, most agreeing in the last round first; the first cascadeFirst() label all.
    [[nodiscard]] const QStringList &cascadeOrder() const { return m_order; }
    [[nodiscard]] int cascadeFirst() const { return m_first; }
    //! The corpus being labelled (after open()): what the outcome's spans are indexed like.
    [[nodiscard]] const QList<Document> &documents() const { return m_run->pool(); }
    /*! Over the pilot rounds whose layers hold all of the first \a first annotators of
     * cascadeOrder(): the documents where they did not agree exactly (or one failed), and all
     * documents of those rounds. Nothing when no round had them all. */
    [[nodiscard]] std::optional<std::pair<qsizetype, qsizetype>> pilotDisagreement(int first) const;
    //! Whether the chosen annotator's endpoint speaks the API of \a engine.
    [[nodiscard]] std::expected<void, QString> checkEngine(Engine engine) const;
    [[nodiscard]] const PilotConfig &config() const { return m_config; }
    [[nodiscard]] const QString &annotator() const { return m_choice.annotator; }
    [[nodiscard]] int guidelineVersion() const { return m_choice.guidelineVersion; }
    //! What choose() settled on, with its reason.
    [[nodiscard]] const FinalChoice &choice() const { return m_choice; }
    [[nodiscard]] Estimate estimate() const;
    [[nodiscard]] QList<BatchJobRecord> batches() const;

    void setPollInterval(int ms) { m_pollMs = ms; }
    //! Requests per batch at most (within the provider's limit); 0: the provider's limit.
    void setBatchSize(int requests) { m_batchSize = requests; }
    //! With a batch engine: submit and read the status once, then finish uncollected.
    void setDetach(bool detach) { m_detach = detach; }

    void start(Engine engine);
    //! The next start() sends these pieces afresh, past the response cache; with
    //! Engine::Interactive (a batch engine would answer them from the cache again).
    void retryAfresh(const QList<FailedItem> &pieces);
    //! Cancels the project's pending batches at the provider, takes in what ran before, and
    //! labels what is answered (nothing is sent); the rest is listed as failed.
    void cancelBatches();
    //! Stops waiting and calling; submitted batches go on at the provider and are kept.
    void cancel();

Q_SIGNALS:
    void batchProgress(qint64 requests, qint64 succeeded, qint64 failed, int pendingBatches);
    void progress(Workbench::Core::PilotRun::Phase phase, int done, int total);
    void annotatorProgress(const QString &annotator, int done, int total);
    void itemFailed(const Workbench::Core::FailedItem &failure);
    void callLogged(const Workbench::Core::LlmCallRecord &record);
    void finished(const Workbench::Core::CorpusLabelling::Outcome &outcome);
    void failed(const QString &message);

private:
    void label();
    //! Stage \a stage of the cascade: the batch engine first, then labelling from its replies.
    void startCascadeStage(int stage);
    //! A stage of the cascade labelled: keeps its layers; after the last, the cascade decides.
    void onStageLabelled(const PilotRun::RoundLayers &layers, const QList<qsizetype> &documents);
    void onCascadeStageDone();
    //! The annotators and pool documents of cascade stage \a stage (0: the first K, all documents).
    [[nodiscard]] std::pair<QStringList, QList<qsizetype>> cascadeStage(int stage) const;
    [[nodiscard]] BatchSession &batchSession(Engine engine);

    ProjectStore &m_store;
    QHash<QString, QString> m_keys;
    QString m_directory;
    PilotConfig m_config;
    PriceTable m_priceOverrides;
    std::unique_ptr<PilotSession> m_session;
    std::unique_ptr<PilotRun> m_run;
    QNetworkAccessManager m_network;
    std::unique_ptr<BatchSession> m_batches;
    FinalChoice m_choice;
    QList<ChatJob> m_jobs;
    DocumentSpans m_labelled;
    int m_pollMs = 30'000;
    int m_batchSize = 0;
    bool m_detach = false;
    bool m_done = false;
    Engine m_engine = Engine::Interactive;
    // Cascade labelling: the order, K, the stage running, each annotator's layer so far, the
    // documents escalated after the first stage and every stage's failed pieces.
    QStringList m_order;
    int m_first = 0;
    int m_stage = 0;
    QMap<QString, AnnotatorLayer> m_stageLayers;
    QList<qsizetype> m_escalated;
    QList<FailedItem> m_cascadeFailed;
};

} // namespace Workbench::Core
