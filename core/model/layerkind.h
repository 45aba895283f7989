// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QString>

#include <optional>

namespace Workbench::Core {

//! Who made a span layer. The kind decides how the workbench treats it (gold is never a voter).
enum class LayerKind {
    Llm,
    System,
    Human,
    Gold,
    Aggregate,
};

//! The layer curation in the workbench writes (kind Human); exports prefer it.
inline constexpr const char *curatedLayerName = "curated";

[[nodiscard]] QString layerKindName(LayerKind kind);
//! The kind named \a name (as layerKindName() writes it), or nothing for an unknown name.
[[nodiscard]] std::optional<LayerKind> layerKindFromName(const QString &name);

} // namespace Workbench::Core
