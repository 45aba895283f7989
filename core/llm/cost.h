// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QtGlobal>

#include <optional>

namespace Workbench::Core {

/*! \brief What calls cost in USD, with what is not known kept apart: a call of a model without a
 * price counts in \c unpriced and adds nothing to \c usd, so that "no price" never reads as free.
 *
 * A sum of calls of several models may be partly priced: \c usd is then what the priced calls
 * cost, and \c unpriced says how many calls that leaves out. Usage:
 * \c{Cost total; total += Cost::of(prices.cost(model, usage));}
 */
struct Cost
{
    double usd = 0.0; //!< of the calls with a price
    qint64 unpriced = 0; //!< calls of a model without a price: what they cost is unknown

    //! One call's cost; nothing: its model has no price.
    [[nodiscard]] static Cost of(const std::optional<double> &usd);
    //! \a calls calls at \a each (nothing: no price).
    [[nodiscard]] static Cost times(qint64 calls, const std::optional<double> &each);
    //! Every call of the sum has a price (an empty sum too).
    [[nodiscard]] bool isKnown() const { return unpriced == 0; }
    //! No call of the sum has a price that cost anything: only unpriced calls (or none at all).
    [[nodiscard]] bool isUnknown() const { return unpriced > 0 && usd == 0.0; }

    Cost &operator+=(const Cost &other);
    friend Cost operator+(Cost a, const Cost &b) { return a += b; }
    friend bool operator==(const Cost &, const Cost &) = default;
};

} // namespace Workbench::Core
