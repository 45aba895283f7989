// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QList>
#include <QtGlobal>

#include <optional>

namespace Workbench::Core {

//! Small statistics the metrics share, with the conventions stated where they matter.
class Statistics
{
public:
    //! The resamples of every bootstrap interval the workbench reports unless told otherwise: the
    //! window, \c{diziner-cli agreement} and the pilot's rounds give the same intervals.
    static constexpr int defaultBootstrapResamples = 1000;
    //! The seed of those bootstraps: the same figures on every run.
    static constexpr quint64 defaultBootstrapSeed = 42;

    //! The arithmetic mean; 0 for no values.
    [[nodiscard]] static double mean(const QList<double> &values);
    //! The \a percent-th percentile (0-100) by linear interpolation between closest ranks,
    //! numpy's default; 0 for no values. \a values need not be sorted.
    [[nodiscard]] static double percentile(QList<double> values, double percent);
    //! Pearson's r; nothing when fewer than 3 pairs or either side has no variance.
    [[nodiscard]] static std::optional<double> pearson(const QList<double> &x, const QList<double> &y);
};

} // namespace Workbench::Core
