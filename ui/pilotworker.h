// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "heldproject.h"
#include "llm/llmcallrecord.h"
#include "pilot/roundsummary.h"
#include "session/corpuslabelling.h"
#include "session/pilotsession.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <memory>

namespace Workbench::Core {
class PilotRun;
}

namespace Workbench::Ui {

/*! \brief Continues a project's pilot on a worker thread, so that no database write or analysis
 * ever runs on the UI thread; everything it reports arrives through queued signals.
 *
 * Lives in its own QThread (moveToThread); continuePilot() holds the project open for writing
 * on that thread (ProjectAccess::hold(); its lock keeps other writers out while it runs), resumes
 * the pilot where the project left it and runs it to its next stop. cancel() stops the calls in
 * flight; the project keeps everything. estimateLabelling() then startLabelling() label the
 * whole corpus (CorpusLabelling) the same way. The project is closed before stopped() is
 * emitted: whoever hears of the stop may open it again at once.
 */
class PilotWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PilotWorker)

public:
    PilotWorker(QString projectPath, QHash<QString, QString> keys, int batchPollMs = 10'000);
    ~PilotWorker() override;

    //! Prices that replace the configuration's for the models they name (Settings > Prices);
    //! before the worker moves to its thread.
    void setPriceOverrides(const Core::PriceTable &prices) { m_prices = prices; }

public Q_SLOTS:
    void continuePilot();
    //! Runs the round awaiting a decision again, its failed pieces sent afresh (PilotSession::retryFailed).
    void retryFailedRound();
    //! Labels the corpus with \a annotator under \a version again, interactively, \a pieces sent afresh.
    void retryLabelling(const QString &annotator, std::optional<int> version,
        const QList<Workbench::Core::FailedItem> &pieces);
    void cancel();
    //! Opens the project and says what labelling with \a annotator (empty: the one that agreed
    //! most) under guideline \a version (nothing: the rounds' choice) costs by \a engine. The
    //! project stays open for startLabelling().
    void estimateLabelling(
        const QString &annotator, std::optional<int> version, Core::CorpusLabelling::Engine engine);
    void startLabelling();
    //! Cancels the project's pending batches at the provider, then labels what they answered.
    void cancelBatches();

Q_SIGNALS:
    void estimated(int round, qint64 calls, qint64 tokens, const Workbench::Core::Cost &cost);
    void progress(Workbench::Core::PilotRun::Phase phase, int done, int total);
    void annotatorProgress(const QString &annotator, int done, int total);
    void itemFailed(const Workbench::Core::FailedItem &failure);
    //! A round's measurements, its annotators' snapped mentions and failed pieces among them.
    void roundAnalysed(const Workbench::Core::RoundSummary &summary);
    void callLogged(const Workbench::Core::LlmCallRecord &record);
    //! A layer holding a round layer's name was kept under another (PilotSession::layerRenamed).
    void layerRenamed(const QString &from, const QString &to);
    void stopped(Workbench::Core::PilotSession::Outcome outcome, const QString &detail);
    void labellingEstimated(const QString &annotator, qint64 calls, qint64 cached, qint64 tokens,
        const Workbench::Core::Cost &interactive, const Workbench::Core::Cost &batch);
    void batchProgress(qint64 requests, qint64 succeeded, qint64 failed, int pendingBatches);
    //! Labelling ended: \a spans in the annotator's final layer, \a failedPieces not labelled.
    void labelled(const QString &annotator, qint64 spans, int failedPieces);

private:
    //! Holds the project open for writing (its lock keeps other writers out); false after stopped().
    bool openProject();
    //! Runs the pilot to its next stop, resumed where the project left it or its last round retried.
    void runPilot(bool retryFailed);
    //! Opens the project and readies labelling with \a annotator by \a engine; false after stopped().
    bool prepareLabelling(
        const QString &annotator, std::optional<int> version, Core::CorpusLabelling::Engine engine);
    //! Lets the run's objects and the project go, then emits stopped().
    void finish(Core::PilotSession::Outcome outcome, const QString &detail);

    QString m_projectPath;
    QHash<QString, QString> m_keys;
    Core::PriceTable m_prices;
    HeldProject m_project; //!< before the run's objects: destroyed after them
    std::unique_ptr<Core::PilotSession> m_session;
    std::unique_ptr<Core::PilotRun> m_run;
    std::unique_ptr<Core::CorpusLabelling> m_labelling;
    Core::CorpusLabelling::Engine m_engine = Core::CorpusLabelling::Engine::Interactive;
    int m_batchPollMs = 10'000;
};

} // namespace Workbench::Ui
