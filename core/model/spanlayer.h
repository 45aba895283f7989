// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "base/lossreport.h"
#include "model/coverageorigin.h"
#include "model/layerkind.h"
#include "model/provenance.h"
#include "model/span.h"

#include <QObject>
#include <QSet>

namespace Workbench::Core {

/*! \brief The spans one annotator (LLM, system, human, gold, aggregate) put on a corpus.
 *
 * Spans are kept per document (indexed like the corpus's documents), sorted, without
 * duplicates; overlapping and nested spans are allowed. Every mutation is announced in
 * "about to / done" pairs so item models can map them 1:1 to begin/end calls.
 * Usage: \c{layer.setSpans(reader.spans); connect(&layer, &SpanLayer::spanInserted, ...)}.
 */
class SpanLayer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpanLayer)

public:
    explicit SpanLayer(const QString &name, LayerKind kind, QObject *parent = nullptr);
    ~SpanLayer() override;

    [[nodiscard]] const QString &name() const { return m_name; }
    void setName(const QString &name);
    [[nodiscard]] LayerKind kind() const { return m_kind; }

    [[nodiscard]] const Provenance &provenance() const { return m_provenance; }
    void setProvenance(const Provenance &provenance) { m_provenance = provenance; }
    [[nodiscard]] const LossReport &lossReport() const { return m_lossReport; }
    void setLossReport(const LossReport &report) { m_lossReport = report; }
    //! Documents the layer's file did not cover: missing values to agreement, not "no entities"
    //! (empty: it covers every document).
    [[nodiscard]] const QSet<qsizetype> &uncoveredDocuments() const { return m_uncoveredDocuments; }
    void setUncoveredDocuments(const QSet<qsizetype> &documents) { m_uncoveredDocuments = documents; }
    //! Whether that coverage was recorded, or derived or assumed for a layer of an older project.
    [[nodiscard]] CoverageOrigin coverageOrigin() const { return m_coverageOrigin; }
    void setCoverageOrigin(const CoverageOrigin origin) { m_coverageOrigin = origin; }

    //! The spans of document \a documentIndex; empty for an index the layer has no spans for.
    [[nodiscard]] const QList<Span> &spans(qsizetype documentIndex) const;
    [[nodiscard]] const DocumentSpans &allSpans() const { return m_spans; }
    [[nodiscard]] qsizetype spanCount() const;

    //! Replaces every span; lists are sorted and de-duplicated on the way in.
    void setSpans(DocumentSpans spans);
    //! Inserts \a span in order; returns its row, or -1 when the layer already holds it.
    qsizetype insertSpan(qsizetype documentIndex, const Span &span);
    //! Removes the span at \a row of document \a documentIndex; false when there is none.
    bool removeSpan(qsizetype documentIndex, qsizetype row);

Q_SIGNALS:
    void nameChanged(const QString &name);
    void aboutToBeReset();
    void reset();
    void spanAboutToBeInserted(qsizetype documentIndex, qsizetype row);
    void spanInserted(qsizetype documentIndex, qsizetype row);
    void spanAboutToBeRemoved(qsizetype documentIndex, qsizetype row);
    void spanRemoved(qsizetype documentIndex, qsizetype row);

private:
    QString m_name;
    LayerKind m_kind = LayerKind::Human;
    Provenance m_provenance;
    LossReport m_lossReport;
    QSet<qsizetype> m_uncoveredDocuments;
    CoverageOrigin m_coverageOrigin = CoverageOrigin::Recorded;
    DocumentSpans m_spans;
};

} // namespace Workbench::Core
