// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "metrics/disagreementresult.h"
#include "metrics/erroranalysis.h"
#include "model/tokengrid.h"

#include <QString>

namespace Workbench::Core {

/*! \brief The Markdown reports the supervisor reads (method.md section 5), also for people.
 *
 * The hotspot report: counts by class and by error subtype, the elite and non-elite lists, and
 * up to \c examplesPerSubtype sampled blocks per subtype with context, the majority pattern and
 * who backs each alternative. An annotator report: counts per error category against the
 * reference and up to \c examplesPerCategory sampled examples each. Sampling is seeded.
 */
class ReportWriter
{
public:
    struct Options
    {
        quint64 seed = 42;
        int examplesPerSubtype = 10;
        int examplesPerCategory = 5;
        int context = 3; //!< tokens of context on each side
    };

    [[nodiscard]] static QString hotspotReport(
        const TokenGrid &grid, const DisagreementResult &result, const Options &options);
    [[nodiscard]] static QString annotatorReport(const TokenGrid &grid, const QString &annotator,
        const QString &referenceName, const QList<ErrorAnalysis::Instance> &errors, const Options &options);
};

} // namespace Workbench::Core
