// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "proposalreviewpane.h"

#include "diffhtml.h"
#include "evidencelist.h"
#include "highlighting/markdownhighlighting.h"
#include "models/proposalmodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using Workbench::Core::ProposalChange;

namespace Workbench::Ui {

ProposalReviewPane::ProposalReviewPane(Core::Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_model(new ProposalModel(this))
    , m_evidence(new EvidenceList(workspace, this))
{
    createViews();
    createButtons();
    createShortcuts();
    connectButtons();
    arrange();
    showGuideline({}, tr("Open a pilot project to review the supervisor's proposals."));
}

void ProposalReviewPane::createViews()
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"proposalSummary"_s);
    m_summary->setWordWrap(true);

    m_changes = new QListView(this);
    m_changes->setObjectName(u"proposalChanges"_s);
    m_changes->setModel(m_model);
    m_changes->setWordWrap(true);
    m_changes->setSelectionMode(QAbstractItemView::SingleSelection);
    m_changes->setAlternatingRowColors(true);

    m_detail = new QTextBrowser(this);
    m_detail->setObjectName(u"changeDetail"_s);
    m_evidence->setObjectName(u"evidence"_s);
    connect(m_evidence, &EvidenceList::opened, this, &ProposalReviewPane::evidenceActivated);
    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(u"changeEditor"_s);
    m_editor->setPlaceholderText(tr("Your wording of this instruction"));
    m_editor->hide();
}

void ProposalReviewPane::createButtons()
{
    const auto button = [this](const QString &name, const QString &text, const QString &toolTip) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setToolTip(toolTip);
        return b;
    };
    m_accept = button(u"acceptChange"_s, tr("&Accept"), tr("Accept this change (A)"));
    m_reject = button(u"rejectChange"_s, tr("&Reject"), tr("Reject this change (R)"));
    m_edit = button(u"editChange"_s, tr("Edi&t…"), tr("Accept this change in your own words (E)"));
    m_applyEdit = button(u"applyEdit"_s, tr("Accept Ed&ited Text"), tr("Accept your wording (Ctrl+Return)"));
    m_applyEdit->hide();
    m_acceptAll = button(u"acceptAll"_s, tr("Accept All Re&maining"),
        tr("Accept every change not decided yet, unread or not"));
    m_save = button(u"saveDecisions"_s, tr("Save &Decisions"),
        tr("Record the decisions and the next guideline version in the project"));
}

void ProposalReviewPane::createShortcuts()
{
    // Single-key decisions act only while the list of changes, or the change's evidence, has the
    // focus, so typing elsewhere is safe.
    const auto listKey = [this](const QKeySequence &key, const QString &text, auto slot) {
        auto *action = new QAction(text, m_changes);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_changes->addAction(action);
        m_evidence->view()->addAction(action);
    };
    listKey(QKeySequence(Qt::Key_A), tr("Accept the change"),
        [this] { decideSelected(ProposalChange::Decision::Accepted); });
    listKey(QKeySequence(Qt::Key_R), tr("Reject the change"),
        [this] { decideSelected(ProposalChange::Decision::Rejected); });
    listKey(QKeySequence(Qt::Key_E), tr("Accept the change in your own words"), [this] { startEdit(); });
    auto *applyShortcut = new QAction(tr("Accept your wording of the change"), m_editor);
    applyShortcut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    applyShortcut->setShortcutContext(Qt::WidgetShortcut);
    connect(applyShortcut, &QAction::triggered, this, &ProposalReviewPane::applyEdit);
    m_editor->addAction(applyShortcut);
}

void ProposalReviewPane::connectButtons()
{
    connect(m_accept, &QPushButton::clicked, this,
        [this] { decideSelected(ProposalChange::Decision::Accepted); });
    connect(m_reject, &QPushButton::clicked, this,
        [this] { decideSelected(ProposalChange::Decision::Rejected); });
    connect(m_edit, &QPushButton::clicked, this, &ProposalReviewPane::startEdit);
    connect(m_applyEdit, &QPushButton::clicked, this, &ProposalReviewPane::applyEdit);
    connect(m_acceptAll, &QPushButton::clicked, this, [this] { m_model->acceptRemaining(); });
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (m_model->undecidedCount() == 0) {
            Q_EMIT decisionsReady(m_model->proposal());
        }
    });
    connect(m_changes->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ProposalReviewPane::showSelected);
    connect(m_model, &ProposalModel::decisionsChanged, this, &ProposalReviewPane::updateState);
    connect(m_model, &ProposalModel::dataChanged, this, &ProposalReviewPane::showSelected);
}

