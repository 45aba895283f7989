// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "metrics/annotatorlayer.h"
#include "metrics/reliabilityresult.h"
#include "metrics/statistics.h"
#include "model/tokengrid.h"

#include <QList>

namespace Workbench::Core {

/*! \brief Krippendorff's alpha and Fleiss' kappa of a set of layers: the agreement figures an
 * annotation project reports.
 *
 * Units are the corpus's tokens; a layer's value on a token is its BIO label (TokenLabeler: where
 * its spans overlap, the longer one wins), or the entity type alone (O or the type), or, per type,
 * whether the token is of that type. A layer gives no value on the documents in its
 * AnnotatorLayer::missing: alpha takes them as the missing values it is defined with (a token
 * labelled by fewer than two layers drops out), Fleiss' kappa takes only the tokens every layer
 * labelled. Intervals: a seeded bootstrap over documents (documents drawn with replacement, as
 * many as there are; percentiles 2.5 and 97.5), samples where a coefficient is undefined left out.
 * Usage: \c{auto r = ReliabilityAnalysis::compute(grid, layers, {}); r.alpha.bio.value;}
 */
class ReliabilityAnalysis
{
public:
    struct Options
    {
        //! 0 turns the intervals off (they are then empty)
        int bootstrapSamples = Statistics::defaultBootstrapResamples;
        quint64 seed = Statistics::defaultBootstrapSeed;
    };

    [[nodiscard]] static ReliabilityResult compute(
        const TokenGrid &grid, const QList<AnnotatorLayer> &layers, const Options &options);
};

} // namespace Workbench::Core
