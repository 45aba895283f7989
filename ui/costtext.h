// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "llm/cost.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Workbench::Ui {

/*! \brief How the views write a cost: in USD when every call has a price, "no price" when none
 * has, and the priced part "+ no price" when some have; never 0 for a price nobody entered.
 *
 * Usage: \c{label->setText(CostText::usd(total, 4));} or, in a "Cost (USD)" column,
 * \c{CostText::amount(record.cost, 4)}.
 */
class CostText
{
    Q_DECLARE_TR_FUNCTIONS(CostText)

public:
    CostText() = delete;

    //! The number with \a decimals (a column that says USD in its header), or "no price".
    [[nodiscard]] static QString amount(const Core::Cost &cost, int decimals);
    [[nodiscard]] static QString amount(const std::optional<double> &usd, int decimals);
    //! "1.2345 USD", or "no price".
    [[nodiscard]] static QString usd(const Core::Cost &cost, int decimals);
    //! The words for a cost nobody gave a price for.
    [[nodiscard]] static QString noPrice();
};

} // namespace Workbench::Ui
