// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "llm/llmcallrecord.h"
#include "pilot/faileditem.h"
#include "pilot/pilotconfig.h"
#include "session/pilotsession.h"
#include "store/pilotsnapshot.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;
class QThread;

namespace Workbench::Core {
class SecretStore;
}

namespace Workbench::Ui {

class CallLogModel;
class LabellingChoice;
class PilotWorker;

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
 * second press, since the round's proposal is then replaced).
 */
class RunsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunsPane)

public:
    RunsPane(Core::SecretStore *secrets, QWidget *parent = nullptr);
    ~RunsPane() override;

    //! The project's pilot (nothing: no pilot); \a projectPath is where it is kept.
    void setPilot(const QString &projectPath, const std::optional<Core::PilotSnapshot> &pilot);
    [[nodiscard]] bool isRunning() const { return m_thread != nullptr; }
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

private:
    enum class Task { Pilot, Estimate, Label, RetryRound, RetryLabelling };
    //! Reads the endpoints' keys, then launches \a task on a worker.
    void begin(Task task);
    void collectKeys();
    void launch();
    void onLabellingEstimated(const QString &annotator, qint64 calls, qint64 cached, qint64 tokens,
        double interactive, double batch);
    void onEstimated(int round, qint64 calls, qint64 tokens, double cost);
    void onProgress(Core::PilotRun::Phase phase, int done, int total);
    void onAnnotatorProgress(const QString &annotator, int done, int total);
    void onItemFailed(const Core::FailedItem &failure);
    void onRoundAnalysed(const Core::RoundSummary &summary);
    //! The row of \a annotator in the annotators table, added in name order when new.
    int annotatorRow(const QString &annotator);
    void showFailures(const QList<Core::FailedItem> &failures);
    void showFailure(int row);
    void startTask();
    void onCall(const Core::LlmCallRecord &record);
    void onStopped(Core::PilotSession::Outcome outcome, const QString &detail);
    void showCall(int row);
    void updateButtons();

    Core::SecretStore *m_secrets;
    QString m_projectPath;
    std::optional<Core::PilotSnapshot> m_pilot;
    std::optional<Core::PilotConfig> m_config;
    QHash<QString, QString> m_keys;
    QStringList m_keysPending; //!< endpoint ids whose keychain answer is awaited
    Task m_task = Task::Pilot;
    //! Two-press actions: what the first press did, so that the second goes ahead.
    enum class Step {
        None,
        LabelEstimated, //!< the next press of Label the Corpus starts
        RetryExplained, //!< the next press of Retry Failed starts
    };
    Step m_step = Step::None;
    //! What the listed failures belong to: the round awaiting a decision, or the last labelling.
    enum class FailureSource { None, Round, Labelling };
    FailureSource m_failureSource = FailureSource::None;
    QString m_failedAnnotator; //!< the labelling's annotator, for FailureSource::Labelling
    std::optional<int> m_failedVersion; //!< and its guideline version (nothing: the rounds' choice)
    QList<Core::FailedItem> m_failures;
    int m_batchPollMs = 10'000;
    QThread *m_thread = nullptr;
    QList<QPointer<QThread>> m_retiring; //!< stopped runs whose threads are still ending
    bool m_launchWaiting = false; //!< a run waits for those to close the project
    bool m_wroteLayer = false; //!< the run now ending labelled the corpus into a layer
    QPointer<PilotWorker> m_worker;
    struct Totals
    {
        int calls = 0;
        int failed = 0;
        qint64 promptTokens = 0;
        qint64 completionTokens = 0;
        double cost = 0;
    };
    QHash<QString, Totals> m_perAnnotator;
    Totals m_total;

    QLabel *m_status = nullptr;
    QPushButton *m_continue = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_label = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_cancelBatches = nullptr;
    int m_pendingBatches = 0; //!< of the labelling running now
    LabellingChoice *m_labelChoice = nullptr;
    QLabel *m_estimate = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_counters = nullptr;
    QTableWidget *m_annotators = nullptr;
    QTableWidget *m_failed = nullptr;
    QTableView *m_calls = nullptr;
    CallLogModel *m_callLog = nullptr;
    QPlainTextEdit *m_callDetail = nullptr;
};

} // namespace Workbench::Ui
