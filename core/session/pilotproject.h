// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "base/parseerror.h"
#include "pilot/pilotconfig.h"
#include "store/projectstore.h"

#include <expected>
#include <memory>
#include <variant>

namespace Workbench::Core {

/*! \brief A new pilot project: the corpus (and gold, for scoring only) imported, the configuration
 * and the starting guideline (version 0, the goal) saved. What \c{diziner-cli pilot} and the
 * workbench's new-project wizard create.
 * Usage: \c{auto created = PilotProject::create(path, corpus, {}, config);}
 */
class PilotProject
{
public:
    struct Created
    {
        std::unique_ptr<ProjectStore> store;
        qint64 runId = 0;
    };
    using Failure = std::variant<ParseError, StoreError>;

    //! \a gold may be empty. A file that does not parse leaves no project behind.
    [[nodiscard]] static std::expected<Created, Failure> create(
        const QString &projectPath, const QString &corpus, const QString &gold, const PilotConfig &config);
};

} // namespace Workbench::Core
