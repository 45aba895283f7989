// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "pilotworker.h"

#include "pilot/pilotrun.h"
#include "projectaccess.h"
#include "store/pilotrepository.h"

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

PilotWorker::PilotWorker(QString projectPath, QHash<QString, QString> keys, const int batchPollMs)
    : m_projectPath(std::move(projectPath))
    , m_keys(std::move(keys))
    , m_batchPollMs(batchPollMs)
{
}

PilotWorker::~PilotWorker() = default;

void PilotWorker::finish(const Core::PilotSession::Outcome outcome, const QString &detail)
{
    // The run's objects go and the project is closed, unlocked for the review and other writers,
    // before anyone hears of the stop: no connection outlives the run's report (nor its thread).
    m_labelling.reset();
    m_run.reset();
    m_session.reset();
    m_project.close();
    Q_EMIT stopped(outcome, detail);
}

bool PilotWorker::openProject()
{
    auto held = ProjectAccess::hold(m_projectPath, ProjectAccess::Mode::Write);
    if (!held) {
        Q_EMIT stopped(Core::PilotSession::Outcome::Failed, held.error());
        return false;
    }
    m_project = std::move(*held);
    return true;
}

void PilotWorker::continuePilot()
{
    runPilot(false);
}

void PilotWorker::retryFailedRound()
{
    runPilot(true);
}

void PilotWorker::runPilot(const bool retryFailed)
{
    using Outcome = Core::PilotSession::Outcome;
    if (!openProject()) {
        return;
    }
    Core::PilotRepository repository(m_project.store());
    const auto run = repository.run();
    if (!run) {
        finish(Outcome::Failed, u"%1: no pilot in this project"_s.arg(m_projectPath));
        return;
    }
    auto config = Core::PilotConfig::fromJson(run->second);
    if (!config) {
        finish(Outcome::Failed, u"%1: %2"_s.arg(m_projectPath, config.error()));
        return;
    }
    config->prices = config->prices.mergedWith(m_prices);
    // No round files: the project holds everything the panes show.
    m_session = std::make_unique<Core::PilotSession>(m_project.store(), QString(), *config, run->first);
    auto created = m_session->createRun(m_keys);
    if (!created) {
        finish(Outcome::Failed, created.error());
        return;
    }
    m_run = std::move(*created);
    connect(m_run.get(), &Core::PilotRun::estimated, this, &PilotWorker::estimated);
    connect(m_run.get(), &Core::PilotRun::progress, this, &PilotWorker::progress);
    connect(m_run.get(), &Core::PilotRun::annotatorProgress, this, &PilotWorker::annotatorProgress);
    connect(m_run.get(), &Core::PilotRun::itemFailed, this, &PilotWorker::itemFailed);
    connect(m_run.get(), &Core::PilotRun::roundAnalysed, this, &PilotWorker::roundAnalysed);
    connect(m_session.get(), &Core::PilotSession::callLogged, this, &PilotWorker::callLogged);
    connect(m_session.get(), &Core::PilotSession::layerRenamed, this, &PilotWorker::layerRenamed);
    connect(
        m_session.get(), &Core::PilotSession::stopped, this, [this](Outcome outcome, const QString &detail) {
            // Queued: the session's own signal handlers finish before its objects go.
            QMetaObject::invokeMethod(
                this, [this, outcome, detail] { finish(outcome, detail); }, Qt::QueuedConnection);
        });
    if (!retryFailed) {
        m_session->resume(*m_run);
    } else if (const auto retried = m_session->retryFailed(*m_run); !retried) {
        finish(Outcome::Failed, retried.error());
        return;
    }
    m_run->start();
}

void PilotWorker::cancel()
{
    if (m_session) {
        m_session->cancel();
    }
    if (m_labelling) {
        m_labelling->cancel();
    }
}

void PilotWorker::estimateLabelling(
    const QString &annotator, const std::optional<int> version, const Core::CorpusLabelling::Engine engine)
{
    if (!prepareLabelling(annotator, version, engine)) {
        return;
    }
    const Core::CorpusLabelling::Estimate cost = m_labelling->estimate();
    Q_EMIT labellingEstimated(m_labelling->annotator(), cost.calls, cost.cached, cost.tokens,
        cost.interactiveCost(), cost.batchCost());
}

void PilotWorker::retryLabelling(
    const QString &annotator, const std::optional<int> version, const QList<Core::FailedItem> &pieces)
{
    if (!prepareLabelling(annotator, version, Core::CorpusLabelling::Engine::Interactive)) {
        return;
    }
    m_labelling->retryAfresh(pieces);
    startLabelling();
}

bool PilotWorker::prepareLabelling(
    const QString &annotator, const std::optional<int> version, const Core::CorpusLabelling::Engine engine)
{
    using Outcome = Core::PilotSession::Outcome;
    if (!openProject()) {
        return false;
    }
    m_engine = engine;
    m_labelling = std::make_unique<Core::CorpusLabelling>(m_project.store(), m_keys);
    m_labelling->setPriceOverrides(m_prices);
    auto ready = m_labelling->open();
    if (ready) {
        ready = m_labelling->choose(annotator, version);
    }
    if (ready) {
        ready = m_labelling->checkEngine(m_engine);
    }
    if (!ready) {
        finish(Outcome::Failed, ready.error());
        return false;
    }
    connect(m_labelling.get(), &Core::CorpusLabelling::progress, this, &PilotWorker::progress);
    connect(
        m_labelling.get(), &Core::CorpusLabelling::annotatorProgress, this, &PilotWorker::annotatorProgress);
    connect(m_labelling.get(), &Core::CorpusLabelling::itemFailed, this, &PilotWorker::itemFailed);
    connect(m_labelling.get(), &Core::CorpusLabelling::callLogged, this, &PilotWorker::callLogged);
    connect(m_labelling.get(), &Core::CorpusLabelling::batchProgress, this, &PilotWorker::batchProgress);
    connect(m_labelling.get(), &Core::CorpusLabelling::finished, this,
        [this](const Core::CorpusLabelling::Outcome &outcome) {
            qint64 spans = 0;
            for (const QList<Core::Span> &list : outcome.spans) {
                spans += list.size();
            }
            Q_EMIT labelled(m_labelling->annotator(), spans, int(outcome.failed.size()));
            QMetaObject::invokeMethod(
                this, [this] { finish(Outcome::Finished, {}); }, Qt::QueuedConnection); // said by labelled()
        });
    connect(m_labelling.get(), &Core::CorpusLabelling::failed, this, [this](const QString &message) {
        QMetaObject::invokeMethod(
            this, [this, message] { finish(Outcome::Failed, message); }, Qt::QueuedConnection);
    });
    return true;
}

void PilotWorker::cancelBatches()
{
    if (m_labelling) {
        m_labelling->cancelBatches(); // replaces the session waiting for them
    }
}

void PilotWorker::startLabelling()
{
    if (!m_labelling) {
        return;
    }
    m_labelling->setPollInterval(m_batchPollMs);
    m_labelling->start(m_engine);
}

} // namespace Workbench::Ui
