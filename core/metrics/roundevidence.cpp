// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "metrics/roundevidence.h"

#include "metrics/layercomparison.h"
#include "model/textlocator.h"

namespace Workbench::Core {

QList<Span> RoundEvidence::disputedIn(const QList<AnnotatorLayer> &layers, const qsizetype document)
{
    QList<QList<Span>> covering;
    for (const AnnotatorLayer &layer : layers) {
        if (!layer.missing.contains(document)) {
            covering.append(layer.spans.value(document));
        }
    }
    return LayerComparison::disputedSpansIn(covering);
}

QList<RoundEvidence::Place> RoundEvidence::disputedDocuments(
    const QList<AnnotatorLayer> &layers, const QList<qsizetype> &batch, const QStringList &types)
{
    QList<Place> places;
    for (const qsizetype document : batch) {
        for (const Span &span : disputedIn(layers, document)) {
            if (types.isEmpty() || types.contains(span.type, Qt::CaseInsensitive)) {
                places.append({document, span.start, span.end, span});
                break;
            }
        }
    }
    return places;
}

QList<RoundEvidence::Place> RoundEvidence::quoted(const QString &quote, const QList<Document> &corpus,
    const QList<AnnotatorLayer> &layers, const QList<qsizetype> &batch)
{
    QList<Place> places;
    for (const TextLocator::Match &match : TextLocator::find(quote, corpus, batch)) {
        Place place{match.document, match.start, match.end, std::nullopt};
        for (const Span &span : disputedIn(layers, match.document)) {
            if (span.start < match.end && match.start < span.end) {
                place = {match.document, span.start, span.end, span};
                break;
            }
        }
        places.append(place);
    }
    return places;
}

} // namespace Workbench::Core
