// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "../formats/importedcorpus.h"
#include "storeerror.h"

#include <expected>

namespace Workbench::Core {

/*! \brief Reads a project's corpus and every layer as one value, for a workspace to adopt.
 *
 * Opens the file read-only (never migrating or locking it), so it may run on a worker thread
 * while another process writes the project. Usage: \c{workspace.adopt(*ProjectLoader::load(path));}
 */
class ProjectLoader
{
public:
    [[nodiscard]] static std::expected<ImportedCorpus, StoreError> load(const QString &path);
};

} // namespace Workbench::Core
