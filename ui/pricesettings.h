// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "llm/pricetable.h"

namespace Workbench::Ui {

/*! \brief The user's price table, kept in the application settings beside the endpoints (never in a
 * project file: one table serves every project).
 *
 * Runs started from the workbench price their calls at it; for a model it names, it wins over the
 * prices of a pilot's configuration. Usage: \c{const Core::PriceTable prices = PriceSettings::load();}
 */
class PriceSettings
{
public:
    PriceSettings() = delete;

    //! The table as last saved; empty when none was (every model then has no price).
    [[nodiscard]] static Core::PriceTable load();
    static void save(const Core::PriceTable &prices);
};

} // namespace Workbench::Ui
