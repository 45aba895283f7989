// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "runstatus.h"

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

RunStatus::RunStatus(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(u"runStatus"_s);
    setWordWrap(true);
}

RunStatus::~RunStatus() = default;

void RunStatus::showPilot(const Core::PilotSnapshot &pilot)
{
    const int rounds = int(pilot.rounds.size());
    if (pilot.status == Core::RunStatus::Finished) {
        setText(tr("The pilot has finished: %n round(s), guideline version %1.", nullptr, rounds)
                    .arg(pilot.guideline.version));
    } else if (pilot.pending) {
        setText(tr("Round %1 awaits your decisions in the instruction review.").arg(pilot.pending->round));
    } else {
        setText(tr("Ready to continue: %n round(s) done, guideline version %1.", nullptr, rounds)
                    .arg(pilot.guideline.version));
    }
}

void RunStatus::showStopped(const Core::PilotSession::Outcome outcome, const Work work, const QString &detail)
{
    using Outcome = Core::PilotSession::Outcome;
    switch (outcome) {
    case Outcome::Finished:
        if (work == Work::Pilot) {
            setText(tr("The pilot has finished."));
        } // a labelling said what it wrote as it ended
        break;
    case Outcome::AwaitingDecision:
        setText(tr("A proposal awaits your decisions in the instruction review."));
        break;
    case Outcome::Failed:
        setText(work == Work::Pilot ? tr("The pilot stopped: %1").arg(detail)
                                    : tr("Labelling stopped: %1").arg(detail));
        break;
    }
}

void RunStatus::showLabelled(const QString &annotator, const qint64 spans, const int failedPieces)
{
    const QString spanCount = tr("%n span(s)", nullptr, int(spans));
    setText(failedPieces == 0
            ? tr("Labelled with %1: %2 in the layer final-%1.").arg(annotator, spanCount)
            : tr("Labelled with %1: %2 in the layer final-%1; %n piece(s) could not be labelled "
                 "(listed under Failed; Retry Failed sends them again).",
                nullptr, failedPieces)
                  .arg(annotator, spanCount));
}

void RunStatus::showRetryWarning(const int round, const int pieces)
{
    setText(tr("Retrying runs round %1 again: its %n failed piece(s) are sent again, every other call is "
               "answered from the cache, and the round's proposal is replaced by a new one (decisions not "
               "yet saved are lost). Press Confirm Retry to go on.",
        nullptr, pieces)
                .arg(round));
}

} // namespace Workbench::Ui
