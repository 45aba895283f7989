// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "metrics/statistics.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Workbench::Core {

double Statistics::mean(const QList<double> &values)
{
    if (values.isEmpty()) {
        return 0.0;
    }
    return std::accumulate(values.cbegin(), values.cend(), 0.0) / double(values.size());
}

double Statistics::percentile(QList<double> values, const double percent)
{
    if (values.isEmpty()) {
        return 0.0;
    }
    std::ranges::sort(values);
    const double rank = std::clamp(percent, 0.0, 100.0) / 100.0 * double(values.size() - 1);
    const auto below = qsizetype(std::floor(rank));
    const qsizetype above = std::min(below + 1, values.size() - 1);
    const double fraction = rank - double(below);
    return values.at(below) + (values.at(above) - values.at(below)) * fraction;
}

std::optional<double> Statistics::pearson(const QList<double> &x, const QList<double> &y)
{
    if (x.size() != y.size() || x.size() < 3) {
        return std::nullopt;
    }
    const double mx = mean(x);
    const double my = mean(y);
    double sxy = 0.0;
    double sxx = 0.0;
    double syy = 0.0;
    for (qsizetype i = 0; i < x.size(); ++i) {
        sxy += (x.at(i) - mx) * (y.at(i) - my);
        sxx += (x.at(i) - mx) * (x.at(i) - mx);
        syy += (y.at(i) - my) * (y.at(i) - my);
    }
    if (sxx <= 0.0 || syy <= 0.0) {
        return std::nullopt;
    }
    return sxy / std::sqrt(sxx * syy);
}

} // namespace Workbench::Core
