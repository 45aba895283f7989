// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "layercomparison.h"

#include <algorithm>

namespace Workbench::Core {

QList<qsizetype> LayerComparison::differingDocuments(const DocumentSpans &a, const DocumentSpans &b)
{
    QList<qsizetype> documents;
    const qsizetype count = std::max(a.size(), b.size());
    for (qsizetype d = 0; d < count; ++d) {
        QList<Span> x = a.value(d);
        QList<Span> y = b.value(d);
        std::ranges::sort(x);
        std::ranges::sort(y);
        x.erase(std::unique(x.begin(), x.end()), x.end());
        y.erase(std::unique(y.begin(), y.end()), y.end());
        if (x != y) {
            documents.append(d);
        }
    }
    return documents;
}

} // namespace Workbench::Core
