// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "base/seededrandom.h"

namespace Workbench::Core {

std::uint64_t SeededRandom::below(const std::uint64_t bound)
{
    if (bound == 0) {
        return 0;
    }
    // Rejecting the incomplete top block keeps the modulo unbiased.
    const std::uint64_t limit = std::mt19937_64::max() - std::mt19937_64::max() % bound;
    std::uint64_t value = m_engine();
    while (value >= limit) {
        value = m_engine();
    }
    return value % bound;
}

} // namespace Workbench::Core
