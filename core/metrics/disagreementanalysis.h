// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "metrics/annotatorlayer.h"
#include "metrics/disagreementresult.h"
#include "model/tokengrid.h"

namespace Workbench::Core {

/*! \brief Where and how annotators disagree, token by token (method.md section 5).
 *
 * Per token, from the weighted vote over BIO labels: D_bio, D_type, U_boundary, U*, and the
 * elite/non-elite measures. A token is hot when U* > 0 and U* is at or above the hotspot
 * percentile of U* over the tokens with U* > 0 (linear interpolation; on real data most tokens
 * are unanimous, so a percentile over all tokens would be 0). Hot tokens of one sentence form
 * blocks; blocks one cool token apart merge. A block is an elite split when some token's
 * elite-internal impurity reaches the elite percentile of its non-zero values, systematic bias
 * likewise for TV_between, complex when both, minor otherwise. A token's vote is among the
 * layers covering its document (AnnotatorLayer::missing): a layer lacking it neither votes there
 * nor appears in its blocks.
 * Usage: \c{auto r = DisagreementAnalysis::analyse(grid, layers, agreement.weights, agreement.elite, {});}
 */
class DisagreementAnalysis
{
public:
    struct Options
    {
        double hotspotPercentile = 80.0;
        double elitePercentile = 90.0;
        double biasPercentile = 90.0;
    };

    [[nodiscard]] static DisagreementResult analyse(const TokenGrid &grid,
        const QList<AnnotatorLayer> &layers, const QList<double> &weights, const QStringList &elite,
        const Options &options);
    [[nodiscard]] static QString kindName(HotspotBlock::Kind kind);
};

} // namespace Workbench::Core
