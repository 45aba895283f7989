// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "base/lossreport.h"
#include "model/document.h"
#include "model/span.h"
#include "model/tokengrid.h"

#include <QList>
#include <QSet>

namespace Workbench::Core {

/*! \brief Carries the spans of another tokenisation of the same text onto a reference corpus.
 *
 * When both spell the same characters (only tokenisation or spacing differ) spans move by
 * characters and must start and end on reference token boundaries; so they do when each document
 * of the other file is spelt as a whole document of the reference (any order, some lacking, those
 * uncovered; an id both spell alike pairs twins). Otherwise tokens are aligned
 * by TokenAligner and a span moves when its tokens map one to one onto consecutive reference
 * tokens of one sentence. A span that cannot move exactly is never shifted to a
 * neighbour: it is left out and listed in the loss report.
 * Usage: \c{auto p = LayerProjector::project(TokenGrid(corpus), other.documents, other.spans, path);}
 */
class LayerProjector
{
public:
    struct Result
    {
        DocumentSpans spans; //!< on the reference's documents
        LossReport loss;
        qsizetype unalignedTokens = 0; //!< other tokens without a reference partner
        qsizetype substitutedTokens = 0; //!< aligned tokens spelt differently
        //! Reference documents (with tokens) that no token of the other file aligned to: the file
        //! does not cover them, so they are missing values, not "no entities".
        QSet<qsizetype> uncoveredDocuments = {};
    };

    [[nodiscard]] static Result project(
        const TokenGrid &reference, const QList<Document> &otherDocuments, const DocumentSpans &otherSpans);
};

} // namespace Workbench::Core
