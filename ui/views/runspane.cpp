// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "runspane.h"

#include "delegates/progressdelegate.h"
#include "labellingchoice.h"
#include "models/calllogmodel.h"
#include "pilotworker.h"
#include "rowtable.h"
#include "secrets/secretstore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using Workbench::Core::PilotSession;

namespace Workbench::Ui {

namespace {

QTableWidget *table(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    makeRowTable(t);
    return t;
}

void setRow(QTableWidget *t, const int row, const QStringList &cells, const int firstColumn = 0)
{
    for (int column = 0; column < cells.size(); ++column) {
        t->setItem(row, firstColumn + column, new QTableWidgetItem(cells.at(column)));
    }
}

enum AnnotatorColumn { NameColumn, ProgressColumn, CallsColumn, SnappedColumn = 7 };

} // namespace

RunsPane::RunsPane(Core::SecretStore *secrets, QWidget *parent)
    : QWidget(parent)
    , m_secrets(secrets)
{
    m_status = new QLabel(this);
    m_status->setObjectName(u"runStatus"_s);
    m_status->setWordWrap(true);
    m_continue = new QPushButton(tr("&Continue Pilot"), this);
    m_continue->setObjectName(u"continuePilot"_s);
    m_continue->setToolTip(tr("Run the pilot to its next proposal or to its end"));
    m_stop = new QPushButton(tr("S&top"), this);
    m_stop->setObjectName(u"stopPilot"_s);
    m_stop->setToolTip(tr("Stop the calls in flight; continue later without paying twice"));
    m_label = new QPushButton(tr("&Label the Corpus…"), this);
    m_label->setObjectName(u"labelCorpus"_s);
    m_label->setToolTip(tr("Label every document with one annotator under the current guideline; "
                           "the first press shows what it costs"));
    m_retry = new QPushButton(tr("&Retry Failed"), this);
    m_retry->setObjectName(u"retryFailed"_s);
    m_retry->setToolTip(tr("Send the pieces that could not be labelled again, past the cached replies"));
    m_cancelBatches = new QPushButton(tr("Cancel &Batches"), this);
    m_cancelBatches->setObjectName(u"cancelBatches"_s);
    m_cancelBatches->setToolTip(tr("Cancel the pending batches at the provider, so that they cost no "
                                   "more; what they answered so far is labelled"));
    m_labelChoice = new LabellingChoice(this);
    m_estimate = new QLabel(this);
    m_estimate->setObjectName(u"runEstimate"_s);
    m_estimate->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"runProgress"_s);
    m_progress->setTextVisible(true);
    m_counters = new QLabel(this);
    m_counters->setObjectName(u"runCounters"_s);
    m_annotators = table(this, u"annotatorTotals"_s,
        {tr("Annotator"), tr("Progress"), tr("Calls"), tr("Failed calls"), tr("Tokens in"), tr("Tokens out"),
            tr("Cost (USD)"), tr("Snapped")});
    m_annotators->horizontalHeaderItem(SnappedColumn)
        ->setToolTip(tr("Mentions widened to the whole corpus tokens they cut into (\"Obama\" for "
                        "the token \"#Obama\"), in the last round analysed"));
    m_annotators->setItemDelegateForColumn(ProgressColumn, new ProgressDelegate(m_annotators));
    m_failed = table(this, u"failedPieces"_s, {tr("Annotator"), tr("Document"), tr("Error")});
    m_failed->setToolTip(tr("Pieces that could not be labelled; select one to see the raw reply"));
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

