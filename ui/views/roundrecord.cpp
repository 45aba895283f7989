// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "roundrecord.h"

#include "annotatortotals.h"
#include "failedpieces.h"
#include "models/calllogmodel.h"
#include "projectaccess.h"
#include "roundreportsview.h"
#include "rowtable.h"
#include "store/calllogrepository.h"
#include "store/pilotrepository.h"
#include "store/roundlayerrepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <expected>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

namespace {

//! What a round keeps in the project beside its summary.
struct KeptRound
{
    QList<Core::LlmCallRecord> calls;
    Core::PilotRepository::RoundReports reports;
    QHash<QString, Core::LossReport> losses; //!< by annotator: what its round layer could not place
};

std::expected<KeptRound, QString> readRound(Core::ProjectStore &store, const qint64 runId, const int round)
{
    KeptRound kept{Core::CallLogRepository(store).roundCalls(runId, round),
        Core::PilotRepository(store).roundReports(runId, round), {}};
    const auto layers = Core::RoundLayerRepository(store).round(runId, round);
    if (!layers) {
        return std::unexpected(layers.error().message);
    }
    for (const Core::RoundLayerRepository::RoundLayer &layer : *layers) {
        kept.losses.insert(layer.origin.annotator, layer.loss);
    }
    return kept;
}

} // namespace

