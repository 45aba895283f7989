// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "base/lossreport.h"
#include "base/parseerror.h"
#include "formats/annotationformat.h"
#include "formats/conllwriter.h"

#include <QSet>

#include <expected>

namespace Workbench::Core {

/*! \brief Writes documents and one layer in any supported format; returns what was lost.
 *
 * Only the documents the layer covers are written (CoveredSelection): one it does not cover would
 * read back as "no entities". Files are replaced atomically (brat: each file of the directory).
 * Usage: \c{auto loss = LayerFileWriter::write(out, AnnotationFormat::Prodigy, docs, spans, {}, {});}
 */
class LayerFileWriter
{
public:
    [[nodiscard]] static std::expected<LossReport, ParseError> write(const QString &path,
        AnnotationFormat format, const QList<Document> &documents, const DocumentSpans &spans,
        const QSet<qsizetype> &uncovered, const ConllWriter::Options &conllOptions);
};

} // namespace Workbench::Core
