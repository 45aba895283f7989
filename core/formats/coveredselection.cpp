// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "formats/coveredselection.h"

namespace Workbench::Core {

CoveredSelection CoveredSelection::of(
    const QList<Document> &documents, const DocumentSpans &spans, const QSet<qsizetype> &uncovered)
{
    if (uncovered.isEmpty()) {
        return {documents, spans, 0};
    }
    CoveredSelection selection;
    for (qsizetype d = 0; d < documents.size(); ++d) {
        if (uncovered.contains(d)) {
            ++selection.omitted;
            continue;
        }
        selection.documents.append(documents.at(d));
        selection.spans.append(spans.value(d));
    }
    return selection;
}

} // namespace Workbench::Core