RoundRecord::RoundRecord(ProjectAccess *access, QWidget *parent)
    : QWidget(parent)
    , m_access(access)
    , m_round(new QComboBox(this))
    , m_caption(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_annotators(new AnnotatorTotals(this))
    , m_failures(new FailedPieces(this))
    , m_callLog(new CallLogModel(this))
    , m_calls(new QTableView(this))
    , m_detail(new QPlainTextEdit(this))
    , m_reports(new RoundReportsView(this))
{
    setObjectName(u"roundRecord"_s);
    m_round->setObjectName(u"recordRound"_s);
    m_round->setToolTip(tr("The round to show, as the project keeps it"));
    m_caption->setObjectName(u"recordCaption"_s);
    m_caption->setWordWrap(true);
    m_annotators->setObjectName(u"roundAnnotators"_s);
    m_failures->setObjectName(u"roundFailures"_s);
    m_calls->setObjectName(u"roundCalls"_s);
    m_calls->setModel(m_callLog);
    makeRowTable(m_calls);
    m_detail->setObjectName(u"roundCallDetail"_s);
    m_detail->setReadOnly(true);
    m_detail->setPlaceholderText(tr("Select a call to see its request and response (keys redacted), "
                                    "or a failed piece to see its raw reply."));

    connect(m_round, &QComboBox::currentIndexChanged, this, &RoundRecord::showIndex);
    connect(m_calls->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { m_detail->setPlainText(m_callLog->detail(current.row())); });
    connect(m_failures, &FailedPieces::pieceChosen, m_detail, &QPlainTextEdit::setPlainText);
    arrange();
    setPilot({}, std::nullopt);
}

RoundRecord::~RoundRecord() = default;

void RoundRecord::arrange()
{
    auto *callsAndDetail = new QSplitter(Qt::Vertical, this);
    callsAndDetail->addWidget(m_failures);
    callsAndDetail->addWidget(m_calls);
    callsAndDetail->addWidget(m_detail);
    m_tabs->addTab(m_annotators, tr("Annotators"));
    m_tabs->addTab(callsAndDetail, tr("Failures and Calls"));
    m_tabs->addTab(m_reports, tr("Reports"));
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Round:"), this));
    top->addWidget(m_round);
    top->addWidget(m_caption, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
}

void RoundRecord::setPilot(const QString &projectPath, const std::optional<Core::PilotSnapshot> &pilot)
{
    const bool sameProject = projectPath == m_projectPath;
    m_projectPath = projectPath;
    m_pilot = pilot;
    if (!sameProject) {
        m_loaded.reset();
    }
    const QSignalBlocker blocker(m_round);
    const std::optional<int> shown = shownRound();
    const bool shownLast = m_round->currentIndex() == m_round->count() - 1;
    m_round->clear();
    for (const Core::RoundSummary &round : pilot ? pilot->rounds : QList<Core::RoundSummary>()) {
        m_round->addItem(tr("Round %1").arg(round.round), round.round);
    }
    m_round->setEnabled(m_round->count() > 0);
    // An earlier round chosen stays shown; otherwise the last, the one a run just analysed.
    const int kept = shown && sameProject && !shownLast ? m_round->findData(*shown) : -1;
    m_round->setCurrentIndex(kept >= 0 ? kept : m_round->count() - 1);
    showIndex(m_round->currentIndex());
}

void RoundRecord::showRound(const int round)
{
    if (const int index = m_round->findData(round); index >= 0) {
        m_round->setCurrentIndex(index);
    }
}

std::optional<int> RoundRecord::shownRound() const
{
    return m_round->currentIndex() >= 0 ? std::optional<int>(m_round->currentData().toInt()) : std::nullopt;
}

void RoundRecord::showIndex(const int index)
{
    const int generation = ++m_generation;
    if (!m_pilot || index < 0 || index >= m_pilot->rounds.size()) {
        m_loaded.reset();
        m_callLog->setRecords({});
        m_detail->clear();
        m_caption->setText(
            m_pilot ? tr("No round has been analysed yet.") : tr("This project holds no pilot run."));
        m_annotators->setRowCount(0);
        m_failures->setFailures({});
        m_reports->clear(tr("No round chosen."));
        return;
    }
    const Core::RoundSummary round = m_pilot->rounds.at(index);
    if (m_loaded != round.round) { // the same round read again keeps what is shown until it comes
        m_loaded.reset();
        m_callLog->setRecords({});
        m_detail->clear();
        m_annotators->showRound(round, {});
        m_failures->setFailures(round.failures);
        m_reports->clear(tr("Reading the round's reports…"));
        showCaption(round, -1);
    }
    m_access->run(
        m_projectPath, ProjectAccess::Mode::Glance, this,
        [runId = m_pilot->runId, number = round.round](
            Core::ProjectStore &store) { return readRound(store, runId, number); },
        [this, generation, round](const ProjectAccess::Outcome<KeptRound> &kept) {
            if (generation != m_generation) {
                return; // another round was chosen meanwhile
            }
            if (!kept) {
                m_caption->setText(
                    tr("Round %1's calls and reports cannot be read: %2").arg(round.round).arg(kept.error()));
                m_reports->clear(kept.error());
                return;
            }
            m_loaded = round.round;
            m_annotators->showRound(round, kept->calls);
            m_annotators->showUnplaced(round.round, kept->losses);
            m_failures->setFailures(round.failures);
            showCalls(kept->calls);
            m_reports->setReports(round.round, kept->reports);
            showCaption(round, kept->calls.size());
            Q_EMIT loaded(round.round);
        });
}

void RoundRecord::showCalls(const QList<Core::LlmCallRecord> &calls)
{
    // The call selected stays selected when the round is read again.
    const qsizetype selected = m_calls->currentIndex().row();
    const qint64 id =
        selected >= 0 && selected < m_callLog->records().size() ? m_callLog->records().at(selected).id : 0;
    m_callLog->setRecords(calls);
    for (qsizetype row = 0; id != 0 && row < calls.size(); ++row) {
        if (calls.at(row).id == id) {
            m_calls->setCurrentIndex(m_callLog->index(int(row), 0));
        }
    }
}

void RoundRecord::showCaption(const Core::RoundSummary &round, const qsizetype calls)
{
    const QLocale locale;
    QString calledText;
    if (calls > 0) {
        calledText = tr("%n call(s) kept", nullptr, int(calls));
    } else if (calls == 0) {
        calledText = tr("its calls are not in the project's call log (run before the workbench kept them, "
                        "or stopped before the round was analysed)");
    }
    const Core::Interval pool = round.poolInterval();
    QString caption = tr("Guideline version %1, %n document(s), pool agreement %2 (95% interval %3 to %4)",
        nullptr, int(round.batch.size()))
                          .arg(round.guidelineVersion)
                          .arg(locale.toString(round.poolAgreement, 'f', 3),
                              locale.toString(pool.first, 'f', 3), locale.toString(pool.second, 'f', 3));
    m_caption->setText(calledText.isEmpty() ? caption : tr("%1; %2").arg(caption, calledText));
}

} // namespace Workbench::Ui
