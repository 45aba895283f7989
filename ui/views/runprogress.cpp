// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "runprogress.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

RunProgress::RunProgress(QWidget *parent)
    : QProgressBar(parent)
{
    setObjectName(u"runProgress"_s);
    setTextVisible(true);
}

RunProgress::~RunProgress() = default;

void RunProgress::showPhase(const Core::PilotRun::Phase phase, const int done, const int total)
{
    setRange(0, std::max(total, 1));
    setValue(done);
    setFormat(u"%1: %2/%3"_s.arg(name(phase)).arg(done).arg(total));
}

QString RunProgress::name(const Core::PilotRun::Phase phase)
{
    using Phase = Core::PilotRun::Phase;
    switch (phase) {
    case Phase::Embed:
        return tr("Embedding the pool");
    case Phase::Annotate:
        return tr("Annotating");
    case Phase::Label:
        return tr("Labelling the pool");
    case Phase::Analyse:
        return tr("Analysing");
    case Phase::Supervise:
        return tr("Asking the supervisor");
    }
    return {};
}

} // namespace Workbench::Ui
