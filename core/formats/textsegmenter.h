// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "model/sentence.h"
#include "model/span.h"

#include <QList>
#include <QString>

namespace Workbench::Core {

/*! \brief Splits raw text into sentences and tokens (Unicode UAX #29 via QTextBoundaryFinder).
 *
 * Every word segment that is not whitespace is a token, so punctuation is a token of its own.
 * Given spans, tokens are also cut at span boundaries and sentences that a span crosses are
 * joined, so each span covers whole tokens of one sentence. Offsets are UTF-16 code units.
 * Usage: \c{const QList<Sentence> s = TextSegmenter::segment(text, spans);}
 */
class TextSegmenter
{
public:
    [[nodiscard]] static QList<Sentence> segment(const QString &text, const QList<Span> &spans = {});
};

} // namespace Workbench::Core
