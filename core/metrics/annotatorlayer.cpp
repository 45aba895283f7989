// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "metrics/annotatorlayer.h"

#include <algorithm>

namespace Workbench::Core {

QStringList AnnotatorLayer::typesOf(const QList<AnnotatorLayer> &layers)
{
    QSet<QString> set;
    for (const AnnotatorLayer &layer : layers) {
        for (const QList<Span> &spans : layer.spans) {
            for (const Span &span : spans) {
                set.insert(span.type);
            }
        }
    }
    QStringList types(set.cbegin(), set.cend());
    std::ranges::sort(types);
    return types;
}

} // namespace Workbench::Core
