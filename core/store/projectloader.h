// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "model/importedcorpus.h"
#include "store/pilotsnapshot.h"
#include "store/storeerror.h"

#include <expected>
#include <optional>

namespace Workbench::Core {

class ProjectStore;

/*! \brief Reads a project's corpus, every layer and its pilot as one value, for a workspace to adopt.
 *
 * Opens the file read-only (never migrating or locking it), so it may run on a worker thread
 * while another process writes the project. Usage: \c{workspace.adopt(ProjectLoader::load(path)->corpus);}
 */
class ProjectLoader
{
public:
    struct Loaded
    {
        ImportedCorpus corpus;
        std::optional<PilotSnapshot> pilot; //!< when the project holds a pilot run
    };

    [[nodiscard]] static std::expected<Loaded, StoreError> load(const QString &path);
    //! The same from a project opened already (by whoever owns its connection).
    [[nodiscard]] static std::expected<Loaded, StoreError> load(ProjectStore &store);
    //! The pilot alone (nothing when the project holds none).
    [[nodiscard]] static std::expected<std::optional<PilotSnapshot>, StoreError> loadPilot(
        const QString &path);
    [[nodiscard]] static std::optional<PilotSnapshot> loadPilot(ProjectStore &store);
};

} // namespace Workbench::Core
