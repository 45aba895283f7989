// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "pilot/pilotrun.h"

#include "llm/responsecache.h"
#include "metrics/aggregator.h"
#include "metrics/agreementanalysis.h"
#include "metrics/disagreementanalysis.h"
#include "metrics/erroranalysis.h"
#include "metrics/reliabilityanalysis.h"
#include "metrics/reportwriter.h"
#include "metrics/spanscorer.h"
#include "model/nametable.h"
#include "pilot/batchsampler.h"
#include "pilot/mentionaligner.h"
#include "pilot/poolembedder.h"
#include "pilot/replyparser.h"
#include "pilot/supervisorphases.h"

#include <QFile>
#include <QMetaEnum>
#include <QSet>

#include <limits>
#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {

QString runTag(int round)
{
    return u"round-%1"_s.arg(round);
}

QString templateText(const PilotConfig &config)
{
    if (config.promptTemplate.isEmpty()) {
        return PromptBuilder::defaultTemplate();
    }
    QFile file(config.promptTemplate);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll())
                                          : PromptBuilder::defaultTemplate();
}

RoundSummary::Annotator namedStats(const QString &name)
{
    RoundSummary::Annotator stats;
    stats.name = name;
    return stats;
}

QString cutOffMessage(const int allowance)
{
    return allowance > 0
        ? u"the reply was cut off at the output limit of %1 tokens, also after asking again with twice "
          u"the allowance"_s.arg(allowance)
        : u"the reply was cut off at the provider's output limit"_s;
}

} // namespace

