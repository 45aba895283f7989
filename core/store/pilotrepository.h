// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "pilot/guideline.h"
#include "pilot/proposal.h"
#include "pilot/roundsummary.h"
#include "store/projectstore.h"
#include "store/runstatus.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>

#include <expected>
#include <optional>

namespace Workbench::Core {

/*! \brief A project's pilot: its configuration, guideline versions (with provenance), rounds and
 * proposals with every decision. Each write is one transaction, so a stopped pilot resumes.
 * Usage: \c{PilotRepository pilot(store); pilot.saveGuideline(g, provenance);}
 */
class PilotRepository
{
public:
    //! What a round's analysis wrote for people (Markdown): the hotspots, and per annotator its
    //! differences from the reference.
    struct RoundReports
    {
        QString hotspots;
        QMap<QString, QString> annotators;
    };

    explicit PilotRepository(ProjectStore &store);

    [[nodiscard]] std::expected<qint64, StoreError> saveRun(const QJsonObject &config);
    //! The pilot's run: (id, configuration); nothing when the project has no pilot.
    [[nodiscard]] std::optional<std::pair<qint64, QJsonObject>> run() const;
    //! "running" or "finished".
    [[nodiscard]] RunStatus runStatus(qint64 runId) const;
    [[nodiscard]] std::expected<void, StoreError> setRunStatus(qint64 runId, RunStatus status);

    [[nodiscard]] std::expected<void, StoreError> saveGuideline(
        const Guideline &guideline, const QJsonObject &provenance);
    [[nodiscard]] std::optional<Guideline> latestGuideline() const;
    [[nodiscard]] QList<Guideline> guidelines() const;
    //! Makes version \a version current again, as a new version whose provenance says so.
    [[nodiscard]] std::expected<Guideline, StoreError> restore(int version);

    [[nodiscard]] std::expected<void, StoreError> saveRound(qint64 runId, const RoundSummary &summary);
    [[nodiscard]] QList<RoundSummary> rounds(qint64 runId) const;
    //! Round \a round's batch: the corpus positions of its documents, in corpus order; nothing
    //! when the round is not analysed.
    [[nodiscard]] std::optional<QList<qsizetype>> roundBatch(qint64 runId, int round) const;
    //! For each document (corpus position) in a round's batch, that round (batches are disjoint):
    //! what a documents pane filters by.
    [[nodiscard]] QHash<qsizetype, int> batchRounds(qint64 runId) const;
    //! Keeps \a reports with round \a round (saved already).
    [[nodiscard]] std::expected<void, StoreError> saveReports(
        qint64 runId, int round, const RoundReports &reports);
    //! Round \a round's reports; empty for a round analysed before they were kept (schema 9).
    [[nodiscard]] RoundReports roundReports(qint64 runId, int round) const;
    //! The row of round \a round of run \a runId (what a call's round_id names); 0 when not saved.
    [[nodiscard]] qint64 roundId(qint64 runId, int round) const;

    //! Saves \a proposal for its round (pending, or decided when every change is).
    [[nodiscard]] std::expected<void, StoreError> saveProposal(qint64 runId, const Proposal &proposal);
    /*! Records a person's decision of a whole proposal in one transaction: the decided proposal,
     * the next guideline version when a change was accepted or edited (with the round and
     * proposal as its provenance), and the round's count of accepted changes. Returns the
     * guideline the next round runs under. Every change must be decided. */
    [[nodiscard]] std::expected<Guideline, StoreError> recordDecision(qint64 runId, const Proposal &decided);
    [[nodiscard]] std::optional<Proposal> pendingProposal(qint64 runId) const;
    //! Whether round \a round has a proposal, pending or decided.
    [[nodiscard]] bool hasProposal(qint64 runId, int round) const;
    //! How many changes the proposal of \a round has; 0 also when it has none (nothing proposed).
    [[nodiscard]] qsizetype proposalChanges(qint64 runId, int round) const;
    //! Whether round \a round is analysed but not decided: its proposal pending, or not made yet.
    [[nodiscard]] bool isUndecided(qint64 runId, int round) const;

private:
    ProjectStore &m_store;
};

} // namespace Workbench::Core
