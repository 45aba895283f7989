// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "pilotworker.h"

#include "pilot/pilotrun.h"
#include "store/pilotrepository.h"
#include "store/projectstore.h"

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

PilotWorker::PilotWorker(QString projectPath, QHash<QString, QString> keys)
    : m_projectPath(std::move(projectPath))
    , m_keys(std::move(keys))
{
}

PilotWorker::~PilotWorker() = default;

void PilotWorker::finish(const Core::PilotSession::Outcome outcome, const QString &detail)
{
    Q_EMIT stopped(outcome, detail);
    // The run's objects go; the project is closed and unlocked for the review and other writers.
    m_run.reset();
    m_session.reset();
    m_store.reset();
}

void PilotWorker::continuePilot()
{
    using Outcome = Core::PilotSession::Outcome;
    auto store = Core::ProjectStore::open(m_projectPath, Core::ProjectStore::Access::ReadWrite);
    if (!store) {
        Q_EMIT stopped(Outcome::Failed, store.error().message);
        return;
    }
    m_store = std::move(*store);
    Core::PilotRepository repository(*m_store);
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
    // No round files: the project holds everything the panes show.
    m_session = std::make_unique<Core::PilotSession>(*m_store, QString(), *config, run->first);
    auto created = m_session->createRun(m_keys);
    if (!created) {
        finish(Outcome::Failed, created.error());
        return;
    }
    m_run = std::move(*created);
    connect(m_run.get(), &Core::PilotRun::estimated, this, &PilotWorker::estimated);
    connect(m_run.get(), &Core::PilotRun::progress, this, &PilotWorker::progress);
    connect(m_session.get(), &Core::PilotSession::callLogged, this, &PilotWorker::callLogged);
    connect(
        m_session.get(), &Core::PilotSession::stopped, this, [this](Outcome outcome, const QString &detail) {
            // Queued: the session's own signal handlers finish before its objects go.
            QMetaObject::invokeMethod(
                this, [this, outcome, detail] { finish(outcome, detail); }, Qt::QueuedConnection);
        });
    m_session->resume(*m_run);
    m_run->start();
}

void PilotWorker::cancel()
{
    if (m_session) {
        m_session->cancel();
    }
}

} // namespace Workbench::Ui
