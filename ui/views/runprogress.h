// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "pilot/pilotrun.h"

#include <QProgressBar>

namespace Workbench::Ui {

/*! \brief How far the run's current phase has come, named in words ("Annotating: 3/8").
 *
 * Usage: \c{connect(worker, &PilotWorker::progress, bar, &RunProgress::showPhase);}
 */
class RunProgress final : public QProgressBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunProgress)

public:
    explicit RunProgress(QWidget *parent = nullptr);
    ~RunProgress() override;

    //! \a done of \a total steps of \a phase are done.
    void showPhase(Core::PilotRun::Phase phase, int done, int total);

private:
    [[nodiscard]] static QString name(Core::PilotRun::Phase phase);
};

} // namespace Workbench::Ui
