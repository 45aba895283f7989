// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "model/span.h"

#include <QList>
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
    //! others lack (0 where they all agree, or where fewer than two layers are given).
    [[nodiscard]] static QList<int> disputedSpans(
        const QList<DocumentSpans> &layers, qsizetype documentCount);
    struct Disputes
    {
        QList<int> spans; //!< as disputedSpans()
        QList<QStringList> types; //!< the types of those spans, sorted, each once
    };
    //! Per document: the disputed spans and their types, in one pass.
    [[nodiscard]] static Disputes disputes(const QList<DocumentSpans> &layers, qsizetype documentCount);
    //! Per document of \a documentCount: the mean strict span F1 over every pair of \a layers
    //! (a pair where neither has a span agrees fully); empty when fewer than two layers are given.
    [[nodiscard]] static QList<double> documentAgreement(
        const QList<DocumentSpans> &layers, qsizetype documentCount);
};

} // namespace Workbench::Core
