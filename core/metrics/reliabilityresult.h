// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "metrics/agreementresult.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace Workbench::Core {

/*! \brief Agreement of all annotators at once: Krippendorff's alpha and Fleiss' kappa over tokens.
 *
 * Each coefficient is given on the BIO labels, on the entity type alone (O or the type), and per
 * type (the type against everything else). A value is empty where the coefficient is undefined
 * (fewer than two layers, nothing to compare, or no variation at all); an interval is empty
 * without a bootstrap, or when no bootstrap sample defined it.
 */
struct ReliabilityResult
{
    struct Estimate
    {
        std::optional<double> value;
        std::optional<Interval> interval; //!< seeded bootstrap percentile 95% over documents
    };
    struct Coefficient
    {
        Estimate bio;
        Estimate type;
        QMap<QString, Estimate> byType;
        //! The tokens it was computed on: alpha's pairable ones (two values or more), or those
        //! every layer labelled (Fleiss).
        qsizetype units = 0;

        //! \c{{"bio", "type", "bio_ci", "type_ci", "by_type": {type: {"value", "ci"}}, "units"}};
        //! undefined values and intervals are null.
        [[nodiscard]] QJsonObject toJson() const;
    };

    Coefficient alpha;
    Coefficient fleiss;
};

} // namespace Workbench::Core
