// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "base/lossreport.h"
#include "calltotals.h"
#include "llm/llmcallrecord.h"
#include "pilot/roundsummary.h"

#include <QHash>
#include <QList>
#include <QTableWidget>

#include <optional>

namespace Workbench::Ui {

/*! \brief The annotators of the pilot's runs, one row each in name order: progress, calls,
 * failed calls, tokens, cost, and the mentions snapped to whole tokens in the last round analysed.
 *
 * A row appears with an annotator's first report and stays; its counts add up over the runs
 * shown. Usage: \c{connect(worker, &PilotWorker::annotatorProgress, totals,
 * &AnnotatorTotals::showProgress); totals->count(record);}
 */
class AnnotatorTotals final : public QTableWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotatorTotals)

public:
    explicit AnnotatorTotals(QWidget *parent = nullptr);
    ~AnnotatorTotals() override;

    //! \a done of \a total pieces of \a annotator's are labelled (or failed).
    void showProgress(const QString &annotator, int done, int total);
    //! Each annotator's mentions widened to whole tokens in \a summary's round.
    void showSnapped(const Core::RoundSummary &summary);
    //! No rows, nothing counted (another project).
    void reset();
    //! Adds \a record to its annotator's calls, tokens and cost.
    void count(const Core::LlmCallRecord &record);
    /*! Replaces the rows with \a summary's round as the project keeps it: its annotators' (and
     * its supervisor's and embeddings') calls, tokens, cost, failed pieces and snapped mentions;
     * the failed calls counted from \a calls, the round's calls (none kept: not known). */
    void showRound(const Core::RoundSummary &summary, const QList<Core::LlmCallRecord> &calls);
    /*! Per annotator of round \a round, its mentions that could not be placed (the aligner's
     * losses in its round layer, \a losses by annotator): not in the text, or guessed among
     * several places; the tooltip lists them. */
    void showUnplaced(int round, const QHash<QString, Core::LossReport> &losses);

private:
    //! What the table calls \a annotator: the supervisor's and the embeddings' rows translated.
    [[nodiscard]] static QString displayName(const QString &annotator);
    //! "document ID: “mention” (TYPE)" of an aligner's loss entry.
    [[nodiscard]] static QString mentionText(const Core::LossReport::Entry &entry);
    //! \a mentions one a line (the first few), for a tooltip.
    [[nodiscard]] static QString listing(const QStringList &mentions);
    //! The row of \a annotator, added in name order when new.
    int rowOf(const QString &annotator);
    //! \a annotator's row of a finished round; \a failedCalls is nothing when its calls are not known.
    void showFinished(const Core::RoundSummary::Annotator &annotator, std::optional<int> failedCalls);

    QHash<QString, CallTotals> m_totals;
};

} // namespace Workbench::Ui