PilotRun::PilotRun(const PilotConfig &config, const QList<Document> &pool,
    const std::optional<DocumentSpans> &gold, Scheduler *scheduler, const QHash<QString, QString> &keys,
    QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_pool(pool)
    , m_gold(gold)
    , m_scheduler(scheduler)
    , m_keys(keys)
    , m_prompts(templateText(config))
    , m_roundLimit(config.knobs.rounds)
{
    m_guideline.version = 0;
    m_guideline.goal = config.goal;
    m_versions.insert(m_guideline.version, m_guideline);
    connect(m_scheduler, &Scheduler::jobFinished, this, &PilotRun::onJobFinished);
    connect(m_scheduler, &Scheduler::callRecorded, this, [this](const LlmCallRecord &record) {
        if (!m_stats.contains(record.annotator)) {
            return;
        }
        RoundSummary::Annotator &stats = m_stats[record.annotator];
        ++stats.calls;
        stats.promptTokens += record.promptTokens;
        stats.completionTokens += record.completionTokens;
        stats.cost += Cost::of(record.cost);
    });
}

PilotRun::~PilotRun() = default;

void PilotRun::resume(const Guideline &guideline, const QList<RoundSummary> &history)
{
    m_guideline = guideline;
    m_versions.insert(guideline.version, guideline);
    m_history = history;
    m_dropped.clear();
    for (const RoundSummary &round : history) {
        m_dropped.append(round.dropped);
    }
    m_round = std::max(0, int(history.size()) - 1); // at the decision that follows the last analysed round
}

void PilotRun::restart(const Guideline &guideline, const QList<RoundSummary> &history)
{
    resume(guideline, history);
    m_round = int(history.size());
}

QList<QList<qsizetype>> PilotRun::batches() const
{
    if (m_batches.isEmpty()) { // the lexical batches; embedPool() replaces them
        QStringList texts;
        for (const Document &document : m_pool) {
            texts.append(document.text());
        }
        const_cast<PilotRun *>(this)->m_batches = BatchSampler::sample(
            BatchSampler::tfIdf(texts), m_config.knobs.batchSize, m_roundLimit, m_config.knobs.seed);
    }
    return m_batches;
}

QList<Document> PilotRun::batchDocuments() const
{
    QList<Document> documents;
    const QList<QList<qsizetype>> all = batches();
    if (m_round < all.size()) {
        for (const qsizetype index : all.at(m_round)) {
            documents.append(m_pool.at(index));
        }
    }
    return documents;
}

QString PilotRun::promptFor(
    const qsizetype annotator, const QString &text, const int round, const Guideline &guideline) const
{
    return m_prompts.annotatorPrompt(
        m_config.scheme, guideline, m_config.annotators.at(annotator).name, round, text);
}

QList<std::pair<int, int>> PilotRun::chunks(const Document &document) const
{
    const int budget = m_config.knobs.maxPromptChars;
    if (document.text().size() <= budget || document.sentences().isEmpty()) {
        return {{0, int(document.text().size())}};
    }
    QList<std::pair<int, int>> pieces;
    int start = document.sentences().first().start;
    int end = start;
    for (const Sentence &sentence : document.sentences()) {
        if (sentence.end - start > budget && end > start) {
            pieces.append({start, end});
            start = sentence.start;
        }
        end = sentence.end;
    }
    pieces.append({start, end});
    return pieces;
}

namespace {

constexpr NameTable<PilotRun::Phase, 5> phaseNames{{{{PilotRun::Phase::Embed, "embed"},
    {PilotRun::Phase::Annotate, "annotate"}, {PilotRun::Phase::Label, "label"},
    {PilotRun::Phase::Analyse, "analyse"}, {PilotRun::Phase::Supervise, "supervise"}}}};
constexpr NameTable<PilotRun::FinishReason, 5> reasonNames{
    {{{PilotRun::FinishReason::Rounds, "rounds"}, {PilotRun::FinishReason::PoolExhausted, "pool exhausted"},
        {PilotRun::FinishReason::Plateau, "plateau"}, {PilotRun::FinishReason::Budget, "budget"},
        {PilotRun::FinishReason::NothingProposed, "nothing proposed"}}}};

// The transitions a run makes; anything else is a bug in the run.
bool allowed(const PilotRun::State from, const PilotRun::State to)
{
    using State = PilotRun::State;
    switch (to) {
    case State::Idle:
        return from == State::Labelling || from == State::Replaying;
    case State::Replaying:
        return from == State::Idle;
    case State::Embedding:
    case State::Annotating:
        return from == State::Idle || from == State::Cancelled || from == State::AwaitingDecision
            || from == State::Embedding || from == State::Failed || from == State::Analysing;
    case State::Analysing:
        return from == State::Annotating;
    case State::Supervising:
        return from == State::Analysing;
    case State::AwaitingDecision:
        return from == State::Supervising;
    case State::FinalLabelling:
    case State::Finished:
        return from != State::Labelling;
    case State::Labelling:
        return from != State::Annotating && from != State::Supervising && from != State::FinalLabelling;
    case State::Failed:
    case State::Cancelled:
        return true;
    }
    return false;
}

} // namespace

QString PilotRun::phaseName(const Phase phase)
{
    return phaseNames.name(phase);
}

QString PilotRun::reasonName(const FinishReason reason)
{
    return reasonNames.name(reason);
}

std::optional<PilotRun::FinishReason> PilotRun::reasonFromName(const QString &name)
{
    return reasonNames.value(name, Qt::CaseSensitive);
}

void PilotRun::forgetReplies(const QStringList &requestHashes)
{
    if (ResponseCache *cache = m_scheduler->cache()) {
        for (const QString &hash : requestHashes) {
            cache->forget(hash);
        }
    }
}

void PilotRun::enter(const State next)
{
    if (!allowed(m_state, next)) {
        qWarning("PilotRun: no transition from %s to %s",
            QMetaEnum::fromType<State>().valueToKey(int(m_state)),
            QMetaEnum::fromType<State>().valueToKey(int(next)));
    }
    m_state = next;
}

PilotRun::FinishReason PilotRun::endOfRounds(const int round) const
{
    return round >= m_roundLimit ? FinishReason::Rounds : FinishReason::PoolExhausted;
}

QSet<QString> PilotRun::failedDocuments(const QString &annotator) const
{
    QSet<QString> documents;
    for (const FailedItem &failure : m_failed) {
        if (annotator.isEmpty() || failure.annotator == annotator) {
            documents.insert(failure.document);
        }
    }
    return documents;
}

int PilotRun::allowanceOf(const Item &item) const
{
    return item.outputAllowance > 0 ? item.outputAllowance : m_config.knobs.maxOutputTokens;
}

Cost PilotRun::labellingCost(const FinalChoice &choice) const
{
    const qint64 output = expectedOutputTokens();
    Cost cost;
    for (const ChatJob &job : labellingJobs(choice.annotator, choice.guidelineVersion)) {
        cost += Cost::of(
            m_config.prices.cost(job.request.model, {job.request.estimatedPromptTokens(), output, 0}));
    }
    return cost;
}

ChatRequest PilotRun::annotatorRequest(const PilotConfig::Annotator &annotator, const Item &item) const
{
    ChatRequest request;
    request.model = annotator.model;
    request.temperature = annotator.temperature;
    request.reasoningEffort = annotator.reasoningEffort;
    request.maxOutputTokens = allowanceOf(item);
    request.messages = item.conversation;
    request.jsonMode = true;
    return request;
}

QList<std::tuple<QString, QString, QString>> PilotRun::prompts() const
{
    QList<std::tuple<QString, QString, QString>> result;
    const QList<Document> documents = batchDocuments();
    for (qsizetype a = 0; a < m_config.annotators.size(); ++a) {
        for (const Document &document : documents) {
            const QList<std::pair<int, int>> pieces = chunks(document);
            for (qsizetype c = 0; c < pieces.size(); ++c) {
                const QString id =
                    pieces.size() == 1 ? document.id() : u"%1-part%2"_s.arg(document.id()).arg(c + 1);
                result.append({m_config.annotators.at(a).name, id,
                    promptFor(a,
                        document.text().mid(pieces.at(c).first, pieces.at(c).second - pieces.at(c).first),
                        m_round, m_guideline)});
            }
        }
    }
    return result;
}

ChatJob PilotRun::jobFor(const PilotConfig::Annotator &annotator, const ChatRequest &request) const
{
    ChatJob job;
    job.endpoint = m_config.endpoint(annotator.endpoint)->endpoint;
    job.key = m_keys.value(annotator.endpoint);
    job.request = request;
    job.annotator = annotator.name;
    job.run = runTag(m_round);
    job.priority = annotator.name == u"supervisor" ? ChatJob::Priority::Supervisor : ChatJob::Priority::Bulk;
    return job;
}

ChatJob PilotRun::jobFor(const Item &item) const
{
    const PilotConfig::Annotator &annotator = m_config.annotators.at(item.annotator);
    ChatJob job = jobFor(annotator, annotatorRequest(annotator, item));
    job.useCache = !item.afresh;
    job.document = item.documentId;
    return job;
}

void PilotRun::start()
{
    if (m_endOnStart) {
        startFinal(*std::exchange(m_endOnStart, std::nullopt));
        return;
    }
    if (m_config.embeddings && !m_batchesEmbedded) {
        enter(State::Embedding);
        embedPool();
        return;
    }
    if (m_round >= m_roundLimit || m_round >= batches().size()) {
        startFinal(endOfRounds(m_round));
        return;
    }
    const auto [calls, tokens, cost] = estimate();
    Q_EMIT estimated(m_round, calls, tokens, cost);
    // A model without a price counts nothing here: the budget can only hold what is priced.
    if (m_config.budgetUsd && spent() + cost.usd > *m_config.budgetUsd) {
        // Stopped cleanly before spending: the guideline and all rounds so far stay.
        startFinal(FinishReason::Budget);
        return;
    }
    annotate();
}

void PilotRun::embedPool()
{
    if (m_embedder == nullptr) {
        m_embedder = new PoolEmbedder(m_scheduler, this);
        connect(m_embedder, &PoolEmbedder::callRecorded, this, [this](const LlmCallRecord &record) {
            ++m_embeddingStats.calls;
            m_embeddingStats.promptTokens += record.promptTokens;
            m_embeddingStats.cost += Cost::of(record.cost);
            Q_EMIT callRecorded(record);
        });
        connect(m_embedder, &PoolEmbedder::progress, this,
            [this](int done, int total) { Q_EMIT progress(Phase::Embed, done, total); });
        connect(m_embedder, &PoolEmbedder::failed, this, [this](const QString &message) {
            enter(State::Failed);
            Q_EMIT failed(message);
        });
        connect(m_embedder, &PoolEmbedder::finished, this, [this](const QList<QList<float>> &vectors) {
            m_batches = BatchSampler::sample(BatchSampler::fromDense(vectors), m_config.knobs.batchSize,
                m_roundLimit, m_config.knobs.seed);
            m_batchesEmbedded = true;
            if (!isCancelled()) {
                start();
            }
        });
    }
    const PilotConfig::Embeddings &embeddings = *m_config.embeddings;
    QStringList texts;
    texts.reserve(m_pool.size());
    for (const Document &document : m_pool) {
        texts.append(document.text());
    }
    m_embedder->start(m_config.endpoint(embeddings.endpoint)->endpoint, embeddings.model,
        m_keys.value(embeddings.endpoint), texts);
}

qint64 PilotRun::expectedOutputTokens() const
{
    qint64 seenCalls = 0;
    qint64 seenOutput = 0;
    for (const RoundSummary &round : m_history) {
        for (const RoundSummary::Annotator &annotator : round.annotators) {
            seenCalls += annotator.calls;
            seenOutput += annotator.completionTokens;
        }
    }
    return seenCalls > 0 ? seenOutput / seenCalls + 1 : m_config.knobs.maxOutputTokens;
}

std::tuple<qint64, qint64, Cost> PilotRun::estimate() const
{
    const qint64 output = expectedOutputTokens();
    qint64 calls = 0;
    qint64 tokens = 0;
    Cost cost;
    for (const auto &[annotator, document, prompt] : prompts()) {
        ChatRequest request;
        request.messages = {{u"user"_s, prompt}};
        const TokenUsage usage{request.estimatedPromptTokens(), output, 0};
        ++calls;
        tokens += usage.promptTokens + usage.completionTokens;
        for (const PilotConfig::Annotator &a : m_config.annotators) {
            if (a.name == annotator) {
                cost += Cost::of(m_config.prices.cost(a.model, usage));
            }
        }
    }
    if (m_round + 1 < m_roundLimit) { // the last round is not supervised
        const auto [supervisorCalls, supervisorTokens, supervisorCost] = supervisorEstimate();
        calls += supervisorCalls;
        tokens += supervisorTokens;
        cost += supervisorCost;
    }
    return {calls, tokens, cost};
}

std::tuple<qint64, qint64, Cost> PilotRun::supervisorEstimate() const
{
    // What it took last time it was called; before that a rough guess: phase 1, one phase 2 per
    // annotator, phases 3 and 4, each with a few thousand tokens of report and guideline.
    for (auto round = m_history.crbegin(); round != m_history.crend(); ++round) {
        if (round->supervisor.calls > 0) {
            return {round->supervisor.calls,
                round->supervisor.promptTokens + round->supervisor.completionTokens, round->supervisor.cost};
        }
    }
    const qint64 calls = 3 + m_config.annotators.size() - m_dropped.size();
    const TokenUsage perCall{4000, 2000, 0};
    return {calls, calls * (perCall.promptTokens + perCall.completionTokens),
        Cost::times(calls, m_config.prices.cost(m_config.supervisor.model, perCall))};
}

void PilotRun::carryRoundCost(const RoundSummary &round)
{
    m_embeddingStats = round.embeddings;
    m_carriedCost = round.annotators;
    m_carriedCost.append(round.supervisor);
}

double PilotRun::spent() const
{
    double total = 0.0;
    for (const RoundSummary &round : m_history) {
        for (const RoundSummary::Annotator &annotator : round.annotators) {
            total += annotator.cost.usd;
        }
        total += round.supervisor.cost.usd + round.embeddings.cost.usd;
    }
    return total + m_embeddingStats.cost.usd; // fetched, not yet in a round
}

void PilotRun::cancel()
{
    enter(State::Cancelled);
    if (m_embedder != nullptr) {
        m_embedder->cancel();
    }
    m_scheduler->cancelRun(runTag(m_round));
}

void PilotRun::clearAnnotations()
{
    m_layers.clear();
    m_mentionLoss.clear();
    m_failed.clear();
}

void PilotRun::annotate()
{
    enter(State::Annotating);
    clearAnnotations();
    m_stats.clear();
    for (const PilotConfig::Annotator &annotator : std::as_const(m_config.annotators)) {
        m_stats.insert(annotator.name, namedStats(annotator.name));
    }
    m_stats.insert(u"supervisor"_s, namedStats(u"supervisor"_s));
    for (const RoundSummary::Annotator &paid : std::exchange(m_carriedCost, {})) {
        if (const auto stats = m_stats.find(paid.name); stats != m_stats.end()) {
            stats->calls += paid.calls;
            stats->promptTokens += paid.promptTokens;
            stats->completionTokens += paid.completionTokens;
            stats->cost += paid.cost;
        }
    }
    QList<qsizetype> active;
    for (qsizetype a = 0; a < m_config.annotators.size(); ++a) {
        if (!m_dropped.contains(m_config.annotators.at(a).name)) {
            active.append(a);
        }
    }
    submit(active, batchDocuments());
}

void PilotRun::submit(const QList<qsizetype> &annotators, const QList<Document> &documents)
{
    m_items.clear();
    m_work = documents;
    m_itemsTotal = 0;
    m_itemsDone = 0;
    m_annotatorItems.clear();
    for (const qsizetype a : annotators) {
        m_layers.insert(m_config.annotators.at(a).name, DocumentSpans(documents.size()));
    }
    const bool labelling = m_state == State::FinalLabelling || m_state == State::Labelling;
    QList<Item> items = labelling
        ? itemsFor(annotators, documents, labellingRound(m_finalChoice.guidelineVersion), m_finalGuideline)
        : itemsFor(annotators, documents, m_round, m_guideline);
    // A corpus has a hundred thousand pieces: the ones to send afresh are looked up, not searched.
    QSet<QString> afresh;
    for (const FailedItem &piece : std::exchange(m_afresh, {})) {
        afresh.insert(piece.key());
    }
    for (Item &item : items) {
        const QString &annotator = m_config.annotators.at(item.annotator).name;
        item.afresh = !afresh.isEmpty()
            && afresh.contains(FailedItem::key(annotator, item.documentId, item.chunkStart));
        ++m_annotatorItems[annotator].second;
    }
    m_itemsTotal = int(items.size());
    Q_EMIT progress(labelling ? Phase::Label : Phase::Annotate, 0, m_itemsTotal);
    for (const qsizetype a : annotators) {
        const QString &name = m_config.annotators.at(a).name;
        Q_EMIT annotatorProgress(name, 0, m_annotatorItems.value(name).second);
    }
    for (const Item &item : std::as_const(items)) {
        m_items.insert(m_scheduler->submit(jobFor(item)), item);
    }
}

void PilotRun::onJobFinished(const quint64 id, const Scheduler::JobResult &result)
{
    if (m_supervisorJobs.contains(id)) {
        onSupervisorResult(m_supervisorJobs.take(id), result);
    } else if (m_items.contains(id)) {
        onAnnotatorReply(id, result);
    }
}

void PilotRun::onSupervisorResult(const SupervisorCall &sent, const Scheduler::JobResult &result)
{
    SupervisorCall call = sent;
    if (isCancelled() || result.call.status == CallResult::Status::Cancelled) {
        return;
    }
    call.requestHashes.append(result.requestHash);
    const auto fail = [this, &call](const QString &message) {
        // A resume asks again: read back from the cache, the same reply would stop it forever.
        forgetReplies(call.requestHashes);
        enter(State::Failed);
        Q_EMIT failed(u"supervisor (%1): %2"_s.arg(callName(call), message));
    };
    if (!result.call.isOk()) {
        if (result.call.isRetryable() && call.callAttempts < m_config.knobs.itemRetries) {
            ++call.callAttempts;
            sendSupervisor(call);
            return;
        }
        fail(result.call.errorString);
        return;
    }
    if (result.call.reply.wasCutOff()) {
        // Reasoning models spend the allowance thinking: once more with twice as much.
        const int allowance = call.request.maxOutputTokens;
        if (allowance > 0 && !call.lengthRetried) {
            call.lengthRetried = true;
            call.request.maxOutputTokens = 2 * allowance;
            sendSupervisor(call);
            return;
        }
        fail(cutOffMessage(allowance));
        return;
    }
    const QString &text = result.call.reply.text;
    const auto object = ReplyParser::extractObject(text);
    if (!object) {
        if (!askSupervisorAgain(
                call, text, u"Your answer could not be read. Answer again with the JSON object only."_s)) {
            fail(u"the reply is not a JSON object"_s);
        }
        return;
    }
    // JSON of another shape: said what is wrong, a model can mend it. The analyses of phases 1
    // and 2 pass on to phase 3 as they are (a model that ignores the schema writes them its own
    // way, and they still inform it); the guidelines of phases 3 and 4 must be readable.
    if (call.phase == SupervisorPhase::Generate || call.phase == SupervisorPhase::Organise) {
        const SupervisorPhases::Context context{
            &m_config, m_guideline, m_round, m_hotspotReport, m_elite, {}};
        const auto organised = SupervisorPhases::organisedGuideline(context, *object);
        if (!organised) {
            if (!askSupervisorAgain(call, text,
                    u"Your answer could not be read: %1. Answer again with the JSON object of the "
                    u"answer format only."_s.arg(organised.error()))) {
                fail(organised.error());
            }
            return;
        }
        if (call.phase == SupervisorPhase::Organise) {
            propose(*organised);
            return;
        }
    }
    onSupervisorReply(call, *object);
}

void PilotRun::onAnnotatorReply(const quint64 id, const Scheduler::JobResult &result)
{
    Item item = m_items.take(id);
    item.requestHashes.append(result.requestHash);
    const PilotConfig::Annotator &annotator = m_config.annotators.at(item.annotator);
    const Document &document = m_work.at(item.document);
    const auto fail = [&](const QString &error, const QString &raw) {
        forgetReplies(item.requestHashes); // the next labelling asks again, not the cache
        m_failed.append({annotator.name, document.id(), item.chunkStart, error, raw});
        ++m_stats[annotator.name].failedItems;
        Q_EMIT itemFailed(m_failed.last());
    };
    if (result.call.status == CallResult::Status::Cancelled) {
        return;
    }
    if (!result.call.isOk() && result.call.isRetryable() && item.itemAttempts < m_config.knobs.itemRetries) {
        // The scheduler gave up on this call; the item gets a fresh one (method.md: item retries).
        ++item.itemAttempts;
        m_items.insert(m_scheduler->submit(jobFor(item)), item);
        return;
    }
    const bool cutOff = result.call.isOk() && result.call.reply.wasCutOff();
    if (cutOff && !item.lengthRetried) {
        // Asked again once with twice the allowance (a new request, so not the cached cut-off).
        item.lengthRetried = true;
        // Never past what the model may be asked for (Claude 3.5 rejects more than 8192).
        const int modelMaximum = ModelCapabilities::forModel(annotator.model).maxOutputTokens;
        item.outputAllowance = 2 * allowanceOf(item);
        if (modelMaximum > 0) {
            item.outputAllowance = std::min(item.outputAllowance, modelMaximum);
        }
        m_items.insert(m_scheduler->submit(jobFor(item)), item);
        return;
    }
    if (!result.call.isOk()) {
        fail(result.call.errorString, QString::fromUtf8(result.call.body));
    } else if (cutOff) {
        fail(cutOffMessage(allowanceOf(item)), result.call.reply.text);
    } else {
        auto parsed = ReplyParser::parse(result.call.reply.text, m_config.scheme.codes());
        if (!parsed && item.jsonAttempts < m_config.knobs.jsonRetries) {
            // Ask again in the same conversation, for JSON only.
            ++item.jsonAttempts;
            item.conversation.append({u"assistant"_s, result.call.reply.text});
            item.conversation.append({u"user"_s,
                u"Your answer could not be read (%1). Answer again with the JSON "
                u"object only: {\"entities\": [...]}."_s.arg(parsed.error())});
            m_items.insert(m_scheduler->submit(jobFor(item)), item);
            return;
        }
        if (!parsed) {
            fail(parsed.error(), result.call.reply.text);
        } else {
            place(item, annotator.name, parsed->mentions);
        }
    }
    ++m_itemsDone;
    const bool labelling = m_state == State::FinalLabelling || m_state == State::Labelling;
    Q_EMIT progress(labelling ? Phase::Label : Phase::Annotate, m_itemsDone, m_itemsTotal);
    auto &[annotatorDone, annotatorTotal] = m_annotatorItems[annotator.name];
    Q_EMIT annotatorProgress(annotator.name, ++annotatorDone, annotatorTotal);
    if (m_itemsDone == m_itemsTotal && !isCancelled()) {
        if (m_state == State::Replaying) {
            enter(State::Idle);
            Q_EMIT roundReplayed(m_round);
        } else if (labelling) {
            finishFinal();
        } else {
            analyse();
        }
    }
}

void PilotRun::place(const Item &item, const QString &annotator, const QList<ReplyParser::Mention> &mentions)
{
    const Document &document = m_work.at(item.document);
    const MentionAligner::Result aligned = MentionAligner::align(item.chunkText, mentions);
    LossReport &loss = m_mentionLoss[annotator];
    for (const MentionAligner::Issue &issue : aligned.issues) {
        // One pass of arg(): a model's mention may hold "%1" itself.
        if (issue.kind == MentionAligner::Issue::Kind::NotFound) {
            loss.add({QString::fromLatin1(MentionAligner::notFoundReason), document.id(), 0,
                u"\"%1\" (%2): not in the text of the piece at %3"_s.arg(
                    issue.mention.text, issue.mention.type, QString::number(item.chunkStart))});
        } else {
            loss.add({QString::fromLatin1(MentionAligner::ambiguousReason), document.id(), 0,
                u"\"%1\" (%2): %3 places fit as well; one was taken"_s.arg(
                    issue.mention.text, issue.mention.type, QString::number(issue.candidates))});
        }
    }
    QList<Span> placed = aligned.spans;
    for (Span &span : placed) {
        span.start += item.chunkStart; // back to the document's offsets
        span.end += item.chunkStart;
    }
    const QList<MentionAligner::Widening> widened = MentionAligner::snapToTokens(placed, document);
    m_stats[annotator].snapped += widened.size();
    const QString &text = document.text();
    for (const auto &[before, after] : widened) {
        loss.add({QString::fromLatin1(MentionAligner::snappedReason), document.id(), 0,
            u"\"%1\" (%2) at %3-%4 widened to the whole tokens \"%5\" at %6-%7"_s.arg(
                text.mid(before.start, before.end - before.start), before.type, QString::number(before.start),
                QString::number(before.end), text.mid(after.start, after.end - after.start),
                QString::number(after.start), QString::number(after.end))});
    }
    QList<Span> &spans = m_layers[annotator][item.document];
    spans.append(placed);
    std::ranges::sort(spans);
    spans.erase(std::unique(spans.begin(), spans.end()), spans.end());
}

void PilotRun::replayRound(const RoundSummary &round, const Guideline &guideline)
{
    m_round = round.round;
    m_guideline = guideline;
    enter(State::Replaying);
    clearAnnotations();
    m_stats.clear();
    const QStringList names = round.annotatorNames();
    QList<qsizetype> annotators;
    for (qsizetype a = 0; a < m_config.annotators.size(); ++a) {
        const QString &name = m_config.annotators.at(a).name;
        if (names.contains(name)) {
            annotators.append(a);
            m_stats.insert(name, namedStats(name));
        }
    }
    QList<Document> documents;
    for (const qsizetype index : round.batch) {
        if (index >= 0 && index < m_pool.size()) {
            documents.append(m_pool.at(index));
        }
    }
    submit(annotators, documents);
    if (m_itemsTotal == 0) { // nothing to ask: done, from the event loop like every answer
        QMetaObject::invokeMethod(
            this,
            [this] {
                enter(State::Idle);
                Q_EMIT roundReplayed(m_round);
            },
            Qt::QueuedConnection);
    }
}

void PilotRun::analyse()
{
    enter(State::Analysing);
    Q_EMIT progress(Phase::Analyse, 0, 1);
    const QList<Document> documents = batchDocuments();
    const TokenGrid grid(documents);
    // A document an annotator could not (wholly) label is left out of its pairs and its error
    // report, never read as "no entities" (method.md section 3).
    QHash<QString, qsizetype> documentIndex;
    for (qsizetype d = 0; d < documents.size(); ++d) {
        documentIndex.insert(documents.at(d).id(), d);
    }
    QList<AnnotatorLayer> layers;
    for (const PilotConfig::Annotator &annotator : std::as_const(m_config.annotators)) {
        if (!m_dropped.contains(annotator.name)) {
            AnnotatorLayer layer{annotator.name, m_layers.value(annotator.name)};
            for (const FailedItem &failure : std::as_const(m_failed)) {
                if (failure.annotator == annotator.name && documentIndex.contains(failure.document)) {
                    layer.missing.insert(documentIndex.value(failure.document));
                }
            }
            layers.append(layer);
        }
    }
    std::optional<DocumentSpans> gold;
    if (m_gold) {
        DocumentSpans batchGold;
        for (const qsizetype index : batches().at(m_round)) {
            batchGold.append(m_gold->value(index));
        }
        gold = batchGold;
    }
    // The options the workbench shows the round with too (PilotConfig::Knobs::analysisOptions).
    const CorpusAnalysis::Options options = m_config.knobs.analysisOptions(m_round);
    const AgreementResult agreement = AgreementAnalysis::compute(grid, layers, gold, options.agreement);
    const DisagreementResult disagreement =
        DisagreementAnalysis::analyse(grid, layers, agreement.weights, agreement.elite, options.hotspots);
    const ReportWriter::Options reportOptions{.seed = m_config.knobs.seed + quint64(m_round),
        .examplesPerSubtype = m_config.knobs.examplesPerSubtype,
        .examplesPerCategory = m_config.knobs.examplesPerCategory,
        .context = m_config.knobs.contextTokens};
    m_hotspotReport = ReportWriter::hotspotReport(grid, disagreement, reportOptions);
    const bool goldReference =
        m_config.knobs.reference == PilotConfig::ErrorReference::Gold && gold.has_value();
    const DocumentSpans reference = goldReference
        ? *gold
        : Aggregator::aggregate(
            grid, layers, {.method = Aggregator::Method::Plurality, .minVotes = 0, .weights = {}});
    m_annotatorReports.clear();
    for (const AnnotatorLayer &layer : std::as_const(layers)) {
        DocumentSpans labelled = layer.spans;
        DocumentSpans against = reference;
        for (const qsizetype d : layer.missing) {
            if (d < labelled.size() && d < against.size()) {
                labelled[d].clear();
                against[d].clear();
            }
        }
        m_annotatorReports.insert(layer.name,
            ReportWriter::annotatorReport(grid, layer.name,
                goldReference ? u"gold"_s : u"the majority vote"_s, ErrorAnalysis::compare(against, labelled),
                reportOptions));
    }
    m_elite = agreement.elite;

    RoundSummary summary;
    summary.round = m_round;
    summary.poolAgreement = agreement.pool;
    summary.poolSamples = agreement.poolSamples;
    summary.embeddings = std::exchange(m_embeddingStats, {});
    summary.embeddings.name = u"embeddings"_s;
    for (qsizetype i = 0; i < layers.size(); ++i) {
        for (qsizetype j = i + 1; j < layers.size(); ++j) {
            // A pair with no document both labelled measured nothing: no figure, not an F1 of 0.
            summary.pairs.append({layers.at(i).name, layers.at(j).name,
                agreement.isMeasured(i, j) ? std::optional(agreement.f1.at(i).at(j)) : std::nullopt});
        }
    }
    const ReliabilityResult reliability = ReliabilityAnalysis::compute(grid, layers, *options.reliability);
    summary.alphaBio = reliability.alpha.bio;
    summary.alphaType = reliability.alpha.type;
    summary.fleissBio = reliability.fleiss.bio.value;
    summary.fleissType = reliability.fleiss.type.value;
    summary.elite = agreement.elite;
    summary.batch = batches().at(m_round);
    summary.failures = m_failed;
    summary.guidelineVersion = m_guideline.version;
    for (qsizetype l = 0; l < layers.size(); ++l) {
        RoundSummary::Annotator stats = m_stats.value(layers.at(l).name);
        // Measured against no other annotator, or on no gold document: no figure, never 0.
        stats.meanAgreement = agreement.hasMean(l) ? std::optional(agreement.mean.at(l)) : std::nullopt;
        stats.leftOut = agreement.leftOut.at(l);
        stats.f1 = agreement.hasGoldF1(l) ? std::optional(agreement.goldF1.at(l)) : std::nullopt;
        summary.annotators.append(stats);
    }
    if (m_config.knobs.annotatorDropping && m_round >= 2) {
        // From round 2 on, drop the one that agrees least if it is at least 0.1 below the pool,
        // keeping four: one a round, as the reference does, so each drop is measured before the next.
        // One measured against nobody has no agreement to be lowest by.
        const auto lowest =
            std::ranges::min_element(summary.annotators, {}, [](const RoundSummary::Annotator &a) {
                return a.meanAgreement.value_or(std::numeric_limits<double>::infinity());
            });
        if (summary.annotators.size() > 4 && lowest != summary.annotators.end() && lowest->meanAgreement
            && *lowest->meanAgreement <= summary.poolAgreement - 0.1) {
            summary.dropped.append(lowest->name);
            m_dropped.append(lowest->name);
            // The same resamples over the annotators kept: what the next round is measured against.
            QList<AnnotatorLayer> kept = layers;
            kept.removeIf(
                [&summary](const AnnotatorLayer &layer) { return summary.dropped.contains(layer.name); });
            summary.keptSamples =
                AgreementAnalysis::compute(grid, kept, std::nullopt, options.agreement).poolSamples;
        }
    }
    // A round after a proposal rejected whole ran the same guideline: no evidence either way.
    if (!m_history.isEmpty() && m_history.last().changesAccepted > 0) {
        summary.measureImprovementOver(m_history.last());
    }
    m_history.append(summary);
    Q_EMIT roundAnalysed(summary);
    if (isCancelled()) {
        return; // a receiver stopped the run (the round could not be saved, say)
    }

    if (m_round + 1 >= m_roundLimit || m_round + 1 >= batches().size()) {
        startFinal(endOfRounds(m_round + 1));
        return;
    }
    // Different batches differ in difficulty: only an improvement whose whole interval lies
    // below the margin says the guideline stopped helping.
    if (summary.plateaued(m_config.knobs.stopMargin)) {
        startFinal(FinishReason::Plateau);
        return;
    }
    supervise();
}

std::optional<FinalChoice> PilotRun::chooseFinal() const
{
    return FinalChoice::choose(m_history);
}

std::optional<Guideline> PilotRun::guidelineVersion(const int version) const
{
    return m_versions.contains(version) ? std::optional(m_versions.value(version)) : std::nullopt;
}

void PilotRun::setGuidelineVersions(const QList<Guideline> &versions)
{
    for (const Guideline &guideline : versions) {
        m_versions.insert(guideline.version, guideline);
    }
}

QList<PilotRun::Item> PilotRun::itemsFor(const QList<qsizetype> &annotators, const QList<Document> &documents,
    const int round, const Guideline &guideline) const
{
    QList<Item> items;
    for (const qsizetype a : annotators) {
        for (qsizetype d = 0; d < documents.size(); ++d) {
            for (const auto &[start, end] : chunks(documents.at(d))) {
                const QString text = documents.at(d).text().mid(start, end - start);
                items.append(Item{.annotator = a,
                    .document = d,
                    .documentId = documents.at(d).id(),
                    .chunkStart = start,
                    .chunkText = text,
                    .conversation = {{u"user"_s, promptFor(a, text, round, guideline)}},
                    .jsonAttempts = 0,
                    .itemAttempts = 0,
                    .afresh = false});
            }
        }
    }
    return items;
}

int PilotRun::labellingRound(const int version) const
{
    // Prompted as in the round that ran under the version, a document of its batch is the same
    // request again: answered from the cache, not paid twice.
    const std::optional<FinalChoice> ran = FinalChoice::forVersion(m_history, version);
    return ran && ran->round >= 0 ? ran->round : int(m_history.size());
}

QList<ChatJob> PilotRun::labellingJobs(const QString &annotatorName, const int version) const
{
    // Exactly what startLabelling() will submit, so that a batch's answers are its cache hits.
    QList<ChatJob> jobs;
    const Guideline guideline = m_versions.value(version, m_guideline);
    for (qsizetype a = 0; a < m_config.annotators.size(); ++a) {
        if (m_config.annotators.at(a).name == annotatorName) {
            for (const Item &item : itemsFor({a}, m_pool, labellingRound(version), guideline)) {
                jobs.append(jobFor(item));
            }
        }
    }
    return jobs;
}

QList<ChatJob> PilotRun::stageJobs(
    const QStringList &annotators, const int version, const QList<qsizetype> &documents) const
{
    // Prompted as labellingJobs() prompts: a document labelled before is answered from the cache.
    QList<qsizetype> indices;
    for (qsizetype a = 0; a < m_config.annotators.size(); ++a) {
        if (annotators.contains(m_config.annotators.at(a).name)) {
            indices.append(a);
        }
    }
    QList<Document> work;
    for (const qsizetype d : documents) {
        work.append(m_pool.at(d));
    }
    QList<ChatJob> jobs;
    for (const Item &item :
        itemsFor(indices, work, labellingRound(version), m_versions.value(version, m_guideline))) {
        jobs.append(jobFor(item));
    }
    return jobs;
}

bool PilotRun::startStage(const QStringList &annotators, const int version, const QList<qsizetype> &documents)
{
    // const: a non-const begin() would detach the shared list while cend() points into the old one.
    const QList<PilotConfig::Annotator> &configured = m_config.annotators;
    QList<qsizetype> indices;
    for (const QString &name : annotators) {
        const auto found = std::ranges::find(configured, name, &PilotConfig::Annotator::name);
        if (found == configured.cend()) {
            return false;
        }
        indices.append(found - configured.cbegin());
    }
    if (!m_versions.contains(version)) {
        return false;
    }
    enter(State::Labelling);
    m_finalChoice = FinalChoice{};
    m_finalChoice.guidelineVersion = version;
    m_finalChoice.annotator = annotators.value(0);
    m_finalGuideline = m_versions.value(version);
    m_stage = documents;
    QList<Document> work;
    for (const qsizetype d : documents) {
        work.append(m_pool.at(d));
    }
    clearAnnotations();
    submit(indices, work);
    if (m_itemsTotal == 0) {
        // Nothing to ask (no document, or no annotator): the stage is done, said after this returns.
        QMetaObject::invokeMethod(this, &PilotRun::finishFinal, Qt::QueuedConnection);
    }
    return true;
}

bool PilotRun::startLabelling(const FinalChoice &choice)
{
    if (!m_versions.contains(choice.guidelineVersion)
        || std::ranges::find(m_config.annotators, choice.annotator, &PilotConfig::Annotator::name)
            == m_config.annotators.cend()) {
        return false;
    }
    enter(State::Labelling);
    labelPool(choice);
    return true;
}

void PilotRun::labelPool(const FinalChoice &choice)
{
    m_stage.reset();
    m_finalChoice = choice;
    m_finalGuideline = m_versions.value(choice.guidelineVersion);
    qsizetype index = 0;
    for (qsizetype a = 0; a < m_config.annotators.size(); ++a) {
        if (m_config.annotators.at(a).name == choice.annotator) {
            index = a;
        }
    }
    clearAnnotations(); // the rounds' failures stay in their summaries
    submit({index}, m_pool);
}

void PilotRun::startFinal(const FinishReason reason)
{
    m_finishReason = reason;
    m_finalNote.clear();
    m_finalOutcome = FinalOutcome::Skipped;
    const std::optional<FinalChoice> choice = chooseFinal();
    if (!m_config.knobs.finalLabelling) {
        m_finalNote = u"final_labelling is off in the configuration"_s;
    } else if (!choice) {
        m_finalNote = u"no round was analysed, so no annotator can be chosen"_s;
    } else if (!m_versions.contains(choice->guidelineVersion)) {
        m_finalNote =
            u"guideline v%1, chosen by the rounds, is not in the project"_s.arg(choice->guidelineVersion);
    } else if (m_config.budgetUsd) {
        const double cost = labellingCost(*choice).usd;
        if (spent() + cost > *m_config.budgetUsd) {
            m_finalNote = u"labelling the pool would cost about %1 USD more, beyond the budget of %2 USD"_s
                              .arg(cost, 0, 'f', 4)
                              .arg(*m_config.budgetUsd, 0, 'f', 2);
        }
    }
    if (!m_finalNote.isEmpty()) {
        enter(State::Finished);
        Q_EMIT finished(reason);
        return;
    }
    m_finalOutcome = FinalOutcome::NotYet;
    enter(State::FinalLabelling);
    labelPool(*choice);
}

void PilotRun::finishFinal()
{
    if (m_stage) {
        const QList<qsizetype> documents = *std::exchange(m_stage, std::nullopt);
        const RoundLayers layers = m_layers; // a copy: a slot may start the next stage
        enter(State::Idle); // the pilot goes on where it was
        Q_EMIT stageLabelled(layers, documents);
        Q_EMIT labellingFinished();
        return;
    }
    // Every piece failed: there are no labels to keep, and an empty layer would read as "no entities".
    if (!m_failed.isEmpty() && m_failed.size() == m_itemsTotal) {
        m_finalOutcome = FinalOutcome::Failed;
        m_finalNote = u"every one of its %1 pieces failed (the first: %2)"_s.arg(m_itemsTotal)
                          .arg(m_failed.first().error);
    } else {
        m_finalOutcome = FinalOutcome::Done;
        const DocumentSpans spans = m_layers.value(m_finalChoice.annotator);
        std::optional<double> f1;
        if (m_gold) {
            // A document with a failed piece was not labelled: scored, it would read as "no entities".
            const QSet<QString> unlabelled = failedDocuments();
            DocumentSpans gold;
            DocumentSpans labelled;
            for (qsizetype i = 0; i < m_work.size() && i < m_gold->size(); ++i) {
                if (!unlabelled.contains(m_work.at(i).id())) {
                    gold.append(m_gold->at(i));
                    labelled.append(spans.value(i));
                }
            }
            f1 = SpanScorer::score(gold, labelled).overall.f1();
        }
        Q_EMIT finalLabelled(m_finalChoice, spans, f1);
    }
    if (m_state == State::Labelling) {
        enter(State::Idle); // the pilot goes on where it was
        Q_EMIT labellingFinished();
        return;
    }
    enter(State::Finished);
    Q_EMIT finished(m_finishReason);
}

void PilotRun::supervise()
{
    enter(State::Supervising);
    m_patterns = {};
    m_analyses.clear();
    Q_EMIT progress(Phase::Supervise, 0, 4);
    SupervisorPhases::Context context{&m_config, m_guideline, m_round, m_hotspotReport, m_elite, {}};
    submitSupervisor(SupervisorPhases::patternAnalysis(context), SupervisorPhase::Patterns);
}

void PilotRun::submitSupervisor(
    const ChatRequest &request, const SupervisorPhase phase, const QString &annotator)
{
    sendSupervisor({phase, annotator, request, 0, 0, false, {}});
}

void PilotRun::sendSupervisor(const SupervisorCall &call)
{
    m_supervisorJobs.insert(m_scheduler->submit(jobFor(m_config.supervisor, call.request)), call);
}

QString PilotRun::callName(const SupervisorCall &call)
{
    switch (call.phase) {
    case SupervisorPhase::Patterns:
        return u"patterns"_s;
    case SupervisorPhase::Annotator:
        return u"annotator "_s + call.annotator;
    case SupervisorPhase::Generate:
        return u"generate"_s;
    case SupervisorPhase::Organise:
        return u"organise"_s;
    }
    return {};
}

void PilotRun::onSupervisorReply(const SupervisorCall &call, const QJsonObject &reply)
{
    SupervisorPhases::Context context{&m_config, m_guideline, m_round, m_hotspotReport, m_elite, {}};
    switch (call.phase) {
    case SupervisorPhase::Patterns:
        m_patterns = reply;
        Q_EMIT progress(Phase::Supervise, 1, 4);
        m_analysesPending = 0;
        for (const PilotConfig::Annotator &annotator : std::as_const(m_config.annotators)) {
            // The elite get analysed, and so instructions of their own, only when the knob says so.
            const bool analysed = !m_elite.contains(annotator.name) || m_config.knobs.eliteInstructions;
            if (analysed && !m_dropped.contains(annotator.name)) {
                ++m_analysesPending;
                submitSupervisor(SupervisorPhases::annotatorAnalysis(context, annotator.name,
                                     m_annotatorReports.value(annotator.name), m_patterns),
                    SupervisorPhase::Annotator, annotator.name);
            }
        }
        if (m_analysesPending == 0) {
            submitSupervisor(SupervisorPhases::instructionGeneration(context, m_patterns, m_analyses),
                SupervisorPhase::Generate);
        }
        break;
    case SupervisorPhase::Annotator:
        m_analyses.insert(call.annotator, reply);
        if (--m_analysesPending == 0) {
            Q_EMIT progress(Phase::Supervise, 2, 4);
            submitSupervisor(SupervisorPhases::instructionGeneration(context, m_patterns, m_analyses),
                SupervisorPhase::Generate);
        }
        break;
    case SupervisorPhase::Generate:
        Q_EMIT progress(Phase::Supervise, 3, 4);
        submitSupervisor(SupervisorPhases::organisation(context, reply), SupervisorPhase::Organise);
        break;
    case SupervisorPhase::Organise:
        break; // propose() took it
    }
}

bool PilotRun::askSupervisorAgain(SupervisorCall call, const QString &reply, const QString &why)
{
    if (call.jsonAttempts >= m_config.knobs.jsonRetries) {
        return false;
    }
    // Asked again in the same conversation: the same request would come from the cache. A new
    // request: its own retries of a failed call or a cut-off reply.
    ++call.jsonAttempts;
    call.callAttempts = 0;
    call.lengthRetried = false;
    call.request.messages.append({u"assistant"_s, reply});
    call.request.messages.append({u"user"_s, why});
    sendSupervisor(call);
    return true;
}

void PilotRun::propose(const SupervisorReply::Organised &organised)
{
    Q_EMIT progress(Phase::Supervise, 4, 4);
    Proposal proposal =
        Proposal::between(m_guideline, organised.guideline, m_round, m_config.knobs.goalRewriting);
    proposal.patterns = m_patterns.value(u"patterns"_s).toArray(); // what a reviewer weighs them by
    proposal.unmatched = organised.unmatched;
    if (!m_history.isEmpty()) {
        m_history.last().supervisor = m_stats.value(u"supervisor"_s);
    }
    if (proposal.changes.isEmpty()) {
        // Nothing to decide: the guideline stands, and the run ends as every run ends.
        Q_EMIT nothingProposed(proposal);
        startFinal(FinishReason::NothingProposed);
        return;
    }
    enter(State::AwaitingDecision);
    Q_EMIT proposalReady(proposal);
}

void PilotRun::decide(const Proposal &decided)
{
    const QList<int> undecided = decided.undecided();
    if (!undecided.isEmpty()) {
        Q_EMIT failed(u"changes not decided: %1"_s.arg(QString::number(undecided.first())));
        return;
    }
    int accepted = 0;
    for (const ProposalChange &change : decided.changes) {
        accepted += change.decision == ProposalChange::Decision::Accepted
                || change.decision == ProposalChange::Decision::Edited
            ? 1
            : 0;
    }
    if (!m_history.isEmpty()) {
        m_history.last().changesAccepted = accepted;
    }
    // Only accepted changes make a new version; a proposal rejected whole leaves the guideline be.
    if (accepted > 0) {
        m_guideline = decided.apply(m_guideline);
        m_versions.insert(m_guideline.version, m_guideline);
    }
    Q_EMIT guidelineChanged(m_guideline, decided);
    ++m_round;
    start();
}

} // namespace Workbench::Core
