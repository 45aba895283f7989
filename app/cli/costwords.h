// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QString>

namespace Workbench::Core {
struct Cost;
}

namespace Workbench::Cli {

/*! \brief A cost in the CLI's words: a price that is not set says so, never "0.0000 USD".
 *
 * "0.0123 USD"; "no price (3 calls)"; "0.0123 USD and 3 calls without a price".
 */
class CostWords
{
public:
    CostWords() = delete;

    [[nodiscard]] static QString of(const Core::Cost &cost);
};

} // namespace Workbench::Cli
