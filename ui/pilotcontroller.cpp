// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "pilotcontroller.h"

#include "projectaccess.h"
#include "store/pilotrepository.h"
#include "views/guidelinehistorypane.h"
#include "views/proposalreviewpane.h"
#include "views/roundschart.h"
#include "views/runspane.h"

#include <QFileInfo>

namespace Workbench::Ui {

PilotController::PilotController(const Panes &panes, ProjectAccess *access, QObject *parent)
    : QObject(parent)
    , m_panes(panes)
    , m_access(access)
{
    connect(m_panes.review, &ProposalReviewPane::decisionsReady, this, &PilotController::saveDecisions);
    connect(
        m_panes.history, &GuidelineHistoryPane::restoreRequested, this, &PilotController::restoreGuideline);
    connect(m_panes.history, &GuidelineHistoryPane::exported, this,
        [this](const QString &path, const QString &error) {
            Q_EMIT message(error.isEmpty() ? tr("Guideline written to %1").arg(path)
                                           : tr("The guideline was not written to %1: %2").arg(path, error));
        });
}

PilotController::~PilotController() = default;

void PilotController::showPilot(const QString &projectPath, const std::optional<Core::PilotSnapshot> &pilot)
{
    m_projectPath = projectPath;
    m_runId = pilot ? pilot->runId : 0;
    m_panes.history->setVersions(
        pilot ? pilot->versions : QList<Core::Guideline>{}, pilot && !pilot->pending);
    m_panes.runs->setPilot(m_projectPath, pilot);
    m_panes.rounds->setRounds(pilot ? pilot->rounds : QList<Core::RoundSummary>{});
    if (!pilot) {
        m_panes.review->showGuideline({}, tr("This project holds no pilot run."));
    } else if (pilot->pending) {
        const auto config = Core::PilotConfig::fromJson(pilot->config);
        m_panes.review->setProposal(*pilot->pending, pilot->guideline,
            config ? config->knobs.changeCap : Core::PilotConfig::Knobs{}.changeCap);
        Q_EMIT reviewWanted();
    } else {
        m_panes.review->showGuideline(pilot->guideline,
            tr("No proposal awaits a decision; guideline version %1 after %n round(s).", nullptr,
                int(pilot->rounds.size()))
                .arg(pilot->guideline.version));
    }
}

void PilotController::reload()
{
    m_access->run(
        m_projectPath, ProjectAccess::Mode::Read, this,
        [](Core::ProjectStore &store) -> ProjectAccess::Outcome<std::optional<Core::PilotSnapshot>> {
            return Core::ProjectLoader::loadPilot(store);
        },
        [this, path = m_projectPath](
            const ProjectAccess::Outcome<std::optional<Core::PilotSnapshot>> &result) {
            if (path != m_projectPath) {
                return; // another project opened meanwhile
            }
            if (result) {
                showPilot(path, *result);
            } else {
                Q_EMIT message(tr("The pilot's state could not be read: %1").arg(result.error()));
            }
        });
}

void PilotController::saveDecisions(const Core::Proposal &decided)
{
    if (m_projectPath.isEmpty() || m_runId == 0) {
        return;
    }
    Q_EMIT message(tr("Saving the decisions…"));
    m_access->run(
        m_projectPath, ProjectAccess::Mode::Write, this,
        [runId = m_runId, decided](Core::ProjectStore &store) {
            return Core::PilotRepository(store).recordDecision(runId, decided);
        },
        [this](const ProjectAccess::Outcome<Core::Guideline> &result) {
            if (!result) {
                Q_EMIT message(tr("The decisions were not saved: %1").arg(result.error()));
                Q_EMIT decisionsSaved(result.error());
                return;
            }
            m_panes.review->showGuideline(*result,
                tr("Decisions saved; the next round runs under guideline version %1. Continue the pilot "
                   "in the Pilot run pane, or with: diziner-cli decide %2")
                    .arg(result->version)
                    .arg(QFileInfo(m_projectPath).absolutePath()));
            Q_EMIT message(tr("Guideline version %1 saved.").arg(result->version));
            reload();
            Q_EMIT decisionsSaved({});
        });
}

void PilotController::restoreGuideline(const int version)
{
    if (m_projectPath.isEmpty()) {
        return;
    }
    m_access->run(
        m_projectPath, ProjectAccess::Mode::Write, this,
        [version](Core::ProjectStore &store) { return Core::PilotRepository(store).restore(version); },
        [this, version](const ProjectAccess::Outcome<Core::Guideline> &result) {
            Q_EMIT message(result ? tr("Version %1 restored as version %2.").arg(version).arg(result->version)
                                  : tr("Version %1 was not restored: %2").arg(version).arg(result.error()));
            reload();
            Q_EMIT guidelineRestored(result ? QString() : result.error());
        });
}

} // namespace Workbench::Ui