    connect(m_continue, &QPushButton::clicked, this, &RunsPane::continuePilot);
    connect(m_stop, &QPushButton::clicked, this, &RunsPane::stopPilot);
    connect(m_label, &QPushButton::clicked, this, &RunsPane::labelCorpus);
    connect(m_retry, &QPushButton::clicked, this, &RunsPane::retryFailed);
    connect(m_cancelBatches, &QPushButton::clicked, this, &RunsPane::cancelBatches);
    // Another choice needs another estimate.
    connect(m_labelChoice, &LabellingChoice::changed, this, [this] {
        if (m_step == Step::LabelEstimated) {
            m_step = Step::None;
        }
        m_label->setText(tr("&Label the Corpus…"));
    });
    connect(m_calls->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { showCall(current.row()); });
    connect(m_failed, &QTableWidget::currentCellChanged, this, [this](int row) { showFailure(row); });
    connect(m_secrets, &Core::SecretStore::restored, this, [this](const QString &id, const QString &key) {
        if (m_keysPending.removeOne(id)) {
            m_keys.insert(id, key);
            if (m_keysPending.isEmpty()) {
                launch();
            }
        }
    });
    connect(m_secrets, &Core::SecretStore::failed, this,
        [this](const QString &id, Core::SecretStore::Error, const QString &) {
            if (m_keysPending.removeOne(id)) {
                // Not in the keychain: the configuration's environment variable, or no key (local servers).
                if (const Core::PilotConfig::EndpointEntry *entry = m_config->endpoint(id);
                    entry && !entry->keyEnv.isEmpty()) {
                    if (const QString key = Core::SecretStore::fromEnvironment(entry->keyEnv);
                        !key.isEmpty()) {
                        m_keys.insert(id, key);
                    }
                }
                if (m_keysPending.isEmpty()) {
                    launch();
                }
            }
        });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_continue);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_progress, 1);
    auto *labelling = new QHBoxLayout;
    labelling->addWidget(m_label, 0, Qt::AlignTop);
    labelling->addWidget(m_labelChoice, 1);
    labelling->addWidget(m_cancelBatches, 0, Qt::AlignTop);
    labelling->addStretch(1);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_status);
    topLayout->addLayout(buttons);
    topLayout->addLayout(labelling);
    topLayout->addWidget(m_estimate);
    topLayout->addWidget(m_counters);
    topLayout->addWidget(m_annotators, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_failed);
    splitter->addWidget(m_calls);
    splitter->addWidget(m_callDetail);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    setPilot({}, std::nullopt);
}

