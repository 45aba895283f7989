// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QList>

#include <optional>

namespace Workbench::Core {

/*! \brief Fleiss' kappa: chance-corrected agreement of a fixed number of raters on every unit.
 *
 * As Fleiss (1971) defines it, over N units each rated by all n raters, with n_ij raters putting
 * unit i in category j: P_i = (sum_j n_ij^2 - n) / (n (n - 1)), P = mean P_i,
 * p_j = sum_i n_ij / (N n), P_e = sum_j p_j^2, kappa = (P - P_e) / (1 - P_e).
 * Only units every rater rated count: a unit with a missing value is left out (the coefficient
 * has no place for it; Krippendorff's alpha has). Kappa is undefined (no value) without units,
 * with fewer than two raters, or when every rating falls in one category (P_e = 1).
 * Usage: \c{FleissKappa kappa(3, 2); kappa.addUnit({0, 0, 1}); kappa.value();}
 */
class FleissKappa
{
public:
    static constexpr int missing = -1;

    //! What kappa needs of a set of units; they add up over units, so over documents.
    struct Sums
    {
        double units = 0.0; //!< N
        double squares = 0.0; //!< sum_i sum_j n_ij^2
        QList<double> totals; //!< sum_i n_ij, one per category
        //! Adds \a other \a times times (a document the bootstrap drew that often).
        void add(const Sums &other, double times = 1.0);
    };

    FleissKappa(int raters, int categories);

    //! One unit: a value per rater in [0, categories). Returns false and adds nothing when there
    //! are not exactly \c raters values, one is missing (\c missing or out of range), or there
    //! are fewer than two raters (nothing to compare, so no unit).
    bool addUnit(const QList<int> &values);

    [[nodiscard]] int raters() const { return m_raters; }
    [[nodiscard]] const Sums &sums() const { return m_sums; }
    //! Units every rater rated.
    [[nodiscard]] qsizetype units() const { return qsizetype(m_sums.units); }
    [[nodiscard]] std::optional<double> value() const { return value(m_sums, m_raters); }
    [[nodiscard]] static std::optional<double> value(const Sums &sums, int raters);

private:
    int m_raters = 0;
    Sums m_sums;
    QList<int> m_unitCounts; // scratch: ratings per category in the current unit
};

} // namespace Workbench::Core
