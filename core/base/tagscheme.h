// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QString>

#include <optional>

namespace Workbench::Core {

//! How BIO-style tags encode chunks (formats.md "Tag encodings").
enum class TagScheme {
    Iob1, //!< I- inside chunks, B- only where a chunk directly follows one of the same type
    Iob2, //!< every chunk starts with B-
    Bioes, //!< B- I- E- for multi-token chunks, S- for single tokens (BILOU read as BIOES)
};

[[nodiscard]] QString tagSchemeName(TagScheme scheme);
//! The scheme named \a name ("iob1", "iob2", "bioes", also "bio" and "bilou"), or nothing.
[[nodiscard]] std::optional<TagScheme> tagSchemeFromName(const QString &name);

} // namespace Workbench::Core
