// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "formats/importedcorpus.h"
#include "verbparser.h"

#include <optional>

namespace Workbench::Cli {

/*! \brief The layer files of agreement, aggregate and report: options, reading, loss reports.
 *
 * Adds \c --from and \c --tag-col to a verb; load() reads FILE... (the first defines the
 * tokens) and, when \a goldOption is set, the gold file, printing warnings and loss reports to
 * stderr. Returns nothing after printing the error.
 */
class LayerLoading
{
public:
    static void addOptions(VerbParser &verb, bool withGold);
    [[nodiscard]] static std::optional<Core::ImportedCorpus> load(
        const VerbParser &verb, const QStringList &files, bool withGold, int &exitCode);
};

} // namespace Workbench::Cli
