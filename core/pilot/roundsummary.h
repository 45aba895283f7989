// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "llm/cost.h"
#include "metrics/agreementresult.h"
#include "metrics/reliabilityresult.h"
#include "pilot/faileditem.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Workbench::Core {

//! What one pilot round measured: agreement per annotator (and F1 when gold exists), calls and cost.
struct RoundSummary
{
    struct Annotator
    {
        QString name;
        //! Against the others; nothing when measured against none (it labelled no document
        //! another labelled, e.g. it failed every piece): no figure, not 0.
        std::optional<double> meanAgreement;
        //! Against gold, never used by the loop; nothing without gold, or over no document.
        std::optional<double> f1;
        qint64 calls = 0;
        qint64 promptTokens = 0;
        qint64 completionTokens = 0;
        //! JSON "cost" (USD of the priced calls) and "unpriced_calls" (of a model without a price).
        Cost cost;
        qint64 failedItems = 0;
        //! Mentions widened to the corpus tokens they cut into (method.md section 3).
        qint64 snapped = 0;
        //! Documents left out of its agreement pairs and error report: it could not label them.
        qint64 leftOut = 0;
    };

    //! The agreement of two annotators over the documents both labelled.
    struct Pair
    {
        QString first;
        QString second;
        std::optional<double> f1; //!< nothing when no document was labelled by both
    };

    int round = 0;
    double poolAgreement = 0.0;
    //! Every pair of the round's annotators: the pool over any subset of them (poolOver()).
    QList<Pair> pairs;
    //! After a drop, the bootstrap draws of the pool of the annotators kept (the same resamples):
    //! the next round, without the dropped one, is measured against these.
    QList<double> keptSamples;
    //! The pool agreement of each bootstrap resample (seeded): kept so that the next round's
    //! improvement over this one gets its interval, on resume too.
    QList<double> poolSamples;
    /*! Pool agreement minus that of the round before, when that round's proposal changed the
     * guideline (a proposal rejected whole changed nothing: no evidence either way), with its
     * bootstrap 95% interval over both rounds' documents. The run stops early only when the whole
     * interval lies below the stop margin (method.md section 7). */
    std::optional<double> improvement;
    std::optional<Interval> improvementInterval;
    //! The round's agreement as a report states it: Krippendorff's alpha (with its bootstrap
    //! interval) and Fleiss' kappa over the batch's tokens, on BIO labels and on types alone.
    ReliabilityResult::Estimate alphaBio;
    ReliabilityResult::Estimate alphaType;
    std::optional<double> fleissBio;
    std::optional<double> fleissType;
    QList<Annotator> annotators;
    QStringList elite;
    QStringList dropped; //!< annotators dropped after this round (method.md section 7, optional)
    QList<qsizetype> batch; //!< pool indices of the round's documents
    QList<FailedItem> failures; //!< the pieces not labelled, with their raw replies
    //! The supervisor's calls of this round (name "supervisor"; no agreement of its own).
    Annotator supervisor;
    //! The pool's embeddings fetched for the batches before this round (round 0, on a first run).
    Annotator embeddings;
    int changesAccepted = 0;
    int guidelineVersion = 0;

    //! Sets improvement and its interval against \a previous, pairing the bootstrap draws of the
    //! two rounds (independent resamples of different documents); a point interval without them.
    //! After a drop in \a previous, against its pool of the annotators it kept: a pool without its
    //! least agreeing member would otherwise read as the guideline's improvement.
    void measureImprovementOver(const RoundSummary &previous);
    //! The mean agreement of the pairs of \a names in this round; nothing when no pair of them
    //! is known (fewer than two of them ran, or a round saved before pairs were kept).
    [[nodiscard]] std::optional<double> poolOver(const QStringList &names) const;
    [[nodiscard]] QStringList annotatorNames() const;
    //! The bootstrap 95% interval of pool agreement, from poolSamples; the point without them.
    [[nodiscard]] Interval poolInterval() const;
    //! Whether the whole improvement interval lies below \a margin: the guideline stopped helping.
    //! Never without a measured improvement.
    [[nodiscard]] bool plateaued(const double margin) const
    {
        return improvementInterval && improvementInterval->second < margin;
    }

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static RoundSummary fromJson(const QJsonObject &json);
};

} // namespace Workbench::Core
