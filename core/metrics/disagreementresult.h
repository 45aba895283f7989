// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "metrics/erroranalysis.h"
#include "metrics/labelcodec.h"

#include <QList>
#include <QStringList>

namespace Workbench::Core {

//! The disagreement measures of one token (method.md section 5); all in [0, 1].
struct TokenDisagreement
{
    float bio = 0; //!< D_bio: Gini impurity of the weighted BIO vote
    float type = 0; //!< D_type: Gini impurity over types among non-O votes
    float boundary = 0; //!< U_boundary: max(4 qB (1 - qB), 4 qI (1 - qI))
    float star = 0; //!< U*: the largest of the three
    float tvBetween = 0; //!< total variation between elite and non-elite distributions
    float eliteInternal = 0; //!< D_bio within the elite
};

/*! \brief A run of hot tokens in one sentence, with how the annotators split over it.
 *
 * \c alternatives are the distinct label sequences given over the block, heaviest first; the
 * first is the majority pattern. \c subtype compares the strongest alternative with it.
 */
struct HotspotBlock
{
    enum class Kind { EliteSplit, SystematicBias, Complex, Minor };

    struct Alternative
    {
        QList<LabelCodec::Label> labels;
        QList<qsizetype> annotators; //!< indices into the analysed layers
        double weight = 0.0;
    };

    qsizetype document = 0;
    qsizetype sentence = 0;
    qsizetype first = 0; //!< global token index
    qsizetype end = 0; //!< global token index, exclusive
    Kind kind = Kind::Minor;
    ErrorAnalysis::Category subtype = ErrorAnalysis::Category::SpanError;
    //! The same typed as the reference does ("PER_to_O", "span_LOC"); empty when unknown.
    QString typedSubtype;
    QList<Alternative> alternatives;
};

//! Everything DisagreementAnalysis finds over a batch.
struct DisagreementResult
{
    QStringList layers;
    QList<double> weights;
    QStringList elite;
    QStringList types; //!< the type order of the labels
    QList<TokenDisagreement> tokens;
    qsizetype disputedTokens = 0; //!< tokens with U* > 0
    double hotThreshold = 0.0; //!< the percentile of U* over disputed tokens
    qsizetype hotTokens = 0;
    double eliteThreshold = 0.0;
    double biasThreshold = 0.0;
    QList<HotspotBlock> blocks;
};

} // namespace Workbench::Core
