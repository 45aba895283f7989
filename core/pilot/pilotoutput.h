// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "base/parseerror.h"
#include "formats/conllwriter.h"
#include "pilot/guideline.h"
#include "pilot/pilotrun.h"
#include "pilot/proposal.h"
#include "pilot/roundsummary.h"

#include <QSet>
#include <QString>

#include <expected>

namespace Workbench::Core {

/*! \brief The files a pilot leaves in its directory, for people and other tools.
 *
 * \c round-<r>/<annotator>.conll (the batch as each annotator labelled it), \c round-<r>/hotspots.md
 * and \c annotator-<name>.md, \c round-<r>/failures.jsonl, \c guideline-v<N>.md,
 * \c proposal-<r>.json and \c summary.json. Every file is replaced atomically. Names made from
 * annotator names and document ids keep to SafeFileNames, so none leaves the directory.
 */
class PilotOutput
{
public:
    explicit PilotOutput(QString directory);

    [[nodiscard]] std::expected<void, ParseError> writeRound(
        const PilotRun &run, const RoundSummary &summary) const;
    [[nodiscard]] std::expected<void, ParseError> writeGuideline(const Guideline &guideline) const;
    //! \c proposal-<r>.json: the proposal with "cap_use", how much of \a changeCap its edits use.
    [[nodiscard]] std::expected<void, ParseError> writeProposal(
        const Proposal &proposal, const Guideline &current, double changeCap) const;
    //! \c dry-run/round-0/<annotator>/<document>.txt: the prompts (annotator, document id, prompt).
    [[nodiscard]] std::expected<void, ParseError> writeDryRun(
        const QList<std::tuple<QString, QString, QString>> &prompts) const;
    struct Final
    {
        FinalChoice choice;
        std::optional<double> f1; //!< over the documents labelled
        qsizetype failedPieces = 0;
        QStringList unlabelledDocuments; //!< with a failed piece: not in final.conll nor in f1

        //! summary.json's "final" entry.
        [[nodiscard]] QJsonObject toJson() const;
    };
    //! How a run ended: its reason, how its final labelling went, and why when not done.
    struct Ending
    {
        QString reason;
        PilotRun::FinalOutcome outcome = PilotRun::FinalOutcome::NotYet;
        QString note;
    };
    /*! \c{{"rounds": [...], "guideline_version", "final": {"annotator", "guideline_version", "round",
     * "reason", "f1", "failed_pieces", "unlabelled_documents"} or null, "finish": {"reason",
     * "final_labelling": "done", "skipped" or "failed", "skipped_because" or "failed_because"}}}: true to
     * what ran, so "final" is there only when the pool was labelled (as FinalChoice chose, never by gold),
     * and "finish" only once the run has ended. */
    [[nodiscard]] std::expected<void, ParseError> writeSummary(const QList<RoundSummary> &rounds,
        int guidelineVersion, const std::optional<Final> &final = std::nullopt,
        const std::optional<Ending> &ending = std::nullopt) const;
    //! summary.json after a labelling outside the run (\c{diziner-cli label}): its "final" entry
    //! replaced, and "finish" saying the labelling was done; the rest kept as it was.
    [[nodiscard]] std::expected<void, ParseError> updateFinal(const Final &labelled) const;
    //! \c final.conll: the documents the final labelling labelled (one whose piece failed is left out).
    [[nodiscard]] std::expected<void, ParseError> writeFinal(
        const QList<Document> &documents, const DocumentSpans &spans, const QSet<QString> &unlabelled) const;

private:
    //! CoNLL of \a documents without those in \a unlabelled.
    [[nodiscard]] static ConllWriter::Output labelledConll(
        const QList<Document> &documents, const DocumentSpans &spans, const QSet<QString> &unlabelled);
    [[nodiscard]] std::expected<void, ParseError> write(
        const QString &relative, const QByteArray &bytes) const;

    QString m_directory;
};

} // namespace Workbench::Core
