// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QtGlobal>

namespace Workbench::Core {

/*! \brief Exact-match counts of one comparison and the strict scores they give.
 *
 * precision() is 0 when nothing was predicted, recall() 0 when there is no gold, f1() 0 when
 * both are 0: a fixed convention, so empty layers never produce NaN.
 */
struct ScoreCounts
{
    qint64 truePositives = 0;
    qint64 gold = 0;
    qint64 predicted = 0;

    [[nodiscard]] double precision() const
    {
        return predicted == 0 ? 0.0 : double(truePositives) / double(predicted);
    }
    [[nodiscard]] double recall() const { return gold == 0 ? 0.0 : double(truePositives) / double(gold); }
    [[nodiscard]] double f1() const
    {
        // 2TP / (gold + pred) equals the harmonic mean of P and R, and is exact for Dice.
        return gold + predicted == 0 ? 0.0 : 2.0 * double(truePositives) / double(gold + predicted);
    }

    ScoreCounts &operator+=(const ScoreCounts &other)
    {
        truePositives += other.truePositives;
        gold += other.gold;
        predicted += other.predicted;
        return *this;
    }
    friend bool operator==(const ScoreCounts &, const ScoreCounts &) = default;
};

} // namespace Workbench::Core
