// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QList>

#include <optional>

namespace Workbench::Core {

/*! \brief Krippendorff's alpha for nominal values, from the coincidence matrix.
 *
 * As Krippendorff defines it ("Computing Krippendorff's Alpha-Reliability", 2011): a unit with
 * m >= 2 values adds 1/(m - 1) to o_ck for every ordered pair of values c, k given by two
 * different coders; n_c = sum_k o_ck, n = sum_c n_c, and
 * alpha = 1 - (n - 1) * sum_{c != k} o_ck / sum_{c != k} n_c * n_k.
 * A missing value is absent from its unit; a unit left with fewer than two values is not
 * pairable and adds nothing. Alpha is undefined (no value) when no two pairable values could
 * disagree: none at all, or every one in the same category.
 * Usage: \c{KrippendorffAlpha alpha(5); alpha.addUnit({0, 1, KrippendorffAlpha::missing}); alpha.value();}
 */
class KrippendorffAlpha
{
public:
    static constexpr int missing = -1;

    //! What alpha needs of a set of units: n_c and sum_{c != k} o_ck. Both add up over units,
    //! so over documents, which is what a bootstrap over documents resamples.
    struct Sums
    {
        QList<double> totals; //!< n_c, one per category
        double disagreement = 0.0; //!< sum_{c != k} o_ck
        //! Adds \a other \a times times (a document the bootstrap drew that often).
        void add(const Sums &other, double times = 1.0);
    };

    explicit KrippendorffAlpha(int categories);

    //! One unit: a value per coder, in [0, categories) or \c missing (any other value counts as
    //! missing too).
    void addUnit(const QList<int> &values);

    //! o_ck, indexed by category.
    [[nodiscard]] const QList<QList<double>> &coincidences() const { return m_coincidences; }
    [[nodiscard]] Sums sums() const;
    //! Units with at least two values.
    [[nodiscard]] qsizetype pairableUnits() const { return m_pairableUnits; }
    //! Alpha of the units added so far; nothing when it is undefined.
    [[nodiscard]] std::optional<double> value() const { return value(sums()); }
    [[nodiscard]] static std::optional<double> value(const Sums &sums);

private:
    QList<QList<double>> m_coincidences;
    QList<int> m_unitCounts; // scratch: values per category in the current unit
    QList<int> m_present; // scratch: the categories the current unit holds
    qsizetype m_pairableUnits = 0;
};

} // namespace Workbench::Core
