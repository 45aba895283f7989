// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "llm/cost.h"

namespace Workbench::Core {

Cost Cost::of(const std::optional<double> &usd)
{
    return usd ? Cost{*usd, 0} : Cost{0.0, 1};
}

Cost Cost::times(const qint64 calls, const std::optional<double> &each)
{
    return each ? Cost{double(calls) * *each, 0} : Cost{0.0, calls};
}

Cost &Cost::operator+=(const Cost &other)
{
    usd += other.usd;
    unpriced += other.unpriced;
    return *this;
}

} // namespace Workbench::Core
