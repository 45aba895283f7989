// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "llm/llmcallrecord.h"
#include "pilot/pilotconfig.h"
#include "session/pilotsession.h"
#include "store/pilotsnapshot.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace Workbench::Core {
class SecretStore;
}

namespace Workbench::Ui {

class AnnotatorTotals;
class CallLogModel;
class EndpointKeys;
class FailedPieces;
class LabellingChoice;
class LabellingControls;
class PilotThread;
class PilotWorker;
class ProjectAccess;
class RoundRecord;
class RunCounters;
class RunEstimate;
class RunProgress;
class RunStatus;

/*! \brief Runs a project's pilot from the workbench and shows it as it goes.
 *
 * Continue collects the endpoints' keys (keychain first, then the configuration's environment
 * variable) and runs the pilot on a worker thread to its next stop: a proposal to review, the
 * end, or a failure. Shown live: the round's estimate before it starts, progress, calls, tokens
 * and cost per annotator, and every call with its request and response (keys redacted). Stop
 * cancels the calls in flight; Continue later resumes from the project, paying nothing twice.
 * Label the Corpus labels every document with one annotator under the current guideline, by
 * interactive calls or a provider's batch engine: the first press shows what each way costs,
 * the second starts. Batches are kept in the project; pressing it again later collects them.
 * Pieces an annotator could not label are listed with their raw replies; Retry Failed sends
 * exactly those again, past the response cache (for a round awaiting its decision: after a
 * second press, since the round's proposal is then replaced). Beside what this session ran, any
 * finished round is shown as the project keeps it (RoundRecord): the last one when a project opens.
 */
class RunsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunsPane)

public:
    RunsPane(Core::SecretStore *secrets, ProjectAccess *access, QWidget *parent = nullptr);
    ~RunsPane() override;

    //! The project's pilot (nothing: no pilot); \a projectPath is where it is kept.
    void setPilot(const QString &projectPath, const std::optional<Core::PilotSnapshot> &pilot);
    [[nodiscard]] bool isRunning() const;
    //! The endpoints the project's pilot calls; none without a readable pilot.
    [[nodiscard]] QList<Core::PilotConfig::EndpointEntry> projectEndpoints() const
    {
        return m_config ? m_config->endpoints : QList<Core::PilotConfig::EndpointEntry>{};
    }
    //! The last run labelled the corpus into a layer (the corpus view should read it).
    [[nodiscard]] bool wroteLayer() const { return m_wroteLayer; }
    void continuePilot();
    void stopPilot();
    //! Estimates labelling the corpus the chosen way, then (pressed again) starts it.
    void labelCorpus();
    //! Sends the failed pieces again (a round's: the first press explains, the second starts).
    void retryFailed();
    //! Cancels the labelling's pending batches at the provider (what they answered is labelled).
    void cancelBatches();
    //! How often pending batches are read while the workbench waits for them.
    void setBatchPollInterval(int ms) { m_batchPollMs = ms; }

Q_SIGNALS:
    void runStopped(Workbench::Core::PilotSession::Outcome outcome, const QString &detail);
    //! A layer holding a round layer's name was kept under another (PilotSession::layerRenamed).
    void layerRenamed(const QString &from, const QString &to);

private:
    enum class Task { Pilot, Estimate, Label, RetryRound, RetryLabelling };
    //! Two-press actions: what the first press did, so that the second goes ahead.
    enum class Step {
        None,
        LabelEstimated, //!< the next press of Label the Corpus starts
        RetryExplained, //!< the next press of Retry Failed starts
    };
    //! What the listed failures belong to: the round awaiting a decision, or the last labelling.
    enum class FailureSource { None, Round, Labelling };

    void createButtons();
    void createViews(ProjectAccess *access);
    void connectViews();
    void arrange();
    //! Reads the endpoints' keys, then launches \a task on a worker.
    void begin(Task task);
    void launch(const QHash<QString, QString> &keys);
    void connectWorker(PilotWorker *worker);
    void startTask(PilotWorker *worker);
    //! The one place a two-press action changes its step; the buttons say what a press does next.
    void setStep(Step step);
    //! The failures listed from now on, and what they belong to.
    void setFailures(FailureSource source, const QList<Core::FailedItem> &failures);
    //! Reads \a pilot's configuration (m_config; nothing: unreadable or no pilot) and says where it stands.
    void showPilotState(const std::optional<Core::PilotSnapshot> &pilot);
    void onLabellingEstimated(const QString &annotator, qint64 calls, qint64 cached, qint64 tokens,
        const Core::Cost &interactive, const Core::Cost &batch);
    void onBatchProgress(qint64 requests, qint64 succeeded, qint64 failed, int pending);
    void onLabelled(const QString &annotator, qint64 spans, int failedPieces);
    void onCall(const Core::LlmCallRecord &record);
    void onStopped(Core::PilotSession::Outcome outcome, const QString &detail);
    void updateButtons();

    EndpointKeys *m_keys = nullptr;
    PilotThread *m_threads = nullptr;
    QString m_projectPath;
    std::optional<Core::PilotSnapshot> m_pilot;
    std::optional<Core::PilotConfig> m_config;
    Task m_task = Task::Pilot;
    Step m_step = Step::None;
    FailureSource m_failureSource = FailureSource::None;
    QString m_failedAnnotator; //!< the labelling's annotator, for FailureSource::Labelling
    std::optional<int> m_failedVersion; //!< and its guideline version (nothing: the rounds' choice)
    int m_batchPollMs = 10'000;
    bool m_wroteLayer = false; //!< the run now ending labelled the corpus into a layer
    int m_pendingBatches = 0; //!< of the labelling running now

    RunStatus *m_status = nullptr;
    QPushButton *m_continue = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_retry = nullptr;
    LabellingControls *m_labelling = nullptr;
    LabellingChoice *m_labelChoice = nullptr; //!< of m_labelling
    RunEstimate *m_estimate = nullptr;
    RunProgress *m_progress = nullptr;
    RunCounters *m_counters = nullptr;
    AnnotatorTotals *m_annotators = nullptr;
    FailedPieces *m_failed = nullptr;
    QTableView *m_calls = nullptr;
    CallLogModel *m_callLog = nullptr;
    QPlainTextEdit *m_callDetail = nullptr;
    RoundRecord *m_record = nullptr;
    QTabWidget *m_tabs = nullptr; //!< this session's work, and the rounds as the project keeps them
    QWidget *m_session = nullptr; //!< of m_tabs
};

} // namespace Workbench::Ui
