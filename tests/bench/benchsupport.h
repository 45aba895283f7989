// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

// What the benchmark programs share: a wall-clock timer and the WNUT-17 files as layer sources.
#include "formats/corpusimporter.h"

#include <QElapsedTimer>

namespace Bench {

//! Milliseconds \a work takes, by the monotonic clock.
template<typename F>
double millis(F &&work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

//! The WNUT-17 test gold, then the seven shared-task systems.
inline QList<Workbench::Core::CorpusImporter::Source> wnutSources()
{
    using namespace Workbench::Core;
    const QString dir = QStringLiteral(WORKBENCH_SHARED_DATA) + QStringLiteral("/wnut17/");
    QList<CorpusImporter::Source> sources{{dir + QStringLiteral("emerging.test.annotated"), LayerKind::Gold}};
    for (const char *system : {"arcada", "drexel_cci", "flytxt", "mic-cis.txt", "sjtu_adapt.txt",
             "spinningbytes.txt", "uh_ritual"}) {
        sources.append({dir + QStringLiteral("submissions/") + QLatin1String(system)});
    }
    return sources;
}

} // namespace Bench
