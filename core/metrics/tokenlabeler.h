// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "metrics/labelcodec.h"
#include "model/span.h"
#include "model/tokengrid.h"

#include <QList>

namespace Workbench::Core {

/*! \brief Lays one layer's spans onto the corpus tokens as BIO labels, for token-level metrics.
 *
 * A span covers the tokens it touches. BIO holds one label per token, so where spans overlap
 * the longer (then the earlier) one wins, as in ConllWriter; overlapsDropped counts the rest.
 * Span-level metrics never use this: they count every span.
 */
class TokenLabeler
{
public:
    struct Result
    {
        QList<LabelCodec::Label> labels; //!< one per global token
        qsizetype overlapsDropped = 0;
    };

    [[nodiscard]] static Result label(
        const TokenGrid &grid, const DocumentSpans &spans, const LabelCodec &codec);
};

} // namespace Workbench::Core