RunsPane::~RunsPane()
{
    if (m_thread) {
        QMetaObject::invokeMethod(m_worker, &PilotWorker::cancel, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
    }
    // A run that just stopped may still be closing its project: it must end before its thread goes.
    for (const QPointer<QThread> &thread : std::as_const(m_retiring)) {
        if (thread) {
            thread->wait();
        }
    }
}

void RunsPane::setPilot(const QString &projectPath, const std::optional<Core::PilotSnapshot> &pilot)
{
    if (isRunning()) {
        return; // the run's own stop brings the new state
    }
    if (projectPath != m_projectPath || m_failureSource != FailureSource::Labelling) {
        // A round's failures are the project's; a labelling's stay listed until the next run.
        QList<Core::FailedItem> failures;
        if (pilot && pilot->lastRoundOpen) {
            failures = pilot->rounds.last().failures;
        }
        m_failureSource = failures.isEmpty() ? FailureSource::None : FailureSource::Round;
        showFailures(failures);
    }
    m_projectPath = projectPath;
    m_pilot = pilot;
    m_config.reset();
    if (m_step == Step::LabelEstimated) {
        m_step = Step::None;
    }
    m_label->setText(tr("&Label the Corpus…"));
    if (!pilot) {
        m_status->setText(tr("This project holds no pilot run."));
    } else if (auto config = Core::PilotConfig::fromJson(pilot->config); !config) {
        m_status->setText(tr("The pilot's configuration cannot be read: %1").arg(config.error()));
    } else {
        m_config = *config;
        if (pilot->status == Core::RunStatus::Finished) {
            m_status->setText(tr("The pilot has finished: %n round(s), guideline version %1.", nullptr,
                int(pilot->rounds.size()))
                                  .arg(pilot->guideline.version));
        } else if (pilot->pending) {
            m_status->setText(
                tr("Round %1 awaits your decisions in the instruction review.").arg(pilot->pending->round));
        } else {
            m_status->setText(tr("Ready to continue: %n round(s) done, guideline version %1.", nullptr,
                int(pilot->rounds.size()))
                                  .arg(pilot->guideline.version));
        }
    }
    m_labelChoice->setPilot(m_config, m_config ? pilot : std::nullopt);
    updateButtons();
}

void RunsPane::updateButtons()
{
    const bool runnable =
        m_config && m_pilot && m_pilot->status != Core::RunStatus::Finished && !m_pilot->pending;
    m_continue->setEnabled(!isRunning() && runnable);
    m_stop->setEnabled(isRunning());
    const bool labellable = m_config && m_pilot && !m_pilot->rounds.isEmpty();
    m_label->setEnabled(
        labellable && (!isRunning() || (m_task == Task::Estimate && m_step == Step::LabelEstimated)));
    m_labelChoice->setEnabled(labellable && !isRunning());
    m_retry->setEnabled(!isRunning() && m_config && m_failureSource != FailureSource::None);
    m_cancelBatches->setEnabled(isRunning() && m_task == Task::Label && m_pendingBatches > 0);
    if (!m_retry->isEnabled() && m_step == Step::RetryExplained) {
        m_step = Step::None;
        m_retry->setText(tr("&Retry Failed"));
    }
}

void RunsPane::labelCorpus()
{
    if (m_step == Step::LabelEstimated && m_worker && m_task == Task::Estimate) {
        m_task = Task::Label;
        m_step = Step::None;
        m_label->setText(tr("&Label the Corpus…"));
        m_status->setText(tr("Labelling the corpus…"));
        m_failureSource = FailureSource::None;
        showFailures({});
        QMetaObject::invokeMethod(m_worker, &PilotWorker::startLabelling, Qt::QueuedConnection);
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
    if (isRunning() || !m_config || m_failures.isEmpty()) {
        return;
    }
    if (m_failureSource == FailureSource::Round && m_pilot && m_pilot->pending
        && m_step != Step::RetryExplained) {
        // The round's proposal will be replaced: say so before anything is lost.
        m_step = Step::RetryExplained;
        m_retry->setText(tr("Confirm &Retry"));
        m_status->setText(tr("Retrying runs round %1 again: its %n failed piece(s) are sent again, every "
                             "other call is answered from the cache, and the round's proposal is replaced "
                             "by a new one (decisions not yet saved are lost). Press Confirm Retry to go on.",
            nullptr, int(m_failures.size()))
                              .arg(m_pilot->pending->round));
        return;
    }
    m_step = Step::None;
    m_retry->setText(tr("&Retry Failed"));
    begin(m_failureSource == FailureSource::Round ? Task::RetryRound : Task::RetryLabelling);
}

void RunsPane::onLabellingEstimated(const QString &annotator, const qint64 calls, const qint64 cached,
    const qint64 tokens, const double interactive, const double batch)
{
    const bool byBatch = m_labelChoice->engine() != Core::CorpusLabelling::Engine::Interactive;
    m_estimate->setText(tr("Labelling with %1: %n call(s), %2 answered before, about %3 tokens; about %4 USD "
                           "interactive, %5 USD by batch at your prices.",
        nullptr, int(calls))
                            .arg(annotator)
                            .arg(cached)
                            .arg(QLocale().toString(tokens))
                            .arg(QLocale().toString(interactive, 'f', 4), QLocale().toString(batch, 'f', 4)));
    m_status->setText(tr("Press Start Labelling to begin, or Stop."));
    m_label->setText(
        tr("&Start Labelling (about %1 USD)").arg(QLocale().toString(byBatch ? batch : interactive, 'f', 2)));
    m_step = Step::LabelEstimated;
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
    m_keys.clear();
    m_keysPending.clear();
    for (const Core::PilotConfig::EndpointEntry &entry : std::as_const(m_config->endpoints)) {
        m_keysPending.append(entry.endpoint.id);
    }
    // Nothing starts twice while the keychain answers.
    m_continue->setEnabled(false);
    m_label->setEnabled(false);
    m_retry->setEnabled(false);
    collectKeys();
}

void RunsPane::collectKeys()
{
    if (m_keysPending.isEmpty()) {
        launch();
        return;
    }
    for (const QString &id : QStringList(m_keysPending)) {
        m_secrets->restore(id); // answered in order through restored() / failed()
    }
}

void RunsPane::launch()
{
    // A run that just stopped closes its project on its own thread; opened again before that,
    // the project would read as locked by this very process. The next run starts after.
    m_retiring.removeIf([](const QPointer<QThread> &thread) { return !thread || thread->isFinished(); });
    m_launchWaiting = !m_retiring.isEmpty();
    if (m_launchWaiting) {
        return; // onThreadRetired() launches
    }
    m_status->setText(tr("Running…"));
    m_wroteLayer = false;
    m_thread = new QThread(this);
    m_thread->setObjectName(u"pilot"_s);
    auto *worker = new PilotWorker(m_projectPath, m_keys, m_batchPollMs);
    m_keys.clear(); // the worker holds them now; the pane no longer does
    worker->moveToThread(m_thread);
    m_worker = worker;
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &PilotWorker::estimated, this, &RunsPane::onEstimated);
    connect(worker, &PilotWorker::progress, this, &RunsPane::onProgress);
    connect(worker, &PilotWorker::annotatorProgress, this, &RunsPane::onAnnotatorProgress);
    connect(worker, &PilotWorker::itemFailed, this, &RunsPane::onItemFailed);
    connect(worker, &PilotWorker::roundAnalysed, this, &RunsPane::onRoundAnalysed);
    connect(worker, &PilotWorker::callLogged, this, &RunsPane::onCall);
    connect(worker, &PilotWorker::stopped, this, &RunsPane::onStopped);
    connect(worker, &PilotWorker::labellingEstimated, this, &RunsPane::onLabellingEstimated);
    connect(worker, &PilotWorker::batchProgress, this,
        [this](qint64 requests, qint64 succeeded, qint64 failed, int pending) {
            m_pendingBatches = pending;
            updateButtons();
            m_counters->setText(tr("Batches: %n request(s)", nullptr, int(requests)) + u" · "_s
                + tr("%1 answered, %2 failed, %3 batch(es) pending").arg(succeeded).arg(failed).arg(pending));
        });
    connect(worker, &PilotWorker::labelled, this,
        [this](const QString &annotator, qint64 spans, int failedPieces) {
            m_wroteLayer = true;
            m_failureSource = failedPieces > 0 ? FailureSource::Labelling : FailureSource::None;
            m_failedAnnotator = annotator;
            m_failedVersion = m_labelChoice->version();
            m_status->setText(failedPieces == 0
                    ? tr("Labelled with %1: %2 spans in the layer final-%1.").arg(annotator).arg(spans)
                    : tr(
                        "Labelled with %1: %2 spans in the layer final-%1; %n piece(s) could not be labelled "
                        "(listed under Failed; Retry Failed sends them again).",
                        nullptr, failedPieces)
                          .arg(annotator)
                          .arg(spans));
        });
    m_thread->start();
    startTask();
    updateButtons();
}

void RunsPane::startTask()
{
    // A run reports its failures afresh; an estimate leaves the listed ones to retry later.
    PilotWorker *worker = m_worker;
    switch (m_task) {
    case Task::Pilot:
        QMetaObject::invokeMethod(worker, &PilotWorker::continuePilot, Qt::QueuedConnection);
        break;
    case Task::RetryRound:
        QMetaObject::invokeMethod(worker, &PilotWorker::retryFailedRound, Qt::QueuedConnection);
        break;
    case Task::RetryLabelling:
        QMetaObject::invokeMethod(
            worker, [worker, annotator = m_failedAnnotator, version = m_failedVersion, pieces = m_failures] {
                worker->retryLabelling(annotator, version, pieces);
            });
        break;
    case Task::Estimate:
    case Task::Label:
        QMetaObject::invokeMethod(worker,
            [worker, annotator = m_labelChoice->annotator(), version = m_labelChoice->version(),
                engine = m_labelChoice->engine()] { worker->estimateLabelling(annotator, version, engine); });
        return;
    }
    m_failureSource = FailureSource::None;
    showFailures({});
}

void RunsPane::cancelBatches()
{
    if (m_worker && m_task == Task::Label) {
        m_status->setText(tr("Cancelling the batches at the provider…"));
        m_pendingBatches = 0;
        updateButtons();
        QMetaObject::invokeMethod(m_worker, &PilotWorker::cancelBatches, Qt::QueuedConnection);
    }
}

void RunsPane::stopPilot()
{
    if (m_worker) {
        QMetaObject::invokeMethod(m_worker, &PilotWorker::cancel, Qt::QueuedConnection);
    }
}

void RunsPane::onEstimated(const int round, const qint64 calls, const qint64 tokens, const double cost)
{
    m_estimate->setText(tr("Round %1: %2 calls, at most %3 tokens, about %4 USD at your prices.")
                            .arg(round)
                            .arg(calls)
                            .arg(QLocale().toString(tokens))
                            .arg(QLocale().toString(cost, 'f', 4)));
}

void RunsPane::onProgress(const Core::PilotRun::Phase phase, const int done, const int total)
{
    using Phase = Core::PilotRun::Phase;
    QString name;
    switch (phase) {
    case Phase::Embed:
        name = tr("Embedding the pool");
        break;
    case Phase::Annotate:
        name = tr("Annotating");
        break;
    case Phase::Label:
        name = tr("Labelling the pool");
        break;
    case Phase::Analyse:
        name = tr("Analysing");
        break;
    case Phase::Supervise:
        name = tr("Asking the supervisor");
        break;
    }
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(done);
    m_progress->setFormat(u"%1: %2/%3"_s.arg(name).arg(done).arg(total));
}

int RunsPane::annotatorRow(const QString &annotator)
{
    int row = 0;
    while (row < m_annotators->rowCount() && m_annotators->item(row, NameColumn)->text() < annotator) {
        ++row;
    }
    if (row == m_annotators->rowCount() || m_annotators->item(row, NameColumn)->text() != annotator) {
        m_annotators->insertRow(row);
        setRow(m_annotators, row, {annotator, {}, u"0"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s, {}});
    }
    return row;
}

void RunsPane::onAnnotatorProgress(const QString &annotator, const int done, const int total)
{
    auto *cell = new QTableWidgetItem(u"%1/%2"_s.arg(done).arg(total));
    cell->setData(ProgressDelegate::DoneRole, done);
    cell->setData(ProgressDelegate::TotalRole, total);
    cell->setToolTip(tr("%1 of %n piece(s) done", nullptr, total).arg(done));
    m_annotators->setItem(annotatorRow(annotator), ProgressColumn, cell);
}

void RunsPane::onItemFailed(const Core::FailedItem &failure)
{
    m_failures.append(failure);
    const int row = m_failed->rowCount();
    m_failed->insertRow(row);
    setRow(m_failed, row, {failure.annotator, failure.document, failure.error});
}

void RunsPane::onRoundAnalysed(const Core::RoundSummary &summary)
{
    for (const Core::RoundSummary::Annotator &annotator : summary.annotators) {
        auto *cell = new QTableWidgetItem(QLocale().toString(annotator.snapped));
        cell->setToolTip(
            tr("Round %1: %n mention(s) widened to whole tokens", nullptr, int(annotator.snapped))
                .arg(summary.round));
        m_annotators->setItem(annotatorRow(annotator.name), SnappedColumn, cell);
    }
}

void RunsPane::showFailures(const QList<Core::FailedItem> &failures)
{
    m_failures.clear();
    m_failed->setRowCount(0);
    for (const Core::FailedItem &failure : failures) {
        onItemFailed(failure);
    }
}

void RunsPane::showFailure(const int row)
{
    if (row < 0 || row >= m_failures.size()) {
        return;
    }
    const Core::FailedItem &failure = m_failures.at(row);
    m_callDetail->setPlainText(tr("%1 could not label document %2 (from character %3): %4")
                                   .arg(failure.annotator, failure.document)
                                   .arg(failure.chunkStart)
                                   .arg(failure.error)
        + u"\n\n"_s + tr("Raw reply:") + u"\n"_s + failure.raw);
}

void RunsPane::onCall(const Core::LlmCallRecord &record)
{
    const bool ok = record.succeeded();
    for (Totals *totals : {&m_perAnnotator[record.annotator], &m_total}) {
        ++totals->calls;
        totals->failed += ok ? 0 : 1;
        totals->promptTokens += record.promptTokens;
        totals->completionTokens += record.completionTokens;
        totals->cost += record.cost;
    }
    m_callLog->append(record);
    m_counters->setText(tr("%n call(s)", nullptr, m_total.calls) + u" · "_s
        + tr("%n failed", nullptr, m_total.failed) + u" · "_s
        + tr("tokens in %1, out %2")
              .arg(QLocale().toString(m_total.promptTokens), QLocale().toString(m_total.completionTokens))
        + u" · "_s + tr("%1 USD").arg(QLocale().toString(m_total.cost, 'f', 4)));
    const Totals &t = m_perAnnotator.value(record.annotator);
    setRow(m_annotators, annotatorRow(record.annotator),
        {QString::number(t.calls), QString::number(t.failed), QLocale().toString(t.promptTokens),
            QLocale().toString(t.completionTokens), QLocale().toString(t.cost, 'f', 4)},
        CallsColumn);
}

void RunsPane::showCall(const int row)
{
    m_callDetail->setPlainText(m_callLog->detail(row));
}

void RunsPane::onStopped(const PilotSession::Outcome outcome, const QString &detail)
{
    if (m_thread) {
        // The worker closes the project after this signal; the thread ends when it returns.
        connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
        connect(m_thread, &QThread::finished, this, [this] {
            if (m_launchWaiting) {
                launch();
            }
        });
        m_thread->quit();
        m_retiring.append(m_thread);
        m_thread = nullptr;
    }
    m_pilot.reset(); // until the project's new state arrives through setPilot()
    m_pendingBatches = 0;
    const Task task = std::exchange(m_task, Task::Pilot);
    if (m_step == Step::LabelEstimated) {
        m_step = Step::None;
    }
    m_label->setText(tr("&Label the Corpus…"));
    switch (outcome) {
    case PilotSession::Outcome::Finished:
        if (task == Task::Pilot) {
            m_status->setText(tr("The pilot has finished."));
        }
        break;
    case PilotSession::Outcome::AwaitingDecision:
        m_status->setText(tr("A proposal awaits your decisions in the instruction review."));
        break;
    case PilotSession::Outcome::Failed:
        m_status->setText(task == Task::Pilot ? tr("The pilot stopped: %1").arg(detail)
                                              : tr("Labelling stopped: %1").arg(detail));
        break;
    }
    updateButtons();
    Q_EMIT runStopped(outcome, detail);
}

} // namespace Workbench::Ui
