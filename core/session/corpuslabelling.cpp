// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "session/corpuslabelling.h"

#include "store/batchrepository.h"
#include "store/calllogrepository.h"
#include "store/layerrepository.h"
#include "store/pilotrepository.h"
#include "store/roundlayerrepository.h"

#include <cmath>
#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

QJsonObject CorpusLabelling::Estimate::toJson() const
{
    QJsonObject json{{u"calls"_s, calls}, {u"cached"_s, cached}, {u"tokens"_s, tokens},
        {u"interactive_usd"_s, interactive}, {u"batch_usd"_s, batch}, {u"unpriced_calls"_s, unpriced}};
    if (escalationShare) {
        json.insert(u"escalation_share"_s, *escalationShare);
        json.insert(u"escalation_measured_on"_s, escalationMeasuredOn);
    }
    return json;
}

QString CorpusLabelling::cascadeLayerName()
{
    return u"cascade"_s;
}

CorpusLabelling::CorpusLabelling(
    ProjectStore &store, QHash<QString, QString> keys, QString directory, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_keys(std::move(keys))
    , m_directory(std::move(directory))
{
}

CorpusLabelling::~CorpusLabelling() = default;

std::expected<void, QString> CorpusLabelling::open()
{
    PilotRepository repository(m_store);
    const auto run = repository.run();
    if (!run) {
        return std::unexpected(u"no pilot in this project"_s);
    }
    auto config = PilotConfig::fromJson(run->second);
    if (!config) {
        return std::unexpected(config.error());
    }
    m_config = *config;
    m_config.prices = m_config.prices.mergedWith(m_priceOverrides);
    m_session = std::make_unique<PilotSession>(m_store, m_directory, m_config, run->first);
    auto created = m_session->createRun(m_keys);
    if (!created) {
        return std::unexpected(created.error());
    }
    m_run = std::move(*created);
    // Every round analysed so far, and every version of the guideline (one of them labels).
    m_run->resume(repository.latestGuideline().value_or(Guideline{}), repository.rounds(run->first));
    connect(m_run.get(), &PilotRun::progress, this, &CorpusLabelling::progress);
    connect(m_run.get(), &PilotRun::annotatorProgress, this, &CorpusLabelling::annotatorProgress);
    connect(m_run.get(), &PilotRun::itemFailed, this, &CorpusLabelling::itemFailed);
    connect(m_session.get(), &PilotSession::callLogged, this, &CorpusLabelling::callLogged);
    connect(m_run.get(), &PilotRun::finalLabelled, this,
        [this](
            const FinalChoice &, const DocumentSpans &spans, std::optional<double>) { m_labelled = spans; });
    connect(m_run.get(), &PilotRun::stageLabelled, this, &CorpusLabelling::onStageLabelled);
    connect(m_run.get(), &PilotRun::labellingFinished, this, [this] {
        if (isCascade()) {
            // Queued: the next stage may replace the batch session whose signal led here.
            QMetaObject::invokeMethod(this, &CorpusLabelling::onCascadeStageDone, Qt::QueuedConnection);
            return;
        }
        m_done = true;
        Q_EMIT finished(Outcome{true, m_labelled, m_run->failedItems(), batches(), std::nullopt});
    });
    connect(m_session.get(), &PilotSession::stopped, this,
        [this](PilotSession::Outcome outcome, const QString &detail) {
            if (outcome == PilotSession::Outcome::Failed && !m_done) {
                m_done = true;
                Q_EMIT failed(detail);
            }
        });
    return {};
}

std::expected<void, QString> CorpusLabelling::choose(
    const QString &annotator, const std::optional<int> version)
{
    // const: a non-const begin() would detach the shared list while cend() points into the old one.
    const QList<PilotConfig::Annotator> &annotators = m_config.annotators;
    if (!annotator.isEmpty()
        && std::ranges::find(annotators, annotator, &PilotConfig::Annotator::name) == annotators.cend()) {
        return std::unexpected(u"no annotator '%1' in the configuration"_s.arg(annotator));
    }
    const std::optional<FinalChoice> overall = m_run->chooseFinal();
    std::optional<FinalChoice> choice;
    if (version) {
        choice = FinalChoice::forVersion(m_run->history(), *version, annotator);
    } else if (!annotator.isEmpty()) {
        // The rounds' version, or the newest when no round has been analysed to choose one.
        choice = FinalChoice::forVersion(
            m_run->history(), overall ? overall->guidelineVersion : m_run->guideline().version, annotator);
    } else {
        choice = overall;
    }
    if (!choice) {
        return std::unexpected(u"no round has been analysed to choose the annotator from; name one"_s);
    }
    // The user's version, or the one the rounds chose: either must be in the project.
    if (!m_run->guidelineVersion(choice->guidelineVersion)) {
        return std::unexpected(
            u"no guideline v%1 in the project (it has v0 to v%2)"_s.arg(choice->guidelineVersion)
                .arg(PilotRepository(m_store).latestGuideline().value_or(Guideline{}).version));
    }
    m_choice = *choice;
    m_jobs = m_run->labellingJobs(m_choice.annotator, m_choice.guidelineVersion);
    m_first = 0;
    m_order.clear();
    return {};
}

std::expected<void, QString> CorpusLabelling::chooseCascade(const int first, const std::optional<int> version)
{
    const QList<RoundSummary> &history = m_run->history();
    if (history.isEmpty()) {
        return std::unexpected(u"no round has been analysed to order the annotators by"_s);
    }
    // The last round's agreement, most agreeing first; an annotator without a figure last, and
    // one no longer configured or dropped after the round not at all.
    const RoundSummary &last = history.last();
    QList<RoundSummary::Annotator> measured;
    for (const RoundSummary::Annotator &annotator : last.annotators) {
        if (!last.dropped.contains(annotator.name)
            && std::ranges::find(
                   std::as_const(m_config.annotators), annotator.name, &PilotConfig::Annotator::name)
                != m_config.annotators.cend()) {
            measured.append(annotator);
        }
    }
    std::ranges::stable_sort(
        measured, [](const RoundSummary::Annotator &a, const RoundSummary::Annotator &b) {
            return a.meanAgreement.value_or(-1.0) > b.meanAgreement.value_or(-1.0);
        });
    if (first < 1 || first > measured.size()) {
        return std::unexpected(u"the cascade's first %1 need as many annotators; round %2 had %3"_s.arg(first)
                                   .arg(last.round)
                                   .arg(measured.size()));
    }
    if (auto chosen = choose({}, version); !chosen) {
        return chosen;
    }
    // The version as the rounds (or the user) chose it; the annotators by the last round.
    m_choice.annotator = measured.first().name;
    m_choice.annotatorAgreement = measured.first().meanAgreement;
    m_choice.reason = (version ? u"guideline v%1 as chosen"_s.arg(*version)
                               : u"guideline v%1, under which round %2 had the highest pool agreement (%3)"_s
                                     .arg(m_choice.guidelineVersion)
                                     .arg(m_choice.round)
                                     .arg(m_choice.poolAgreement, 0, 'f', 3))
        + u"; the annotators in the order of their agreement in round %1, the last"_s.arg(last.round);
    m_order.clear();
    for (const RoundSummary::Annotator &annotator : std::as_const(measured)) {
        m_order.append(annotator.name);
    }
    m_first = first;
    m_jobs = m_run->stageJobs(m_order.first(first), m_choice.guidelineVersion, cascadeStage(0).second);
    return {};
}

std::pair<QStringList, QList<qsizetype>> CorpusLabelling::cascadeStage(const int stage) const
{
    if (stage == 0) {
        QList<qsizetype> all(m_run->pool().size());
        std::iota(all.begin(), all.end(), qsizetype(0));
        return {m_order.first(m_first), all};
    }
    return {m_order.mid(m_first), m_escalated};
}

std::optional<std::pair<qsizetype, qsizetype>> CorpusLabelling::pilotDisagreement(const int first) const
{
    const auto run = PilotRepository(m_store).run();
    const auto roundLayers = RoundLayerRepository(m_store).list();
    if (!run || !roundLayers) {
        return std::nullopt;
    }
    const QStringList firstNames = m_order.first(std::min<qsizetype>(first, m_order.size()));
    const qsizetype documentCount = m_run->pool().size();
    qsizetype disputed = 0;
    qsizetype documents = 0;
    for (const RoundSummary &round : m_run->history()) {
        QList<AnnotatorLayer> layers;
        QList<qsizetype> batch;
        for (const QString &name : firstNames) {
            for (const RoundLayerRepository::RoundLayer &layer : *roundLayers) {
                if (layer.origin.runId == run->first && layer.origin.round == round.round
                    && layer.origin.annotator == name) {
                    const auto spans = LayerRepository(m_store).spans(layer.layerId, documentCount);
                    if (spans) {
                        layers.append({name, *spans, layer.origin.uncovered(documentCount)});
                        batch = layer.origin.batch;
                    }
                }
            }
        }
        if (layers.size() != firstNames.size() || batch.isEmpty()) {
            continue; // one of them did not take part
        }
        const QSet<qsizetype> escalated = Cascade::disputed(layers, documentCount);
        for (const qsizetype d : std::as_const(batch)) {
            disputed += escalated.contains(d) ? 1 : 0;
        }
        documents += batch.size();
    }
    if (documents == 0) {
        return std::nullopt;
    }
    return std::pair{disputed, documents};
}

std::expected<void, QString> CorpusLabelling::checkEngine(const Engine engine) const
{
    if (engine == Engine::Interactive) {
        return {};
    }
    const QList<PilotConfig::Annotator> &annotators = m_config.annotators;
    // A cascade sends every stage through the engine: every annotator of it must speak its API.
    for (const QString &name : isCascade() ? m_order : QStringList{m_choice.annotator}) {
        const auto annotator = std::ranges::find(annotators, name, &PilotConfig::Annotator::name);
        if (annotator == annotators.cend()) {
            return std::unexpected(u"no annotator chosen to label with; choose one first"_s);
        }
        const Endpoint &endpoint = m_config.endpoint(annotator->endpoint)->endpoint;
        const ApiStyle wanted = engine == Engine::AnthropicBatch ? ApiStyle::Anthropic : ApiStyle::OpenAi;
        if (endpoint.style != wanted) {
            return std::unexpected(
                u"annotator %1 is served by endpoint %2, which does not speak the %3 API"_s.arg(
                    name, endpoint.id, wanted == ApiStyle::Anthropic ? u"anthropic"_s : u"openai"_s));
        }
    }
    return {};
}

void CorpusLabelling::retryAfresh(const QList<FailedItem> &pieces)
{
    m_run->retryAfresh(pieces);
}

CorpusLabelling::Estimate CorpusLabelling::estimate() const
{
    const qint64 output = m_run->expectedOutputTokens();
    const CallLogRepository log(m_store);
    // \a share of \a jobs: the later annotators of a cascade label only the escalated documents.
    const auto count = [&](const QList<ChatJob> &jobs, const double share, Estimate &result) {
        double calls = 0;
        double cached = 0;
        double tokens = 0;
        double unpriced = 0;
        for (const ChatJob &job : jobs) {
            calls += share;
            if (log.cachedResponse(Scheduler::requestHash(job.endpoint, job.request))) {
                cached += share;
                continue;
            }
            const TokenUsage usage{job.request.estimatedPromptTokens(), output, 0};
            tokens += share * double(usage.promptTokens + usage.completionTokens);
            const auto interactive = m_config.prices.cost(job.request.model, usage);
            result.interactive += share * interactive.value_or(0.0);
            result.batch += share * m_config.prices.batchCost(job.request.model, usage).value_or(0.0);
            unpriced += interactive ? 0 : share;
        }
        result.calls += std::llround(calls);
        result.cached += std::llround(cached);
        result.tokens += std::llround(tokens);
        result.unpriced += std::llround(unpriced);
    };
    Estimate result;
    count(m_jobs, 1.0, result);
    if (isCascade() && m_first < m_order.size()) {
        double share = 1.0;
        if (const auto disagreement = pilotDisagreement(m_first)) {
            share = double(disagreement->first) / double(disagreement->second);
            result.escalationShare = share;
            result.escalationMeasuredOn = disagreement->second;
        }
        count(m_run->stageJobs(m_order.mid(m_first), m_choice.guidelineVersion, cascadeStage(0).second),
            share, result);
    }
    return result;
}

QList<BatchJobRecord> CorpusLabelling::batches() const
{
    return BatchRepository(m_store).list().value_or(QList<BatchJobRecord>{});
}

BatchSession &CorpusLabelling::batchSession(const Engine engine)
{
    BatchSession::Endpoints endpoints;
    for (const PilotConfig::EndpointEntry &entry : m_config.endpoints) {
        endpoints.insert(entry.endpoint.id, {entry.endpoint, m_keys.value(entry.endpoint.id)});
    }
    m_batches = std::make_unique<BatchSession>(m_store, &m_network, &m_config.prices, endpoints);
    m_batches->setPollInterval(m_pollMs);
    m_batches->setLocalOnly(m_config.network.localOnly);
    m_batches->setDetach(m_detach);
    if (m_batchSize > 0) {
        const ApiStyle style = engine == Engine::AnthropicBatch ? ApiStyle::Anthropic : ApiStyle::OpenAi;
        const BatchCodec::Limits provider = BatchCodec::limits(style);
        m_batches->setLimits({std::min(m_batchSize, provider.maxRequests), provider.maxBytes});
    }
    connect(m_batches.get(), &BatchSession::progress, this, &CorpusLabelling::batchProgress);
    connect(m_batches.get(), &BatchSession::failed, this, [this](const QString &message) {
        m_done = true;
        Q_EMIT failed(message);
    });
    connect(m_batches.get(), &BatchSession::detached, this, [this] {
        m_done = true;
        Q_EMIT finished(Outcome{false, {}, {}, batches(), std::nullopt});
    });
    connect(m_batches.get(), &BatchSession::finished, this, [this] {
        // Every result is in the cache now: labelling reads them, and sends nothing at full price.
        m_session->scheduler().setCacheOnly(true);
        label();
    });
    return *m_batches;
}

void CorpusLabelling::start(const Engine engine)
{
    m_done = false;
    m_engine = engine;
    if (isCascade()) {
        m_stageLayers.clear();
        m_escalated.clear();
        m_cascadeFailed.clear();
        startCascadeStage(0);
        return;
    }
    if (engine == Engine::Interactive) {
        label();
        return;
    }
    batchSession(engine).start(
        m_jobs, u"label %1, guideline v%2"_s.arg(m_choice.annotator).arg(m_choice.guidelineVersion));
}

void CorpusLabelling::cancelBatches()
{
    m_done = false;
    m_detach = false; // wait for the cancelled batches to end
    batchSession(Engine::OpenAiBatch).cancelPending(m_jobs);
}

void CorpusLabelling::startCascadeStage(const int stage)
{
    m_stage = stage;
    if (m_engine == Engine::Interactive) {
        label();
        return;
    }
    const auto [annotators, documents] = cascadeStage(stage);
    batchSession(m_engine).start(m_run->stageJobs(annotators, m_choice.guidelineVersion, documents),
        u"cascade %1: %2, guideline v%3"_s.arg(stage == 0 ? u"first"_s : u"escalated"_s,
            annotators.join(u", "_s), QString::number(m_choice.guidelineVersion)));
}

void CorpusLabelling::onStageLabelled(const PilotRun::RoundLayers &layers, const QList<qsizetype> &documents)
{
    const qsizetype documentCount = m_run->pool().size();
    const QSet<qsizetype> labelled(documents.cbegin(), documents.cend());
    const QList<FailedItem> &failed = m_run->failedItems();
    m_cascadeFailed.append(failed);
    for (auto it = layers.cbegin(); it != layers.cend(); ++it) {
        // Indexed like the corpus; a document outside the stage, or failed, is missing, not empty.
        AnnotatorLayer layer{it.key(), DocumentSpans(documentCount), {}};
        const QSet<QString> failedIds = m_run->failedDocuments(it.key());
        for (qsizetype d = 0; d < documentCount; ++d) {
            if (!labelled.contains(d)) {
                layer.missing.insert(d);
            }
        }
        for (qsizetype i = 0; i < documents.size(); ++i) {
            const qsizetype d = documents.at(i);
            if (failedIds.contains(m_run->pool().at(d).id())) {
                layer.missing.insert(d);
            } else {
                layer.spans[d] = it.value().value(i);
            }
        }
        m_stageLayers.insert(it.key(), layer);
    }
}

void CorpusLabelling::onCascadeStageDone()
{
    if (m_done) {
        return;
    }
    const qsizetype documentCount = m_run->pool().size();
    QList<AnnotatorLayer> ordered;
    for (const QString &name : std::as_const(m_order)) {
        ordered.append(m_stageLayers.value(name, AnnotatorLayer{name, DocumentSpans(documentCount), {}}));
        if (!m_stageLayers.contains(name)) {
            // Not asked yet (or never: no document escalated): it labelled nothing.
            for (qsizetype d = 0; d < documentCount; ++d) {
                ordered.last().missing.insert(d);
            }
        }
    }
    if (m_stage == 0 && m_first < m_order.size()) {
        const QSet<qsizetype> escalated = Cascade::disputed(ordered.first(m_first), documentCount);
        m_escalated = QList<qsizetype>(escalated.cbegin(), escalated.cend());
        std::ranges::sort(m_escalated);
        if (!m_escalated.isEmpty()) {
            startCascadeStage(1);
            return;
        }
    }
    const Cascade::Options options{.first = m_first, .aggregate = {}};
    const Cascade::Result result = Cascade::run(TokenGrid(m_run->pool()), ordered, options);
    ImportedLayer layer =
        Cascade::cascadeLayer(result, options, cascadeLayerName(), QDateTime::currentDateTimeUtc());
    layer.provenance.tool +=
        u", guideline v%1: %2 of %3 documents escalated"_s.arg(QString::number(m_choice.guidelineVersion),
            QString::number(result.escalatedCount()), QString::number(result.documentCount()));
    m_done = true;
    // Labelling again (another guideline, another K) replaces the cascade's layer.
    if (auto saved = LayerRepository(m_store).replace(layer); !saved) {
        Q_EMIT failed(saved.error().message);
        return;
    }
    Q_EMIT finished(Outcome{true, result.spans, m_cascadeFailed, batches(), result});
}

void CorpusLabelling::label()
{
    if (isCascade()) {
        const auto [annotators, documents] = cascadeStage(m_stage);
        if (!m_run->startStage(annotators, m_choice.guidelineVersion, documents)) {
            m_done = true;
            Q_EMIT failed(u"no annotators %1 or guideline v%2 to label with"_s.arg(annotators.join(u", "_s))
                              .arg(m_choice.guidelineVersion));
        }
        return;
    }
    m_labelled.clear();
    if (!m_run->startLabelling(m_choice)) {
        m_done = true;
        Q_EMIT failed(u"no annotator '%1' or guideline v%2 to label with"_s.arg(m_choice.annotator)
                          .arg(m_choice.guidelineVersion));
    }
}

void CorpusLabelling::cancel()
{
    if (m_done) {
        return;
    }
    m_done = true;
    m_batches.reset(); // stops polling; the batches stay in the project for the next start()
    m_session->cancel();
    Q_EMIT failed(u"cancelled"_s);
}

} // namespace Workbench::Core
