// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "session/pilotsession.h"
#include "store/pilotsnapshot.h"

#include <QLabel>

namespace Workbench::Ui {

/*! \brief The runs pane's status line: where the pilot stands, how a run ended, and what a second
 * press would do; what the pane is doing meanwhile is set as plain text.
 *
 * Usage: \c{status->showPilot(snapshot); status->showStopped(outcome, RunStatus::Work::Pilot, detail);}
 */
class RunStatus final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunStatus)

public:
    //! What a run did: the pilot's rounds, or labelling the corpus.
    enum class Work { Pilot, Labelling };

    explicit RunStatus(QWidget *parent = nullptr);
    ~RunStatus() override;

    //! \a pilot's state: finished, awaiting decisions, or ready to continue.
    void showPilot(const Core::PilotSnapshot &pilot);
    //! The run doing \a work ended with \a outcome; \a detail says why it failed.
    void showStopped(Core::PilotSession::Outcome outcome, Work work, const QString &detail);
    //! Labelling with \a annotator wrote \a spans spans; \a failedPieces could not be labelled.
    void showLabelled(const QString &annotator, qint64 spans, int failedPieces);
    //! Retrying round \a round's \a pieces failed pieces replaces its proposal: press again to go on.
    void showRetryWarning(int round, int pieces);
};

} // namespace Workbench::Ui
