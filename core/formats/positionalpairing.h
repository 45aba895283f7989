// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "base/parseerror.h"
#include "formats/conlldata.h"
#include "model/span.h"

#include <expected>

namespace Workbench::Core {

/*! \brief Pairs two CoNLL files sentence by sentence and token by token, by position.
 *
 * For files that tokenise the same text the same way (a system output beside its gold): the
 * other file's tags are laid onto the reference's tokens. Differing sentence or token counts
 * are errors naming the other file's line; differing token text is only counted.
 * Usage: \c{auto pred = PositionalPairing::pair(gold, goldPath, system, systemPath);}
 */
class PositionalPairing
{
public:
    struct Result
    {
        DocumentSpans spans; //!< the other file's spans, on the reference's documents
        qsizetype differingTokens = 0; //!< tokens whose text differs between the files
        int firstDifferingLine = 0; //!< the other file's line of the first of them, 0 if none
    };

    [[nodiscard]] static std::expected<Result, ParseError> pair(const ConllData &reference,
        const QString &referenceFile, const ConllData &other, const QString &otherFile);

    //! The errors every positional pairing reports (ConllPairScorer too), at the other file's line.
    [[nodiscard]] static ParseError sentenceCountError(qsizetype referenceCount, const QString &referenceFile,
        qsizetype otherCount, const QString &otherFile, int otherLine);
    [[nodiscard]] static ParseError tokenCountError(qsizetype referenceCount, const QString &referenceFile,
        int referenceLine, qsizetype otherCount, const QString &otherFile, int otherLine);
};

} // namespace Workbench::Core
