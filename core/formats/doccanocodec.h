// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "base/parseerror.h"
#include "formats/layerfile.h"

#include <QByteArray>

#include <expected>

namespace Workbench::Core {

/*! \brief doccano sequence-labelling JSONL: \c{{"id", "text", "label": [[start, end, "TYPE"], ...]}}.
 *
 * Reads \c label and the older \c labels, as triples or as objects (\c start_offset /
 * \c end_offset or \c start / \c end, with \c label), and the relation variant's \c entities.
 * Offsets are code points, end exclusive. Writes the current form with \c label triples.
 * Tokens come from TextSegmenter, cut at span boundaries.
 */
class DoccanoCodec
{
public:
    [[nodiscard]] static std::expected<LayerFile, ParseError> read(
        const QByteArray &bytes, const QString &fileName);
    [[nodiscard]] static QByteArray write(const QList<Document> &documents, const DocumentSpans &spans);
};

} // namespace Workbench::Core
