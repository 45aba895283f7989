// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "model/occurrenceplan.h"

#include <QHash>

#include <algorithm>

namespace Workbench::Core {

OccurrencePlan OccurrencePlan::make(const QList<TokenOccurrences::Occurrence> &found,
    const TokenOccurrences::Occurrence &source, const QString &type, const DocumentSpans &curated)
{
    OccurrencePlan plan;
    QHash<qsizetype, QList<Span>> planned; // spans this plan adds, by document
    for (const TokenOccurrences::Occurrence &occurrence : found) {
        if (occurrence.document == source.document && occurrence.start < source.end
            && source.start < occurrence.end) {
            continue; // the source's own tokens
        }
        const Span wanted{occurrence.start, occurrence.end, type};
        const QList<Span> existing = curated.value(occurrence.document) + planned.value(occurrence.document);
        if (existing.contains(wanted)) {
            ++plan.alreadyAnnotated;
            continue;
        }
        const bool overlaps = std::ranges::any_of(
            existing, [&](const Span &span) { return span.start < wanted.end && wanted.start < span.end; });
        if (overlaps) {
            ++plan.overlapping;
            continue;
        }
        plan.toAnnotate.append(occurrence);
        planned[occurrence.document].append(wanted);
    }
    return plan;
}

} // namespace Workbench::Core
