// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "costtext.h"

#include <QLocale>

namespace Workbench::Ui {

QString CostText::noPrice()
{
    return tr("no price");
}

QString CostText::amount(const Core::Cost &cost, const int decimals)
{
    const QString number = QLocale().toString(cost.usd, 'f', decimals);
    if (cost.isKnown()) {
        return number;
    }
    //: %1: what the calls with a price cost; the others' models have none
    return cost.isUnknown() ? noPrice() : tr("%1 + no price").arg(number);
}

QString CostText::amount(const std::optional<double> &usd, const int decimals)
{
    return amount(Core::Cost::of(usd), decimals);
}

QString CostText::usd(const Core::Cost &cost, const int decimals)
{
    const QString number = QLocale().toString(cost.usd, 'f', decimals);
    if (cost.isKnown()) {
        return tr("%1 USD").arg(number);
    }
    //: %1: what the calls with a price cost; the others' models have none
    return cost.isUnknown() ? noPrice() : tr("%1 USD + no price").arg(number);
}

} // namespace Workbench::Ui
