// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "base/parseerror.h"
#include "formats/layerfile.h"

#include <QByteArray>

#include <expected>

namespace Workbench::Core {

/*! \brief Prodigy JSONL tasks and \c db-out: \c text, \c tokens, \c spans (\c token_end inclusive).
 *
 * Offsets are code points. Given tokens are kept (one sentence per task); without them
 * TextSegmenter tokenises. Tasks answered \c reject or \c ignore are skipped and counted in a
 * warning. Writes tokens with \c ws, spans with token indices, and \c answer "accept"; a span
 * not on token boundaries keeps its offsets and is listed in the loss report.
 */
class ProdigyCodec
{
public:
    struct Output
    {
        QByteArray bytes;
        LossReport loss;
    };

    [[nodiscard]] static std::expected<LayerFile, ParseError> read(
        const QByteArray &bytes, const QString &fileName);
    [[nodiscard]] static Output write(const QList<Document> &documents, const DocumentSpans &spans);
};

} // namespace Workbench::Core