void ProposalReviewPane::arrange()
{
    m_guideline = new QPlainTextEdit(this); // after the buttons: Tab reaches it last
    m_guideline->setObjectName(u"guidelineView"_s);
    m_guideline->setReadOnly(true);
    MarkdownHighlighting::attach(m_guideline);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_accept, m_reject, m_edit, m_applyEdit}) {
        buttons->addWidget(b);
    }
    buttons->addStretch();
    buttons->addWidget(m_acceptAll);
    buttons->addWidget(m_save);

    auto *review = new QWidget(this);
    auto *reviewLayout = new QVBoxLayout(review);
    reviewLayout->setContentsMargins(0, 0, 0, 0);
    reviewLayout->addWidget(m_summary);
    reviewLayout->addWidget(m_changes, 2);
    reviewLayout->addWidget(m_detail, 2);
    reviewLayout->addWidget(m_evidence, 1);
    reviewLayout->addWidget(m_editor, 1);
    reviewLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"reviewSplitter"_s);
    splitter->addWidget(review);
    splitter->addWidget(m_guideline);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

ProposalReviewPane::~ProposalReviewPane() = default;

void ProposalReviewPane::setProposal(
    const Core::Proposal &proposal, const Core::Guideline &current, const double changeCap)
{
    m_reviewing = true;
    const Core::Proposal::CapUse use = proposal.capUse(current);
    const QLocale locale;
    m_capUse = use.existingWords == 0
        ? tr("No existing instructions yet: additions only, so no change cap applies.")
        : tr("Edits and removals change %1 of the %2 words of the existing instructions (%3%; the cap "
             "is %4%).")
              .arg(use.changedWords)
              .arg(use.existingWords)
              .arg(locale.toString(use.share() * 100, 'f', 1), locale.toString(changeCap * 100, 'f', 0));
    m_model->setProposal(proposal, current);
    m_guideline->setPlainText(current.toMarkdown());
    if (m_model->rowCount() > 0) {
        m_changes->setCurrentIndex(m_model->index(0));
    }
    updateState();
}

void ProposalReviewPane::showGuideline(const Core::Guideline &current, const QString &message)
{
    m_reviewing = false;
    m_model->setProposal({}, current);
    m_guideline->setPlainText(current.toMarkdown());
    m_detail->clear();
    m_evidence->showChange({}, -1);
    m_summary->setText(message);
    updateState();
}

QString ProposalReviewPane::patternsHtml(const Core::Proposal &proposal, const QStringList &names)
{
    // What the supervisor found behind each pattern: how the annotators split, and why.
    QString html;
    for (const QString &name : names) {
        const QJsonObject pattern = proposal.pattern(name);
        if (pattern.isEmpty()) {
            continue;
        }
        html += u"<p><b>%1</b> %2"_s.arg(name.toHtmlEscaped() + u":"_s,
            tr("%1; root cause: %2")
                .arg(pattern.value(u"frequency"_s).toString(), pattern.value(u"root_cause"_s).toString())
                .toHtmlEscaped());
        html += u"<ul>"_s;
        for (const QJsonValue &value : pattern.value(u"approaches"_s).toArray()) {
            const QJsonObject approach = value.toObject();
            QStringList annotators;
            for (const QJsonValue &annotator : approach.value(u"annotators"_s).toArray()) {
                annotators.append(annotator.toString());
            }
            html += u"<li>%1</li>"_s.arg(
                tr("%1 (%2)")
                    .arg(approach.value(u"description"_s).toString(), annotators.join(u", "_s))
                    .toHtmlEscaped());
        }
        html += u"</ul></p>"_s;
    }
    return html;
}

QString ProposalReviewPane::examplesHtml(const QList<Core::InstructionExample> &examples)
{
    if (examples.isEmpty()) {
        return {};
    }
    QString html = u"<p><b>%1</b></p><ul>"_s.arg(tr("Examples:").toHtmlEscaped());
    for (const Core::InstructionExample &example : examples) {
        html += u"<li><i>%1</i><br/>%2<br/>%3<br/>%4</li>"_s.arg(example.text.toHtmlEscaped(),
            tr("correct: %1").arg(example.correct).toHtmlEscaped(),
            tr("common error: %1").arg(example.commonError).toHtmlEscaped(),
            tr("why: %1").arg(example.why).toHtmlEscaped());
    }
    return html + u"</ul>"_s;
}

