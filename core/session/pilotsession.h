// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "llm/scheduler.h"
#include "pilot/pilotconfig.h"
#include "pilot/pilotoutput.h"
#include "pilot/proposal.h"
#include "pilot/roundsummary.h"
#include "store/projectresponsecache.h"
#include "store/storeerror.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

#include <expected>
#include <memory>
#include <optional>

namespace Workbench::Core {

class PilotRun;
class ProjectStore;

/*! \brief Keeps a running pilot in its project: every call, round, proposal, decision, guideline
 * version and the final labels are written as they happen (and the round files, when the session
 * has a directory). The CLI and the workbench run pilots through it.
 *
 * Each analysed round is saved with every annotator's labels of it as layers ("round0/alpha",
 * RoundLayerRepository), in the same transaction. It owns the scheduler (with the project's response cache,
 * so a resumed pilot pays nothing twice). It stops, with stopped(), when the run finishes, fails, or stops at
 * a proposal that awaits a person (saved first); with auto-accept it decides every proposal itself. Usage:
 * \c{PilotSession s(store, dir, config, runId); PilotRun run(..., &s.scheduler(), keys); s.attach(run);
 * run.start();}
 */
class PilotSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PilotSession)

public:
    enum class Outcome { Finished, AwaitingDecision, Failed };
    Q_ENUM(Outcome)

    //! \a directory receives the round files; empty: the project only.
    PilotSession(ProjectStore &store, const QString &directory, PilotConfig config, qint64 runId,
        QObject *parent = nullptr);
    ~PilotSession() override;

    [[nodiscard]] Scheduler &scheduler() { return m_scheduler; }
    /*! The pilot over the project's corpus (with its "gold" layer, for scoring only, when there is
     * one), sending through this session's scheduler with \a keys, and attached to the session.
     * The error says why the corpus could not be read. */
    [[nodiscard]] std::expected<std::unique_ptr<PilotRun>, QString> createRun(
        const QHash<QString, QString> &keys);
    void setAutoAccept(bool autoAccept) { m_autoAccept = autoAccept; }
    //! Persists what \a pilot does from now on; \a pilot must outlive the session's use of it.
    void attach(PilotRun &pilot);
    //! Stops the calls in flight; the run can be continued later from the project.
    void cancel();
    /*! Sets \a pilot where the project left it: the guideline's latest version and the rounds
     * that were analysed and decided (a round stopped before its proposal runs again; its
     * answered calls come from the cache). Then start() the pilot. */
    void resume(PilotRun &pilot);
    /*! Sets \a pilot to run the last round again, its failed pieces sent afresh (past the
     * response cache) and every other call answered from the cache; the round's analysis and
     * proposal are then replaced. Only while that round is undecided: the error says why not.
     * Returns how many pieces are retried. Then start() the pilot. */
    [[nodiscard]] std::expected<qsizetype, QString> retryFailed(PilotRun &pilot);

Q_SIGNALS:
    /*! The run stopped. Finished: \a detail is the reason ("rounds", "plateau", "budget", "pool
     * exhausted"). AwaitingDecision: the proposal is saved in the project. Failed: \a detail is the
     * error (untranslated, as every error the core reports), "cancelled" after cancel(). */
    void stopped(Workbench::Core::PilotSession::Outcome outcome, const QString &detail);
    //! Every call made, as recorded in the project (keys redacted).
    void callLogged(const Workbench::Core::LlmCallRecord &record);
    /*! A layer the project held under a round layer's name \a from (imported by an older
     * workbench) was renamed \a to when the round's layers were saved: kept, not replaced. */
    void layerRenamed(const QString &from, const QString &to);

private:
    void stop(Outcome outcome, const QString &detail);
    /*! Every call, in the project's log and response cache, before anything reads its reply;
     * one made while the attached run is in a round is that round's (CallLogRepository::roundCalls()). */
    void logCall(const LlmCallRecord &record);
    /*! The analysed round's summary, its annotators' layers (RoundLayerBuilder, from what
     * \a pilot holds of the round) and its reports, and the round's calls so far marked as its,
     * in one transaction: a round is never saved without them. A round run again (resumed, its
     * failed pieces retried) replaces them. */
    [[nodiscard]] std::expected<void, StoreError> saveAnalysed(
        const PilotRun &pilot, const RoundSummary &round);
    //! The supervised round (with its supervisor's cost) and its proposal, in one transaction.
    [[nodiscard]] std::expected<void, StoreError> saveSupervised(
        const RoundSummary &round, const Proposal &proposal);

    ProjectStore &m_store;
    std::optional<PilotOutput> m_output;
    qint64 m_runId = 0;
    bool m_autoAccept = false;
    bool m_stopped = false;
    ProjectResponseCache m_cache;
    QNetworkAccessManager m_network;
    Scheduler m_scheduler;
    PilotConfig m_config;
    QList<Document> m_documents; //!< the corpus, read once by createRun()
    std::optional<PilotOutput::Final> m_final;
    QPointer<PilotRun> m_pilot; //!< the run attached, whose round a call belongs to
};

} // namespace Workbench::Core
