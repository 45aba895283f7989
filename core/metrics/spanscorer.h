// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "metrics/scoretable.h"
#include "model/span.h"

namespace Workbench::Core {

/*! \brief Strict entity-level scoring: a true positive has the same document, start, end and type.
 *
 * Spans are keyed by document (index into the corpus), never pooled across documents. Every span
 * counts, overlapping ones included. With spans decoded by TagCodec, equals conlleval.
 * Usage: \c{const ScoreTable t = SpanScorer::score(gold.allSpans(), system.allSpans());}
 */
class SpanScorer
{
public:
    //! Lists must be sorted (as SpanLayer keeps them); duplicates count once.
    [[nodiscard]] static ScoreTable score(const DocumentSpans &gold, const DocumentSpans &predicted);
};

} // namespace Workbench::Core
