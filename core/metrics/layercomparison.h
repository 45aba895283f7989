// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "model/span.h"

#include <QList>
#include <QSet>
#include <QStringList>

namespace Workbench::Core {

/*! \brief Where two layers differ, document by document: what a click on a matrix cell lists.
 */
class LayerComparison
{
public:
    //! The documents whose spans differ between \a a and \a b (as sets), in corpus order.
    [[nodiscard]] static QList<qsizetype> differingDocuments(const DocumentSpans &a, const DocumentSpans &b);
    //! Per document of \a documentCount: how many distinct spans some of \a layers have and
    //! others lack (0 where they all agree, or where fewer than two layers cover the document).
    //! \a missing, when given, holds per layer the documents it lacks (AnnotatorLayer::missing):
    //! a layer takes part only in the documents it covers, its lack of a span is no dispute.
    [[nodiscard]] static QList<int> disputedSpans(const QList<DocumentSpans> &layers, qsizetype documentCount,
        const QList<QSet<qsizetype>> &missing = {});
    struct Disputes
    {
        QList<int> spans; //!< as disputedSpans()
        QList<QStringList> types; //!< the types of those spans, sorted, each once
    };
    //! Per document: the disputed spans and their types, in one pass (\a missing as above).
    [[nodiscard]] static Disputes disputes(const QList<DocumentSpans> &layers, qsizetype documentCount,
        const QList<QSet<qsizetype>> &missing = {});
    //! The spans of one document that some of \a layers have and others lack, sorted, each once:
    //! \a layers are the spans of the layers covering the document (fewer than two: none).
    [[nodiscard]] static QList<Span> disputedSpansIn(const QList<QList<Span>> &layers);
    //! Per document of \a documentCount: the mean strict span F1 over every pair of \a layers
    //! covering it (a pair where neither has a span agrees fully; \a missing as above); NaN where
    //! fewer than two layers cover the document (nothing measured); empty when fewer than two
    //! layers are given.
    [[nodiscard]] static QList<double> documentAgreement(const QList<DocumentSpans> &layers,
        qsizetype documentCount, const QList<QSet<qsizetype>> &missing = {});
};

} // namespace Workbench::Core
