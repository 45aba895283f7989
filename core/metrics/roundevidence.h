// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "metrics/annotatorlayer.h"
#include "model/document.h"
#include "model/span.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Workbench::Core {

/*! \brief Where in a round's documents the supervisor's evidence is: the documents a pattern
 * speaks of, and the document an example was taken from, each with the disputed span to look at.
 *
 * A pattern names the entity types it affects, not documents: its documents are those of the
 * batch where the round's annotators dispute a span of one of those types. An example is a
 * quote: it is found by its letters (TextLocator), whatever the supervisor did to its spacing.
 * Layers are indexed by corpus position; a layer takes part only where it covers the document.
 * Usage: \c{auto places = RoundEvidence::quoted(example.text, documents, roundLayers, batch);}
 */
class RoundEvidence
{
public:
    RoundEvidence() = delete;

    struct Place
    {
        qsizetype document = -1; //!< a position in the corpus
        int start = 0; //!< what to show: the disputed span, else the quote's place
        int end = 0;
        std::optional<Span> disputed; //!< the disputed span shown, when there is one

        friend bool operator==(const Place &, const Place &) = default;
    };

    /*! The documents of \a batch (in its order) where \a layers dispute a span of one of \a types
     * (compared ignoring case; any type when \a types is empty), each at its first such span. */
    [[nodiscard]] static QList<Place> disputedDocuments(
        const QList<AnnotatorLayer> &layers, const QList<qsizetype> &batch, const QStringList &types);
    /*! The documents of \a batch that hold \a quote, each at the first span \a layers dispute
     * that overlaps the quote's place (or at the place itself when they agree all along it); empty
     * when none holds it. */
    [[nodiscard]] static QList<Place> quoted(const QString &quote, const QList<Document> &corpus,
        const QList<AnnotatorLayer> &layers, const QList<qsizetype> &batch);
    //! The spans \a layers dispute in document \a document, among the layers covering it.
    [[nodiscard]] static QList<Span> disputedIn(const QList<AnnotatorLayer> &layers, qsizetype document);
};

} // namespace Workbench::Core
