// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "base/lossreport.h"
#include "llm/scheduler.h"
#include "model/document.h"
#include "model/span.h"
#include "pilot/faileditem.h"
#include "pilot/finalchoice.h"
#include "pilot/guideline.h"
#include "pilot/pilotconfig.h"
#include "pilot/promptbuilder.h"
#include "pilot/proposal.h"
#include "pilot/replyparser.h"
#include "pilot/roundsummary.h"
#include "pilot/supervisorreply.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QSet>

#include <optional>

namespace Workbench::Core {
class PoolEmbedder;

/*! \brief The DiZiNER loop (method.md), one round at a time, driven by signals.
 *
 * A round: take the round's batch (seeded, diverse, disjoint), have every annotator annotate
 * every document under the current guideline (tolerant parsing, asking again for JSON, mention
 * alignment, failures kept with the raw reply), measure agreement and disagreement, write the
 * reports, then the supervisor's four calls, which end in proposalReady(). A person (or
 * --auto-accept) decides each change; decide() applies the accepted ones as the next guideline
 * version and starts the next round. The run ends after the configured rounds, or when pool
 * agreement improves by less than the stop margin. Gold, when given, is only scored.
 * Usage: \c{PilotRun run(config, documents, gold, &scheduler, keys); connect(...); run.start();}
 */
class PilotRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PilotRun)

