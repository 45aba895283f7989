// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "base/parseerror.h"
#include "metrics/scoretable.h"

#include <QByteArrayView>
#include <QString>

#include <expected>

namespace Workbench::Core {

/*! \brief Scores a CoNLL file against its gold straight from the bytes: the path of \c{score}.
 *
 * The same result as ConllReader, PositionalPairing and SpanScorer together (strict, conlleval
 * chunking, sentences and tokens paired by position, the same errors), without building
 * documents, UTF-16 text or spans: both files are laid out by ConllLayout over their UTF-8 bytes,
 * then walked sentence by sentence in lockstep, comparing the chunks of each pair of sentences.
 * Usage: \c{auto scored = ConllPairScorer::scoreFiles(goldPath, predPath, 0);}
 */
class ConllPairScorer
{
public:
    struct Result
    {
        ScoreTable table;
        qsizetype tokens = 0; //!< in the gold file
        qsizetype differingTokens = 0; //!< tokens whose text differs between the files
        int firstDifferingLine = 0; //!< the predicted file's line of the first of them, 0 if none
    };

    //! \a tagColumn is 1-based for both files; 0 detects it in each.
    [[nodiscard]] static std::expected<Result, ParseError> score(QByteArrayView gold, const QString &goldFile,
        QByteArrayView predicted, const QString &predictedFile, int tagColumn);
    [[nodiscard]] static std::expected<Result, ParseError> scoreFiles(
        const QString &goldPath, const QString &predictedPath, int tagColumn);
};

} // namespace Workbench::Core
