// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "costwords.h"

#include "base/countednoun.h"
#include "llm/cost.h"

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Cli {

QString CostWords::of(const Core::Cost &cost)
{
    const QString usd = u"%1 USD"_s.arg(cost.usd, 0, 'f', 4);
    if (cost.isKnown()) {
        return usd;
    }
    const QString calls = Core::CountedNoun::of(cost.unpriced, u"call"_s);
    if (cost.isUnknown()) {
        return u"no price (%1)"_s.arg(calls);
    }
    return u"%1 and %2 without a price"_s.arg(usd, calls);
}

} // namespace Workbench::Cli