public:
    //! Per annotator: the spans of the round's batch, indexed like batchDocuments().
    using RoundLayers = QMap<QString, DocumentSpans>;

    //! What progress() counts.
    enum class Phase { Embed, Annotate, Label, Analyse, Supervise };
    Q_ENUM(Phase)
    //! Why a run ended (its final labelling follows each alike).
    enum class FinishReason { Rounds, PoolExhausted, Plateau, Budget, NothingProposed };
    Q_ENUM(FinishReason)
    //! Where the run is; every change goes through enter().
    enum class State {
        Idle, //!< not started, or resumed at a decision
        Embedding, //!< fetching the pool's embeddings for the batches
        Annotating, //!< the round's annotator calls
        Analysing,
        Supervising, //!< the supervisor's four calls
        AwaitingDecision, //!< proposalReady() said so; decide() goes on
        FinalLabelling, //!< labelling the pool at the run's end
        Labelling, //!< labelling the pool outside the rounds (startLabelling())
        Replaying, //!< annotating a past round again from the response cache (replayRound())
        Finished,
        Failed,
        Cancelled,
    };
    Q_ENUM(State)

    //! The stable names: in the CLI's progress lines, summary.json and the project.
    [[nodiscard]] static QString phaseName(Phase phase);
    [[nodiscard]] static QString reasonName(FinishReason reason);
    [[nodiscard]] static std::optional<FinishReason> reasonFromName(const QString &name);

    PilotRun(const PilotConfig &config, const QList<Document> &pool, const std::optional<DocumentSpans> &gold,
        Scheduler *scheduler, const QHash<QString, QString> &keys, QObject *parent = nullptr);
    ~PilotRun() override;

    //! Resumes at the decision after the last round of \a history, \a guideline being current:
    //! decide() then goes on with the next round.
    void resume(const Guideline &guideline, const QList<RoundSummary> &history);
    //! Restarts a run stopped inside a round: start() then runs round history.size() again
    //! (calls already answered come from the response cache).
    void restart(const Guideline &guideline, const QList<RoundSummary> &history);
    void setRoundLimit(int rounds) { m_roundLimit = rounds; }
    /*! What an earlier attempt at \a round paid (its annotators', supervisor's and embeddings'
     * calls, tokens and cost), added to the summary of the round when it runs again: a round
     * retried keeps its whole bill, and its summary agrees with the calls kept for it. */
    void carryRoundCost(const RoundSummary &round);
    //! start() ends the run for \a reason (its final labelling) instead of running a round.
    void endOnStart(FinishReason reason) { m_endOnStart = reason; }
    /*! The next round or labelling sends these pieces afresh instead of taking their earlier
     * replies from the response cache (a reply that could not be read would be read again);
     * the fresh replies replace the cached ones. */
    void retryAfresh(const QList<FailedItem> &pieces) { m_afresh = pieces; }
    /*! Annotates \a round's batch again as the round did (its annotators, \a guideline, its round
     * number in the prompts), then roundReplayed() and back to Idle: no analysis, no supervisor.
     * With a scheduler that answers only from the cache, nothing is sent: how a project rebuilds
     * the layers of rounds it holds. Only from Idle. */
    void replayRound(const RoundSummary &round, const Guideline &guideline);

    [[nodiscard]] int round() const { return m_round; }
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const PilotConfig &config() const { return m_config; }
    [[nodiscard]] const Guideline &guideline() const { return m_guideline; }
    //! The documents the run draws its batches from (a RoundSummary's batch indexes them).
    [[nodiscard]] const QList<Document> &pool() const { return m_pool; }
    [[nodiscard]] const QList<RoundSummary> &history() const { return m_history; }
    [[nodiscard]] QList<Document> batchDocuments() const;
    [[nodiscard]] const RoundLayers &layers() const { return m_layers; }
    /*! Per annotator, what placing its mentions in this round (or labelling) lost or changed:
     * mentions not found in the text, placed by a guess among equal places, or widened to whole
     * tokens (MentionAligner's reasons), each with its document. Empty for an annotator whose
     * mentions all fell into place. */
    [[nodiscard]] const QMap<QString, LossReport> &mentionLoss() const { return m_mentionLoss; }
    [[nodiscard]] const QString &hotspotReport() const { return m_hotspotReport; }
    [[nodiscard]] const QMap<QString, QString> &annotatorReports() const { return m_annotatorReports; }
    [[nodiscard]] const QList<FailedItem> &failedItems() const { return m_failed; }
    //! The ids of the documents with a failed piece (of \a annotator; empty: of any annotator).
    [[nodiscard]] QSet<QString> failedDocuments(const QString &annotator = {}) const;
    /*! The batches of every round, from the seed: the same on every resume. With an embeddings
     * model they come from its vectors once start() has fetched them (from the response cache on
     * a resume); before that, from the local TF-IDF vectors (what a dry run shows). */
    [[nodiscard]] QList<QList<qsizetype>> batches() const;
    //! Whether batches() comes from the configured embeddings model (else from TF-IDF vectors).
    [[nodiscard]] bool batchesFromEmbeddings() const { return m_batchesEmbedded; }
    //! The exact annotator prompts of the current round, as (annotator, document id, prompt).
    [[nodiscard]] QList<std::tuple<QString, QString, QString>> prompts() const;

    //! How the final labelling went: not yet (or running), done, skipped, or failed whole.
    enum class FinalOutcome { NotYet, Done, Skipped, Failed };

    void start();
    //! The guideline version and annotator that label the corpus, chosen over all rounds
    //! (FinalChoice); nothing before any round.
    [[nodiscard]] std::optional<FinalChoice> chooseFinal() const;
    //! Every guideline version this run knows (the first, each one decided, and those given).
    [[nodiscard]] std::optional<Guideline> guidelineVersion(int version) const;
    //! The project's earlier versions, so that the final labelling may use one of them.
    void setGuidelineVersions(const QList<Guideline> &versions);
    //! The first call of every piece of the pool for \a annotator under guideline \a version:
    //! what startLabelling() sends, for a batch engine to answer first.
    [[nodiscard]] QList<ChatJob> labellingJobs(const QString &annotator, int version) const;
    /*! Labels the whole pool as \a choice says, outside the rounds: finalLabelled() (unless every
     * piece failed) then labellingFinished() (never finished(): the pilot goes on where it was).
     * False when the annotator or the guideline version is unknown. */
    bool startLabelling(const FinalChoice &choice);
    //! The first call of every piece of \a documents (indices into pool()) for each of
    //! \a annotators under guideline \a version: what startStage() sends.
    [[nodiscard]] QList<ChatJob> stageJobs(
        const QStringList &annotators, int version, const QList<qsizetype> &documents) const;
    /*! Labels \a documents (indices into pool()) with each of \a annotators under guideline
     * \a version, outside the rounds and prompted as labellingJobs() prompts (a stage of cascade
     * labelling): stageLabelled() then labellingFinished(), never finalLabelled(). False when an
     * annotator or the guideline version is unknown. */
    bool startStage(const QStringList &annotators, int version, const QList<qsizetype> &documents);
    //! Output tokens to expect per call: the mean this run has seen, else the allowance (an upper bound).
    [[nodiscard]] qint64 expectedOutputTokens() const;
    //! What the next round will cost at most, and what the run has spent so far.
    [[nodiscard]] std::tuple<qint64, qint64, Cost> estimate() const;
    //! The supervisor's spending, its own and the annotators' (what every round and the budget count),
    //! in USD of the calls with a price.
    [[nodiscard]] double spent() const;
    [[nodiscard]] FinalOutcome finalOutcome() const { return m_finalOutcome; }
    //! Why the final labelling was skipped or failed; empty when it was done (or is still to come).
    [[nodiscard]] const QString &finalNote() const { return m_finalNote; }
    //! The choice the final labelling (or startLabelling()) used.
    [[nodiscard]] const FinalChoice &finalChoice() const { return m_finalChoice; }
    void decide(const Proposal &decided);
    void cancel();

