// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>
#include <utility>

namespace Workbench::Core {

using Matrix = QList<QList<double>>;
using Interval = std::pair<double, double>;

/*! \brief Agreement among annotators (method.md section 4), and against gold when it exists.
 *
 * Matrices are indexed like \c layers. The diagonal of \c f1 is 1. Intervals are seeded
 * bootstrap percentile intervals (95%) over documents. \c goldF1 is empty without gold, and NaN
 * for a layer that covers no document the gold covers (hasGoldF1()); \c pearson is empty without
 * gold or with fewer than 3 layers that have both a mean and a gold F1.
 */
struct AgreementResult
{
    QStringList layers;
    Matrix f1;
    QMap<QString, Matrix> f1ByType;
    QList<double> mean;
    QList<Interval> meanInterval;
    double pool = 0.0;
    Interval poolInterval;
    //! The pool agreement of every bootstrap resample, in draw order (empty without a bootstrap):
    //! what an interval on a difference between two such pools is built from.
    QList<double> poolSamples;
    Matrix kappa;
    QList<double> meanKappa;
    QList<double> weights;
    QStringList elite;
    QList<double> goldF1;
    std::optional<double> pearson;
    //! Per layer: documents left out of its pairs because it could not label them.
    QList<qsizetype> leftOut;
    //! Per pair (indexed like \c f1): whether the two layers share a document both labelled.
    //! Where they share none, their F1 and kappa measured nothing (the matrices hold 0 there).
    //! Empty: every pair shares one.
    QList<QList<bool>> shared;

    //! Whether layers \a i and \a j were measured against each other (see \c shared).
    [[nodiscard]] bool isMeasured(qsizetype i, qsizetype j) const
    {
        return shared.isEmpty() || shared.value(i).value(j, false);
    }
    //! Whether \a layer has a mean: some other layer was measured against it. Without one (a single
    //! layer, or one sharing no document with any other) its mean F1 and kappa are no figures.
    [[nodiscard]] bool hasMean(qsizetype layer) const;
    //! Whether the pool agreement is a figure: some pair of layers was measured.
    [[nodiscard]] bool hasPool() const;
    //! Whether \a layer has an F1 against gold: there is gold, and a document both cover.
    [[nodiscard]] bool hasGoldF1(qsizetype layer) const;

    [[nodiscard]] bool isElite(qsizetype layer) const { return elite.contains(layers.value(layer)); }
    //! Whether a bootstrap was drawn; without one, the intervals are [value, value] and mean nothing.
    [[nodiscard]] bool hasIntervals() const { return !poolSamples.isEmpty(); }
    //! The JSON of \c{diziner-cli agreement} (without "unaligned_tokens"); intervals are null
    //! without a bootstrap, and every figure that measured nothing (a pair sharing no document, the
    //! mean of a layer without a measured pair, the pool without one, a gold F1 over no document)
    //! is null, not 0.
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace Workbench::Core
