// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "pilot/roundsummary.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Workbench::Core {

/*! \brief The guideline version and annotator that label the whole corpus (method.md section 7).
 *
 * Chosen label-free across all rounds: the round with the highest pool agreement gives the
 * guideline version it ran under, and that round's most agreeing annotator labels. A tie goes to
 * the later round (its guideline carries more of the supervisor's work). Gold never enters.
 * Usage: \c{if (auto choice = FinalChoice::choose(history)) label(choice->annotator,
 * choice->guidelineVersion);}
 */
struct FinalChoice
{
    int round = -1; //!< the round the choice rests on; -1: none (the version never ran)
    int guidelineVersion = 0;
    QString annotator;
    double poolAgreement = 0.0; //!< of that round
    //! The annotator's mean agreement in that round; nothing when it was not in it.
    std::optional<double> annotatorAgreement;
    QString reason; //!< in words, for the user

    //! The choice over every round of \a history; nothing before a round was analysed.
    [[nodiscard]] static std::optional<FinalChoice> choose(const QList<RoundSummary> &history);
    /*! The user's choice of \a version (and of \a annotator when not empty): the best round that
     * ran under the version gives the annotator when none is named; a version no round ran under
     * keeps the annotator of the overall choice. Nothing when no annotator can be told. */
    [[nodiscard]] static std::optional<FinalChoice> forVersion(
        const QList<RoundSummary> &history, int version, const QString &annotator = {});
    //! \c{{"round", "guideline_version", "annotator", "pool_agreement", "annotator_agreement", "reason"}}
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace Workbench::Core