Q_SIGNALS:
    void progress(Workbench::Core::PilotRun::Phase phase, int done, int total);
    //! The pieces \a annotator has done (labelled or failed) of its \a total in this round or labelling.
    void annotatorProgress(const QString &annotator, int done, int total);
    //! A piece \a failure.annotator could not label (also in failedItems() and the round's summary).
    void itemFailed(const Workbench::Core::FailedItem &failure);
    //! Before each round: its calls, tokens (prompts plus at most the output allowance, or the
    //! output observed so far) and cost at the configured prices.
    void estimated(int round, qint64 calls, qint64 tokens, const Workbench::Core::Cost &cost);
    void roundAnalysed(const Workbench::Core::RoundSummary &summary);
    void proposalReady(const Workbench::Core::Proposal &proposal);
    //! After decide(): the guideline now current (a new version when any change was accepted).
    void guidelineChanged(
        const Workbench::Core::Guideline &guideline, const Workbench::Core::Proposal &decided);
    //! The whole pool labelled as \a choice says (method.md section 7); pieces that failed are in
    //! failedItems(); \a f1 against gold when it exists, never used to choose.
    void finalLabelled(const Workbench::Core::FinalChoice &choice,
        const Workbench::Core::DocumentSpans &spans, std::optional<double> f1);
    /*! The run ended for \a reason. The final labelling came before (finalLabelled()) unless
     * finalOutcome() says it was skipped or failed, and finalNote() why. */
    void finished(Workbench::Core::PilotRun::FinishReason reason);
    //! The supervisor proposed no change (\a proposal has its patterns, and any instructions for
    //! names outside the pool): the run goes on to its end.
    void nothingProposed(const Workbench::Core::Proposal &proposal);
    //! The labelling startLabelling() began is done (after finalLabelled()), or the stage
    //! startStage() began (after stageLabelled()).
    void labellingFinished();
    /*! The stage startStage() began: per annotator its spans, indexed like \a documents (indices
     * into pool()); the pieces that failed are in failedItems() (failedDocuments() per annotator). */
    void stageLabelled(
        const Workbench::Core::PilotRun::RoundLayers &layers, const QList<qsizetype> &documents);
    //! replayRound() annotated the round: layers(), mentionLoss() and failedItems() hold it.
    void roundReplayed(int round);
    void failed(const QString &message);
    //! A call made outside the scheduler (the pool's embeddings), to be logged like its calls.
    void callRecorded(const Workbench::Core::LlmCallRecord &record);

