// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "runspane.h"

#include "annotatortotals.h"
#include "endpointkeys.h"
#include "failedpieces.h"
#include "labellingchoice.h"
#include "labellingcontrols.h"
#include "models/calllogmodel.h"
#include "pilotthread.h"
#include "pilotworker.h"
#include "pricesettings.h"
#include "roundrecord.h"
#include "rowtable.h"
#include "runcounters.h"
#include "runestimate.h"
#include "runprogress.h"
#include "runstatus.h"

#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::Literals::StringLiterals;
using Workbench::Core::PilotSession;

namespace Workbench::Ui {

RunsPane::RunsPane(Core::SecretStore *secrets, ProjectAccess *access, QWidget *parent)
    : QWidget(parent)
    , m_keys(new EndpointKeys(secrets, this))
    , m_threads(new PilotThread(this))
{
    createButtons();
    createViews(access);
    connectViews();
    arrange();
    setPilot({}, std::nullopt);
}

RunsPane::~RunsPane()
{
    // Before any view goes: a run still going is cancelled, and every worker's thread has ended.
    m_threads->endAll();
}

void RunsPane::createButtons()
{
    m_continue = new QPushButton(tr("&Continue Pilot"), this);
    m_continue->setObjectName(u"continuePilot"_s);
    m_continue->setToolTip(tr("Run the pilot to its next proposal or to its end"));
    m_stop = new QPushButton(tr("S&top"), this);
    m_stop->setObjectName(u"stopPilot"_s);
    m_stop->setToolTip(tr("Stop the calls in flight; continue later without paying twice"));
    m_retry = new QPushButton(tr("&Retry Failed"), this);
    m_retry->setObjectName(u"retryFailed"_s);
    m_retry->setToolTip(tr("Send the pieces that could not be labelled again, past the cached replies"));
    m_labelling = new LabellingControls(this); // after the buttons above: Tab goes as they are shown
    m_labelChoice = m_labelling->choice();
    connect(m_continue, &QPushButton::clicked, this, &RunsPane::continuePilot);
    connect(m_stop, &QPushButton::clicked, this, &RunsPane::stopPilot);
    connect(m_retry, &QPushButton::clicked, this, &RunsPane::retryFailed);
    connect(m_labelling, &LabellingControls::labelPressed, this, &RunsPane::labelCorpus);
    connect(m_labelling, &LabellingControls::cancelBatchesPressed, this, &RunsPane::cancelBatches);
}

void RunsPane::createViews(ProjectAccess *access)
{
    m_status = new RunStatus(this);
    m_estimate = new RunEstimate(this);
    m_progress = new RunProgress(this);
    m_counters = new RunCounters(this);
    m_annotators = new AnnotatorTotals(this);
    m_failed = new FailedPieces(this);
    m_callLog = new CallLogModel(this);
    m_calls = new QTableView(this);
    m_calls->setObjectName(u"callLog"_s);
    m_calls->setModel(m_callLog);
    makeRowTable(m_calls);
    m_callDetail = new QPlainTextEdit(this);
    m_callDetail->setObjectName(u"callDetail"_s);
    m_callDetail->setReadOnly(true);
    m_callDetail->setPlaceholderText(tr("Select a call to see its request and response (keys redacted), "
                                        "or a failed piece to see its raw reply."));
    m_record = new RoundRecord(access, this);
}

void RunsPane::connectViews()
{
    // Another choice needs another estimate.
    connect(m_labelling, &LabellingControls::changed, this, [this] {
        if (m_step == Step::LabelEstimated) {
            setStep(Step::None);
        }
    });
    connect(m_calls->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { m_callDetail->setPlainText(m_callLog->detail(current.row())); });
    connect(m_failed, &FailedPieces::pieceChosen, m_callDetail, &QPlainTextEdit::setPlainText);
    connect(m_keys, &EndpointKeys::collected, this, &RunsPane::launch);
    connect(m_keys, &EndpointKeys::missing, this, [this](const QString &message) {
        m_status->setText(message); // refused before anything is sent
        updateButtons();
    });
}

void RunsPane::arrange()
{
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_continue);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_progress, 1);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_status);
    topLayout->addLayout(buttons);
    topLayout->addWidget(m_labelling);
    topLayout->addWidget(m_estimate);
    topLayout->addWidget(m_counters);
    auto *session = new QSplitter(Qt::Vertical, this);
    session->addWidget(m_annotators);
    session->addWidget(m_failed);
    session->addWidget(m_calls);
    session->addWidget(m_callDetail);
    m_session = session;
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"runsTabs"_s);
    m_tabs->addTab(m_session, tr("This Session"));
    m_tabs->addTab(m_record, tr("Rounds"));
    m_tabs->setTabToolTip(0, tr("What the workbench ran on this project since it was opened"));
    m_tabs->setTabToolTip(1, tr("Every finished round as the project keeps it, however it was run"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

bool RunsPane::isRunning() const
{
    return m_threads->isRunning();
}

void RunsPane::setPilot(const QString &projectPath, const std::optional<Core::PilotSnapshot> &pilot)
{
    if (isRunning()) {
        return; // the run's own stop brings the new state
    }
    if (projectPath != m_projectPath || m_failureSource != FailureSource::Labelling) {
        // A round's failures are the project's; a labelling's stay listed until the next run.
        const QList<Core::FailedItem> failures =
            pilot && pilot->lastRoundOpen ? pilot->rounds.last().failures : QList<Core::FailedItem>();
        setFailures(failures.isEmpty() ? FailureSource::None : FailureSource::Round, failures);
    }
    if (projectPath != m_projectPath) { // another project: its rounds, nothing of the last one's run
        m_tabs->setCurrentWidget(m_record);
        m_annotators->reset();
        m_counters->reset();
        m_callLog->setRecords({});
        m_callDetail->clear();
    }
    m_record->setPilot(projectPath, pilot);
    m_projectPath = projectPath;
    m_pilot = pilot;
    if (m_step == Step::LabelEstimated) {
        setStep(Step::None);
    }
    showPilotState(pilot);
    m_labelChoice->setPilot(m_config, m_config ? pilot : std::nullopt);
    updateButtons();
}

void RunsPane::showPilotState(const std::optional<Core::PilotSnapshot> &pilot)
{
    m_config.reset();
    if (!pilot) {
        m_status->setText(tr("This project holds no pilot run."));
        return;
    }
    auto config = Core::PilotConfig::fromJson(pilot->config);
    if (!config) {
        m_status->setText(tr("The pilot's configuration cannot be read: %1").arg(config.error()));
        return;
    }
    m_config = *config;
    m_status->showPilot(*pilot);
}

void RunsPane::updateButtons()
{
    const bool runnable =
        m_config && m_pilot && m_pilot->status != Core::RunStatus::Finished && !m_pilot->pending;
    m_continue->setEnabled(!isRunning() && runnable);
    m_stop->setEnabled(isRunning());
    const bool labellable = m_config && m_pilot && !m_pilot->rounds.isEmpty();
    m_labelling->enable(
        labellable && (!isRunning() || (m_task == Task::Estimate && m_step == Step::LabelEstimated)),
        labellable && !isRunning(), isRunning() && m_task == Task::Label && m_pendingBatches > 0);
    m_retry->setEnabled(!isRunning() && m_config && m_failureSource != FailureSource::None);
    if (!m_retry->isEnabled() && m_step == Step::RetryExplained) {
        setStep(Step::None);
    }
}

void RunsPane::setStep(const Step step)
{
    m_step = step;
    if (step != Step::LabelEstimated) {
        m_labelling->disarm(); // an estimate's button names its cost instead
    }
    m_retry->setText(step == Step::RetryExplained ? tr("Confirm &Retry") : tr("&Retry Failed"));
}

void RunsPane::setFailures(const FailureSource source, const QList<Core::FailedItem> &failures)
{
    m_failureSource = source;
    m_failed->setFailures(failures);
}

void RunsPane::labelCorpus()
{
    if (PilotWorker *worker = m_threads->worker();
        worker && m_step == Step::LabelEstimated && m_task == Task::Estimate) {
        m_task = Task::Label;
        setStep(Step::None);
        m_status->setText(tr("Labelling the corpus…"));
        setFailures(FailureSource::None, {});
        QMetaObject::invokeMethod(worker, &PilotWorker::startLabelling, Qt::QueuedConnection);
        updateButtons();
        return;
    }
    if (isRunning() || !m_config) {
        return;
    }
    begin(Task::Estimate);
}

void RunsPane::retryFailed()
{
    const QList<Core::FailedItem> &failures = m_failed->failures();
    if (isRunning() || !m_config || failures.isEmpty()) {
        return;
    }
    if (m_failureSource == FailureSource::Round && m_pilot && m_pilot->pending
        && m_step != Step::RetryExplained) {
        // The round's proposal will be replaced: say so before anything is lost.
        setStep(Step::RetryExplained);
        m_status->showRetryWarning(m_pilot->pending->round, int(failures.size()));
        return;
    }
    setStep(Step::None);
    begin(m_failureSource == FailureSource::Round ? Task::RetryRound : Task::RetryLabelling);
}

void RunsPane::onLabellingEstimated(const QString &annotator, const qint64 calls, const qint64 cached,
    const qint64 tokens, const Core::Cost &interactive, const Core::Cost &batch)
{
    m_estimate->showLabelling(annotator, calls, cached, tokens, interactive, batch);
    m_status->setText(tr("Press Start Labelling to begin, or Stop."));
    setStep(Step::LabelEstimated);
    m_labelling->arm(interactive, batch);
    updateButtons();
}

void RunsPane::continuePilot()
{
    if (isRunning() || !m_config) {
        return;
    }
    begin(Task::Pilot);
}

void RunsPane::begin(const Task task)
{
    m_task = task;
    m_status->setText(tr("Reading the endpoints' keys…"));
    // Nothing starts twice while the keychain answers.
    m_continue->setEnabled(false);
    m_retry->setEnabled(false);
    m_labelling->enable(false, false, false);
    m_keys->collect(*m_config); // launch() follows
}

void RunsPane::launch(const QHash<QString, QString> &keys)
{
    // The last run closed its project before it said it stopped: this one may open it at once.
    m_status->setText(tr("Running…"));
    m_wroteLayer = false;
    m_tabs->setCurrentWidget(m_session);
    PilotWorker *worker = m_threads->start(m_projectPath, keys, PriceSettings::load(), m_batchPollMs);
    connectWorker(worker);
    startTask(worker);
    updateButtons();
}

void RunsPane::connectWorker(PilotWorker *worker)
{
    connect(worker, &PilotWorker::estimated, m_estimate, &RunEstimate::showRound);
    connect(worker, &PilotWorker::progress, m_progress, &RunProgress::showPhase);
    connect(worker, &PilotWorker::annotatorProgress, m_annotators, &AnnotatorTotals::showProgress);
    connect(worker, &PilotWorker::itemFailed, m_failed, &FailedPieces::append);
    connect(worker, &PilotWorker::roundAnalysed, m_annotators, &AnnotatorTotals::showSnapped);
    connect(worker, &PilotWorker::callLogged, this, &RunsPane::onCall);
    connect(worker, &PilotWorker::layerRenamed, this, &RunsPane::layerRenamed);
    connect(worker, &PilotWorker::stopped, this, &RunsPane::onStopped);
    connect(worker, &PilotWorker::labellingEstimated, this, &RunsPane::onLabellingEstimated);
    connect(worker, &PilotWorker::batchProgress, this, &RunsPane::onBatchProgress);
    connect(worker, &PilotWorker::labelled, this, &RunsPane::onLabelled);
}

void RunsPane::startTask(PilotWorker *worker)
{
    // A run reports its failures afresh; an estimate leaves the listed ones to retry later.
    switch (m_task) {
    case Task::Pilot:
        QMetaObject::invokeMethod(worker, &PilotWorker::continuePilot, Qt::QueuedConnection);
        break;
    case Task::RetryRound:
        QMetaObject::invokeMethod(worker, &PilotWorker::retryFailedRound, Qt::QueuedConnection);
        break;
    case Task::RetryLabelling:
        QMetaObject::invokeMethod(worker,
            [worker, annotator = m_failedAnnotator, version = m_failedVersion,
                pieces = m_failed->failures()] { worker->retryLabelling(annotator, version, pieces); });
        break;
    case Task::Estimate:
    case Task::Label:
        QMetaObject::invokeMethod(worker,
            [worker, annotator = m_labelChoice->annotator(), version = m_labelChoice->version(),
                engine = m_labelChoice->engine()] { worker->estimateLabelling(annotator, version, engine); });
        return;
    }
    setFailures(FailureSource::None, {});
}

void RunsPane::cancelBatches()
{
    if (PilotWorker *worker = m_threads->worker(); worker && m_task == Task::Label) {
        m_status->setText(tr("Cancelling the batches at the provider…"));
        m_pendingBatches = 0;
        updateButtons();
        QMetaObject::invokeMethod(worker, &PilotWorker::cancelBatches, Qt::QueuedConnection);
    }
}

void RunsPane::stopPilot()
{
    if (PilotWorker *worker = m_threads->worker()) {
        QMetaObject::invokeMethod(worker, &PilotWorker::cancel, Qt::QueuedConnection);
    }
}

void RunsPane::onBatchProgress(
    const qint64 requests, const qint64 succeeded, const qint64 failed, const int pending)
{
    m_pendingBatches = pending;
    updateButtons();
    m_counters->showBatches(requests, succeeded, failed, pending);
}

void RunsPane::onLabelled(const QString &annotator, const qint64 spans, const int failedPieces)
{
    m_wroteLayer = true;
    m_failureSource = failedPieces > 0 ? FailureSource::Labelling : FailureSource::None;
    m_failedAnnotator = annotator;
    m_failedVersion = m_labelChoice->version();
    m_status->showLabelled(annotator, spans, failedPieces);
}

void RunsPane::onCall(const Core::LlmCallRecord &record)
{
    m_callLog->append(record);
    m_counters->count(record);
    m_annotators->count(record);
}

void RunsPane::onStopped(const PilotSession::Outcome outcome, const QString &detail)
{
    m_threads->retire(); // its project is closed already; the thread ends in its own time
    m_pilot.reset(); // until the project's new state arrives through setPilot()
    m_pendingBatches = 0;
    const Task task = std::exchange(m_task, Task::Pilot);
    if (m_step == Step::LabelEstimated) {
        setStep(Step::None);
    }
    // A round retried is the pilot's work, as a round continued is.
    m_status->showStopped(outcome,
        task == Task::Pilot || task == Task::RetryRound ? RunStatus::Work::Pilot : RunStatus::Work::Labelling,
        detail);
    updateButtons();
    Q_EMIT runStopped(outcome, detail);
}

} // namespace Workbench::Ui
