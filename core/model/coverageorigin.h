// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QString>

#include <optional>

namespace Workbench::Core {

/*! How a layer's coverage (the documents it speaks for, ImportedLayer::uncoveredDocuments) is
 * known. Projects before schema 8 kept no coverage: their layers' coverage is derived from what
 * the project did record where it can be, and otherwise assumed, which is said wherever the layer
 * is described, never passed off as known. */
enum class CoverageOrigin {
    Recorded, //!< written with the layer: what its file, round or labelling covered
    Derived, //!< worked out for a layer of an older project: a round's batch, the pilot's record
    Assumed, //!< an older project's layer nothing recorded: read as covering every document
};

[[nodiscard]] QString coverageOriginName(CoverageOrigin origin);
//! The origin named \a name (as coverageOriginName() writes it), or nothing for an unknown name.
[[nodiscard]] std::optional<CoverageOrigin> coverageOriginFromName(const QString &name);

} // namespace Workbench::Core