private:
    //! The supervisor's four calls (method.md section 6); phase 2 once per annotator analysed.
    enum class SupervisorPhase { Patterns, Annotator, Generate, Organise };
    struct Item
    {
        qsizetype annotator = 0;
        qsizetype document = 0; //!< index into m_work
        QString documentId;
        int chunkStart = 0; //!< where the chunk's text begins in the document
        QString chunkText;
        QList<ChatMessage> conversation;
        int jsonAttempts = 0;
        int itemAttempts = 0; //!< times the item was sent again after its call failed
        bool afresh = false; //!< sent past the response cache (retryAfresh())
        int outputAllowance = 0; //!< 0: the configured one
        bool lengthRetried = false; //!< asked again after a reply cut off at the output limit
        QStringList requestHashes = {}; //!< every request made for the piece, its cache keys
    };
    struct SupervisorCall
    {
        SupervisorPhase phase = SupervisorPhase::Patterns;
        QString annotator; //!< the one phase 2 analyses
        ChatRequest request;
        int callAttempts = 0; //!< times sent again after the call failed
        int jsonAttempts = 0; //!< times asked again for JSON
        bool lengthRetried = false; //!< asked again after a reply cut off at the output limit
        QStringList requestHashes = {}; //!< every request of this call so far, its cache keys
    };

    //! Documents too long for one prompt are split at sentence boundaries: (start, end) pieces.
    [[nodiscard]] QList<std::pair<int, int>> chunks(const Document &document) const;
    //! Fetches the pool's embeddings, samples the batches from them, then start() goes on.
    void embedPool();
    void annotate();
    void submit(const QList<qsizetype> &annotators, const QList<Document> &documents);
    //! Clears what annotating left of the last round or labelling, before the next one.
    void clearAnnotations();
    //! Places \a item's parsed \a mentions in its document's layer of \a annotator, and notes
    //! in the annotator's mention loss what placing them lost or changed.
    void place(const Item &item, const QString &annotator, const QList<ReplyParser::Mention> &mentions);
    //! Drops the replies of \a requestHashes from the response cache: they could not be used.
    void forgetReplies(const QStringList &requestHashes);
    //! Goes to \a next; a transition the run does not make is a bug, said on stderr.
    void enter(State next);
    //! The replies of the round's annotators and of the supervisor, each their own way.
    void onAnnotatorReply(quint64 id, const Scheduler::JobResult &result);
    void onSupervisorResult(const SupervisorCall &call, const Scheduler::JobResult &result);
    void startFinal(FinishReason reason);
    void labelPool(const FinalChoice &choice);
    void finishFinal();
    void onJobFinished(quint64 id, const Scheduler::JobResult &result);
    void analyse();
    void supervise();
    void submitSupervisor(const ChatRequest &request, SupervisorPhase phase, const QString &annotator = {});
    void sendSupervisor(const SupervisorCall &call);
    void onSupervisorReply(const SupervisorCall &call, const QJsonObject &reply);
    //! "patterns", "annotator NAME", "generate", "organise": as errors name the call.
    [[nodiscard]] static QString callName(const SupervisorCall &call);
    //! Asks \a call again in its conversation, after \a reply, saying \a why; false when the
    //! JSON retries are spent.
    bool askSupervisorAgain(SupervisorCall call, const QString &reply, const QString &why);
    //! The proposal from the organised guideline (phase 4), or the run's end when it changes nothing.
    void propose(const SupervisorReply::Organised &organised);
    [[nodiscard]] ChatJob jobFor(const PilotConfig::Annotator &annotator, const ChatRequest &request) const;
    //! The call \a item makes now (its conversation so far).
    [[nodiscard]] ChatJob jobFor(const Item &item) const;
    [[nodiscard]] QString promptFor(
        qsizetype annotator, const QString &text, int round, const Guideline &guideline) const;
    //! Every piece of \a documents for each of \a annotators, prompted as in \a round under \a guideline.
    [[nodiscard]] QList<Item> itemsFor(const QList<qsizetype> &annotators, const QList<Document> &documents,
        int round, const Guideline &guideline) const;
    [[nodiscard]] int allowanceOf(const Item &item) const;
    //! The round whose prompts the labelling under guideline \a version uses.
    [[nodiscard]] int labellingRound(int version) const;
    //! Why no round \a round is run: the configured rounds are done, or the batches are.
    [[nodiscard]] FinishReason endOfRounds(int round) const;
    [[nodiscard]] bool isCancelled() const { return m_state == State::Cancelled; }
    //! The supervisor's calls, tokens and cost for one round.
    [[nodiscard]] std::tuple<qint64, qint64, Cost> supervisorEstimate() const;
    //! What labelling the pool as \a choice says would cost at the configured prices.
    [[nodiscard]] Cost labellingCost(const FinalChoice &choice) const;
    [[nodiscard]] ChatRequest annotatorRequest(
        const PilotConfig::Annotator &annotator, const Item &item) const;

    PilotConfig m_config;
    QList<Document> m_pool;
    std::optional<DocumentSpans> m_gold;
    Scheduler *m_scheduler = nullptr;
    QHash<QString, QString> m_keys;
    PromptBuilder m_prompts;
    int m_roundLimit = 0;
    int m_round = 0;
    Guideline m_guideline;
    QList<RoundSummary> m_history;
    QList<QList<qsizetype>> m_batches;
    bool m_batchesEmbedded = false;
    RoundSummary::Annotator m_embeddingStats; //!< this process's embeddings calls, until a round keeps them
    QList<RoundSummary::Annotator> m_carriedCost; //!< an earlier attempt's, for the next annotate()
    PoolEmbedder *m_embedder = nullptr;

    QHash<quint64, Item> m_items;
    State m_state = State::Idle;
    QList<Document> m_work; //!< the documents being annotated now
    RoundLayers m_layers;
    QMap<QString, LossReport> m_mentionLoss;
    QList<FailedItem> m_failed;
    QHash<QString, RoundSummary::Annotator> m_stats;
    int m_itemsTotal = 0;
    int m_itemsDone = 0;
    QHash<QString, std::pair<int, int>> m_annotatorItems; //!< per annotator: done, total
    QList<FailedItem> m_afresh; //!< pieces the next submit() sends past the cache
    QString m_hotspotReport;
    QMap<QString, QString> m_annotatorReports;
    QStringList m_elite;

    QHash<quint64, SupervisorCall> m_supervisorJobs;
    QJsonObject m_patterns;
    QMap<QString, QJsonObject> m_analyses;
    int m_analysesPending = 0;
    FinishReason m_finishReason = FinishReason::Rounds;
    FinalOutcome m_finalOutcome = FinalOutcome::NotYet;
    QString m_finalNote;
    std::optional<FinishReason> m_endOnStart;
    QStringList m_dropped; //!< annotators no longer asked
    FinalChoice m_finalChoice;
    Guideline m_finalGuideline; //!< the version the final labelling prompts with
    std::optional<QList<qsizetype>> m_stage; //!< the pool documents of the stage being labelled
    QMap<int, Guideline> m_versions; //!< every guideline version, by number
};

} // namespace Workbench::Core
