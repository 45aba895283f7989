// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "pilotworker.h"

#include "pilot/pilotrun.h"
#include "store/corpusrepository.h"
#include "store/layerrepository.h"
#include "store/pilotrepository.h"
#include "store/projectstore.h"

#include <QJsonDocument>

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
    auto config = Core::PilotConfig::fromJson(QJsonDocument(run->second).toJson());
    if (!config) {
        finish(Outcome::Failed, u"%1: %2"_s.arg(m_projectPath, config.error()));
        return;
    }
    auto documents = Core::CorpusRepository(*m_store).load();
    if (!documents) {
        finish(Outcome::Failed, documents.error().message);
        return;
    }
    std::optional<Core::DocumentSpans> gold;
    Core::LayerRepository layers(*m_store);
    if (const auto goldLayer = layers.find(u"gold"_s)) {
        if (auto spans = layers.spans(goldLayer->id, documents->size())) {
            gold = *spans;
        }
    }
    // The session records into the project; the directory of round files is the project's own.
    m_session = std::make_unique<Core::PilotSession>(*m_store, QString(), *config, run->first);
    m_run = std::make_unique<Core::PilotRun>(*config, *documents, gold, &m_session->scheduler(), m_keys);
    connect(m_run.get(), &Core::PilotRun::estimated, this, &PilotWorker::estimated);
    connect(m_run.get(), &Core::PilotRun::progress, this, &PilotWorker::progress);
    connect(m_session.get(), &Core::PilotSession::callLogged, this, &PilotWorker::callLogged);
    connect(
        m_session.get(), &Core::PilotSession::stopped, this, [this](Outcome outcome, const QString &detail) {
            // Queued: the session's own signal handlers finish before its objects go.
            QMetaObject::invokeMethod(
                this, [this, outcome, detail] { finish(outcome, detail); }, Qt::QueuedConnection);
        });
    m_session->attach(*m_run);
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
