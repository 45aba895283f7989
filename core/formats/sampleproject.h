// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "base/parseerror.h"
#include "model/importedcorpus.h"

#include <expected>

namespace Workbench::Core {

/*! \brief The bundled sample: WNUT-17 test sentences with their gold and the seven shared-task
 * systems as layers (CC BY 4.0, see the resource's LICENSE.md).
 *
 * Reads from the application's resources; safe to call from a worker thread.
 */
class SampleProject
{
public:
    [[nodiscard]] static std::expected<ImportedCorpus, ParseError> read();
    //! The licence and citation notice of the sample, in Markdown.
    [[nodiscard]] static QString notice();
};

} // namespace Workbench::Core
