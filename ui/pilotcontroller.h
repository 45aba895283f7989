// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "store/pilotsnapshot.h"

#include <QObject>
#include <QString>

#include <optional>

namespace Workbench::Core {
struct Proposal;
}

namespace Workbench::Ui {

class GuidelineHistoryPane;
class ProjectAccess;
class ProposalReviewPane;
class RoundsChart;
class RunsPane;

/*! \brief The pilot of the open project in its panes: the proposal under review, the guideline's
 * versions, the runs and the rounds; and the decisions and restores the panes ask for, written to
 * the project through core calls (PilotRepository) off the UI thread.
 *
 * Usage: \c{controller->showPilot(path, loaded.pilot);} after a project opens.
 */
class PilotController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PilotController)

public:
    struct Panes
    {
        ProposalReviewPane *review = nullptr;
        GuidelineHistoryPane *history = nullptr;
        RunsPane *runs = nullptr;
        RoundsChart *rounds = nullptr;
    };

    PilotController(const Panes &panes, ProjectAccess *access, QObject *parent = nullptr);
    ~PilotController() override;

    //! Shows the pilot of the project at \a projectPath (empty: the sample, which has none).
    void showPilot(const QString &projectPath, const std::optional<Core::PilotSnapshot> &pilot);
    //! Reads the pilot's state again; the corpus and layers on screen stay as they are.
    void reload();

Q_SIGNALS:
    //! Decisions on a proposal were written to the project; \a errorString is empty on success.
    void decisionsSaved(const QString &errorString);
    //! An old guideline version was restored as the newest; \a errorString as above.
    void guidelineRestored(const QString &errorString);
    //! A proposal awaits a decision: the review should come forward.
    void reviewWanted();
    //! Something for the status bar.
    void message(const QString &text);

private:
    void saveDecisions(const Core::Proposal &decided);
    void restoreGuideline(int version);

    Panes m_panes;
    ProjectAccess *m_access = nullptr;
    QString m_projectPath; //!< empty for the sample
    qint64 m_runId = 0; //!< the pilot run under review, 0 when none
};

} // namespace Workbench::Ui
