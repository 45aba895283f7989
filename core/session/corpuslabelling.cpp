// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "session/corpuslabelling.h"

#include "store/batchrepository.h"
#include "store/calllogrepository.h"
#include "store/pilotrepository.h"

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

QJsonObject CorpusLabelling::Estimate::toJson() const
{
    return {{u"calls"_s, calls}, {u"cached"_s, cached}, {u"tokens"_s, tokens},
        {u"interactive_usd"_s, interactive}, {u"batch_usd"_s, batch}, {u"unpriced_calls"_s, unpriced}};
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
    connect(m_run.get(), &PilotRun::labellingFinished, this, [this] {
        m_done = true;
        Q_EMIT finished(Outcome{true, m_labelled, m_run->failedItems(), batches()});
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
    return {};
}

std::expected<void, QString> CorpusLabelling::checkEngine(const Engine engine) const
{
    if (engine == Engine::Interactive) {
        return {};
    }
    const QList<PilotConfig::Annotator> &annotators = m_config.annotators;
    const auto annotator = std::ranges::find(annotators, m_choice.annotator, &PilotConfig::Annotator::name);
    if (annotator == annotators.cend()) {
        return std::unexpected(u"no annotator chosen to label with; choose one first"_s);
    }
    const Endpoint &endpoint = m_config.endpoint(annotator->endpoint)->endpoint;
    const ApiStyle wanted = engine == Engine::AnthropicBatch ? ApiStyle::Anthropic : ApiStyle::OpenAi;
    if (endpoint.style != wanted) {
        return std::unexpected(
            u"annotator %1 is served by endpoint %2, which does not speak the %3 API"_s.arg(
                m_choice.annotator, endpoint.id,
                wanted == ApiStyle::Anthropic ? u"anthropic"_s : u"openai"_s));
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
    Estimate result;
    for (const ChatJob &job : m_jobs) {
        ++result.calls;
        if (log.cachedResponse(Scheduler::requestHash(job.endpoint, job.request))) {
            ++result.cached;
            continue;
        }
        const TokenUsage usage{job.request.estimatedPromptTokens(), output, 0};
        result.tokens += usage.promptTokens + usage.completionTokens;
        const auto interactive = m_config.prices.cost(job.request.model, usage);
        result.interactive += interactive.value_or(0.0);
        result.batch += m_config.prices.batchCost(job.request.model, usage).value_or(0.0);
        result.unpriced += interactive ? 0 : 1;
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
        Q_EMIT finished(Outcome{false, {}, {}, batches()});
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

void CorpusLabelling::label()
{
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
