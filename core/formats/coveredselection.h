// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "model/document.h"
#include "model/span.h"

#include <QList>
#include <QSet>

namespace Workbench::Core {

/*! \brief The documents a file written from a layer carries: those the layer covers, in corpus
 * order, with their spans.
 *
 * A document the layer does not cover (a layer file that lacked it, a round's documents outside its
 * batch, a failed piece) is left out of every file written from the layer: written with no spans it
 * would read back as "no entities"; left out, importing the file reads it as uncovered again.
 * Usage: \c{auto part = CoveredSelection::of(documents, layer.spans, layer.uncoveredDocuments);}
 */
struct CoveredSelection
{
    QList<Document> documents;
    DocumentSpans spans; //!< one list per entry of \c documents
    qsizetype omitted = 0; //!< documents left out as uncovered

    //! \a documents and \a spans without the positions in \a uncovered (positions outside the
    //! corpus are ignored); \a uncovered empty: everything, shared, not copied.
    [[nodiscard]] static CoveredSelection of(
        const QList<Document> &documents, const DocumentSpans &spans, const QSet<qsizetype> &uncovered);
};

} // namespace Workbench::Core
