// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "metrics/krippendorffalpha.h"

#include <algorithm>

namespace Workbench::Core {

void KrippendorffAlpha::Sums::add(const Sums &other, const double times)
{
    if (totals.size() < other.totals.size()) {
        totals.resize(other.totals.size(), 0.0);
    }
    for (qsizetype c = 0; c < other.totals.size(); ++c) {
        totals[c] += times * other.totals.at(c);
    }
    disagreement += times * other.disagreement;
}

KrippendorffAlpha::KrippendorffAlpha(const int categories)
    : m_coincidences(std::max(categories, 0), QList<double>(std::max(categories, 0), 0.0))
    , m_unitCounts(std::max(categories, 0), 0)
{
}

void KrippendorffAlpha::addUnit(const QList<int> &values)
{
    const auto categories = int(m_coincidences.size());
    m_present.clear();
    int m = 0;
    for (const int v : values) {
        if (v >= 0 && v < categories) {
            if (m_unitCounts[v]++ == 0) {
                m_present.append(v);
            }
            ++m;
        }
    }
    if (m >= 2) {
        ++m_pairableUnits;
        // Ordered pairs of values from different coders: n_uc * n_uk of them for c != k,
        // n_uc * (n_uc - 1) for c == k; each weighs 1 / (m - 1).
        const double weight = 1.0 / double(m - 1);
        for (const int c : std::as_const(m_present)) {
            for (const int k : std::as_const(m_present)) {
                const double pairs =
                    double(m_unitCounts.at(c)) * double(m_unitCounts.at(k) - (c == k ? 1 : 0));
                m_coincidences[c][k] += pairs * weight;
            }
        }
    }
    for (const int c : std::as_const(m_present)) {
        m_unitCounts[c] = 0;
    }
}

KrippendorffAlpha::Sums KrippendorffAlpha::sums() const
{
    Sums result;
    for (qsizetype c = 0; c < m_coincidences.size(); ++c) {
        double total = 0.0;
        for (qsizetype k = 0; k < m_coincidences.size(); ++k) {
            total += m_coincidences.at(c).at(k);
            if (k != c) {
                result.disagreement += m_coincidences.at(c).at(k);
            }
        }
        result.totals.append(total);
    }
    return result;
}

std::optional<double> KrippendorffAlpha::value(const Sums &sums)
{
    double n = 0.0;
    double squares = 0.0;
    for (const double total : sums.totals) {
        n += total;
        squares += total * total;
    }
    // sum_{c != k} n_c * n_k = n^2 - sum_c n_c^2: zero when all values share one category.
    const double expected = n * n - squares;
    if (n < 2.0 || expected <= 0.0) {
        return std::nullopt;
    }
    return 1.0 - (n - 1.0) * sums.disagreement / expected;
}

} // namespace Workbench::Core
