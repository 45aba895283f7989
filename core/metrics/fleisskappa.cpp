// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "metrics/fleisskappa.h"

#include <algorithm>

namespace Workbench::Core {

void FleissKappa::Sums::add(const Sums &other, const double times)
{
    units += times * other.units;
    squares += times * other.squares;
    if (totals.size() < other.totals.size()) {
        totals.resize(other.totals.size(), 0.0);
    }
    for (qsizetype j = 0; j < other.totals.size(); ++j) {
        totals[j] += times * other.totals.at(j);
    }
}

FleissKappa::FleissKappa(const int raters, const int categories)
    : m_raters(raters)
    , m_unitCounts(std::max(categories, 0), 0)
{
    m_sums.totals.fill(0.0, std::max(categories, 0));
}

bool FleissKappa::addUnit(const QList<int> &values)
{
    const auto categories = int(m_unitCounts.size());
    // One rater cannot agree or disagree: no unit is comparable, as in Krippendorff's pairable units.
    if (m_raters < 2 || values.size() != m_raters
        || std::ranges::any_of(values, [categories](int v) { return v < 0 || v >= categories; })) {
        return false;
    }
    for (const int v : values) {
        ++m_unitCounts[v];
    }
    for (const int v : values) {
        if (m_unitCounts.at(v) > 0) { // each category once
            m_sums.squares += double(m_unitCounts.at(v)) * double(m_unitCounts.at(v));
            m_sums.totals[v] += double(m_unitCounts.at(v));
            m_unitCounts[v] = 0;
        }
    }
    m_sums.units += 1.0;
    return true;
}

std::optional<double> FleissKappa::value(const Sums &sums, const int raters)
{
    if (sums.units <= 0.0 || raters < 2) {
        return std::nullopt;
    }
    const double n = raters;
    const double ratings = sums.units * n;
    const double observed = (sums.squares - ratings) / (ratings * (n - 1.0));
    double chance = 0.0;
    for (const double total : sums.totals) {
        chance += (total / ratings) * (total / ratings);
    }
    if (chance >= 1.0) {
        return std::nullopt;
    }
    return (observed - chance) / (1.0 - chance);
}

} // namespace Workbench::Core