int ProposalReviewPane::selectedRow() const
{
    const QModelIndex current = m_changes->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ProposalReviewPane::showSelected()
{
    const int row = selectedRow();
    m_evidence->showChange(m_model->proposal(), row);
    if (row < 0) {
        m_detail->clear();
        return;
    }
    const QModelIndex index = m_model->index(row);
    // The change first, then what it answers: the patterns as the supervisor analysed them, and examples.
    QString html = u"<p><b>%1</b> %2</p>"_s.arg(
        tr("Why:").toHtmlEscaped(), index.data(ProposalModel::RationaleRole).toString().toHtmlEscaped());
    html += u"<p><b>%1</b><br/>%2</p>"_s.arg(
        tr("Change (removed words struck out, added words underlined):").toHtmlEscaped(),
        DiffHtml::words(index.data(ProposalModel::BeforeRole).toString(),
            index.data(ProposalModel::AfterRole).toString()));
    html += u"<p><b>%1</b> %2</p>"_s.arg(tr("Share of the guideline it rewrites:").toHtmlEscaped(),
        QLocale().toString(100.0 * index.data(ProposalModel::ChangeFractionRole).toDouble(), 'f', 1)
            + u" %"_s);
    const QStringList patterns = index.data(ProposalModel::PatternsRole).toStringList();
    if (!patterns.isEmpty()) {
        html += u"<p><b>%1</b> %2</p>"_s.arg(
            tr("Disagreements it answers:").toHtmlEscaped(), patterns.join(u"; "_s).toHtmlEscaped());
    }
    html += patternsHtml(m_model->proposal(), patterns);
    const Core::ProposalChange &change = m_model->proposal().changes.at(row);
    html += examplesHtml(change.instruction.examples);
    if (change.decision == ProposalChange::Decision::Edited && !change.instruction.examples.isEmpty()) {
        // Only the text was edited: say so, since the examples may no longer fit it.
        html += u"<p><i>%1</i></p>"_s.arg(
            tr("Edited: your text replaces the proposed one; the examples are still the proposed ones.")
                .toHtmlEscaped());
    }
    m_detail->setHtml(html);
}

void ProposalReviewPane::decideSelected(const ProposalChange::Decision decision)
{
    const int row = selectedRow();
    if (row < 0 || !m_reviewing) {
        return;
    }
    m_editor->hide();
    m_applyEdit->hide();
    m_model->decide(row, decision);
    selectNextUndecided();
}

void ProposalReviewPane::startEdit()
{
    const int row = selectedRow();
    if (row < 0 || !m_reviewing
        || m_model->index(row).data(ProposalModel::KindRole).value<ProposalChange::Kind>()
            == ProposalChange::Kind::Remove) {
        return; // a removal has no text to word differently
    }
    m_editor->setPlainText(m_model->index(row).data(ProposalModel::AfterRole).toString());
    m_editor->show();
    m_applyEdit->show();
    m_editor->setFocus();
    m_editor->selectAll();
}

void ProposalReviewPane::applyEdit()
{
    const int row = selectedRow();
    const QString text = m_editor->toPlainText().trimmed();
    if (row < 0 || text.isEmpty()) {
        return;
    }
    m_editor->hide();
    m_applyEdit->hide();
    m_model->decide(row, ProposalChange::Decision::Edited, text);
    m_changes->setFocus();
    selectNextUndecided();
}

void ProposalReviewPane::selectNextUndecided()
{
    const int rows = m_model->rowCount();
    const int from = std::max(0, selectedRow());
    for (int step = 1; step <= rows; ++step) {
        const int row = (from + step) % rows;
        if (m_model->index(row).data(ProposalModel::DecisionRole).value<ProposalChange::Decision>()
            == ProposalChange::Decision::Pending) {
            m_changes->setCurrentIndex(m_model->index(row));
            return;
        }
    }
}

void ProposalReviewPane::updateState()
{
    const int undecided = m_model->undecidedCount();
    const bool hasChanges = m_reviewing && m_model->rowCount() > 0;
    if (m_reviewing) {
        m_summary->setText(tr("Round %1: the supervisor proposes %n change(s)", nullptr, m_model->rowCount())
                               .arg(m_model->proposal().round)
            + u" · "_s + tr("%n undecided", nullptr, undecided) + u"\n"_s + m_capUse);
    }
    for (QPushButton *b : {m_accept, m_reject, m_edit}) {
        b->setEnabled(hasChanges);
    }
    m_acceptAll->setEnabled(hasChanges && undecided > 0);
    m_save->setEnabled(hasChanges && undecided == 0);
}

} // namespace Workbench::Ui
