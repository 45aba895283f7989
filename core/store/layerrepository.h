// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "model/importedlayer.h"
#include "store/projectstore.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <expected>
#include <optional>

namespace Workbench::Core {

/*! \brief The project's span layers: their provenance, loss reports, spans and curation history.
 *
 * Each layer also keeps the documents its file did not cover (ImportedLayer::uncoveredDocuments),
 * so that they read back as missing values, not as documents without entities.
 * Adding a layer writes it and all its spans in one transaction. Each curation edit (insert or
 * remove one span) is its own transaction together with its undo record, so a crash loses at
 * most the edit being made. Documents are referred to by position in the corpus.
 * Usage: \c{LayerRepository layers(store); auto id = layers.add(imported);}
 */
class LayerRepository
{
public:
    struct StoredLayer
    {
        qint64 id = 0;
        QString name;
        LayerKind kind = LayerKind::System;
        Provenance provenance;
        LossReport loss;
        qint64 spanCount = 0;
        //! Documents (by position) the layer's file did not cover: missing values to agreement.
        //! Empty for a layer covering them all. A layer of a project before schema 8 has what
        //! LegacyCoverage could derive, else nothing (\c coverage says which).
        QSet<qsizetype> uncoveredDocuments = {};
        CoverageOrigin coverage = CoverageOrigin::Recorded;
    };

    explicit LayerRepository(ProjectStore &store);

    [[nodiscard]] std::expected<QList<StoredLayer>, StoreError> list() const;
    [[nodiscard]] std::optional<StoredLayer> find(const QString &name) const;
    /*! Adds \a layer with its spans; a layer of that name is refused, and so is a round layer's
     * name ("round<N>/...", RoundLayerBuilder::isRoundLayerName()) for a layer no pilot round made. */
    [[nodiscard]] std::expected<qint64, StoreError> add(const ImportedLayer &layer);
    //! Names layer \a layerId \a name; a name taken is refused.
    [[nodiscard]] std::expected<void, StoreError> rename(qint64 layerId, const QString &name);
    //! add(), the layer of the same name (and its spans) removed first, in one transaction.
    [[nodiscard]] std::expected<qint64, StoreError> replace(const ImportedLayer &layer);
    //! Every span of the layer, one sorted list per document of \a documentCount.
    [[nodiscard]] std::expected<DocumentSpans, StoreError> spans(
        qint64 layerId, qsizetype documentCount) const;
    //! The spans of one document in every layer, by layer id: what a document view shows.
    [[nodiscard]] std::expected<QHash<qint64, QList<Span>>, StoreError> documentSpans(
        qsizetype document) const;

    [[nodiscard]] std::expected<void, StoreError> insertSpan(
        qint64 layerId, qsizetype document, const Span &span);
    [[nodiscard]] std::expected<void, StoreError> removeSpan(
        qint64 layerId, qsizetype document, const Span &span);
    struct SpanEdit
    {
        Span span;
        bool insert = true; //!< false: remove
    };
    //! Several edits of one document as one action: one transaction, undone and redone together.
    [[nodiscard]] std::expected<void, StoreError> applyStep(
        qint64 layerId, qsizetype document, const QList<SpanEdit> &edits);
    struct DocumentEdit
    {
        qsizetype document = 0;
        SpanEdit edit;
    };
    //! Edits of any documents as one action (annotating every occurrence): one transaction, undone
    //! and redone together.
    [[nodiscard]] std::expected<void, StoreError> applyStep(qint64 layerId, const QList<DocumentEdit> &edits);
    //! Reverts the layer's latest action not yet undone; false when there is none.
    [[nodiscard]] std::expected<bool, StoreError> undo(qint64 layerId);
    //! Re-applies the earliest undone action; false when there is none.
    [[nodiscard]] std::expected<bool, StoreError> redo(qint64 layerId);
    //! One edit of a curation action, as recorded.
    struct StepEdit
    {
        qsizetype document = 0; //!< position in the corpus
        Span span;
        bool insert = true; //!< false: a removal
        friend bool operator==(const StepEdit &, const StepEdit &) = default;
    };
    /*! The edits of the action undo() (\a undo) or redo() would take next, in the order they were
     * made: what a menu names before the user picks it. Empty when there is none. */
    [[nodiscard]] std::expected<QList<StepEdit>, StoreError> nextStep(qint64 layerId, bool undo) const;

private:
    //! The edits of the next action to undo (or redo), by edit id, in the order to apply them.
    std::expected<QList<std::pair<qint64, StepEdit>>, StoreError> pendingStep(
        qint64 layerId, bool undo) const;
    //! \a step groups edits of one action (0: an action of its own); returns the edit's id.
    std::expected<qint64, StoreError> edit(
        qint64 layerId, qsizetype document, const Span &span, bool insert, qint64 step = 0);
    std::expected<bool, StoreError> step(qint64 layerId, bool undo);

    ProjectStore &m_store;
};

} // namespace Workbench::Core
