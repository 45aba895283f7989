// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QString>

#include <optional>

namespace Workbench::Core {

//! The annotation file formats the workbench reads and writes (formats.md).
enum class AnnotationFormat {
    Conll, //!< CoNLL-style columns, one token per line
    Doccano, //!< doccano JSONL, code-point offsets
    Prodigy, //!< Prodigy JSONL, tokens and spans, code-point offsets
    Brat, //!< brat standoff: a directory of .txt/.ann pairs, code-point offsets
};

[[nodiscard]] QString annotationFormatName(AnnotationFormat format);
//! The format named \a name ("conll", "doccano", "prodigy", "brat"), or nothing.
[[nodiscard]] std::optional<AnnotationFormat> annotationFormatFromName(const QString &name);
//! The format a path implies: a directory is brat; .jsonl/.json as jsonLinesFormat() finds it;
//! any other file CoNLL (shared-task outputs often have no extension at all).
[[nodiscard]] std::optional<AnnotationFormat> annotationFormatForPath(const QString &path);
//! Doccano or Prodigy by the first record's fields (Prodigy: "tokens", "spans" or "answer";
//! doccano: "text" without them); nothing when the file cannot be read or the record is neither.
[[nodiscard]] std::optional<AnnotationFormat> jsonLinesFormat(const QString &path);

} // namespace Workbench::Core
