// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <cstdint>
#include <random>

namespace Workbench::Core {

/*! \brief A seeded generator whose draws are the same on every platform and standard library.
 *
 * std::mt19937_64 is specified bit for bit; the distributions of <random> are not, so bounded
 * draws are made here (modulo with rejection). Usage: \c{SeededRandom r(42); r.below(10);}
 */
class SeededRandom
{
public:
    explicit SeededRandom(std::uint64_t seed)
        : m_engine(seed)
    {
    }

    //! A uniform integer in [0, bound); 0 when bound is 0.
    std::uint64_t below(std::uint64_t bound);

private:
    std::mt19937_64 m_engine;
};

} // namespace Workbench::Core
