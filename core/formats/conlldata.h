// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "base/tagscheme.h"
#include "model/document.h"
#include "model/span.h"

#include <QList>
#include <QStringList>

namespace Workbench::Core {

/*! \brief What a CoNLL file holds: documents, the spans of its tag column, and how it was read.
 *
 * \c tags has one list per sentence in file order (across documents), verbatim, so callers can
 * pair files by position. \c tagColumn is 1-based. \c warnings are complete
 * \c{FILE:LINE: warning: ...} lines about things read but not as the file meant them.
 */
struct ConllData
{
    QList<Document> documents;
    DocumentSpans spans;
    QList<QStringList> tags;
    TagScheme scheme = TagScheme::Iob2;
    int columnCount = 0;
    int tokenColumn = 1;
    int tagColumn = 0;
    bool hasDocumentMarkers = false;
    QStringList warnings;

    [[nodiscard]] qsizetype sentenceCount() const { return tags.size(); }
};

} // namespace Workbench::Core
