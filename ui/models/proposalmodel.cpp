// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "proposalmodel.h"

using namespace Qt::Literals::StringLiterals;
using Workbench::Core::ProposalChange;

namespace Workbench::Ui {

ProposalModel::ProposalModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

ProposalModel::~ProposalModel() = default;

void ProposalModel::setProposal(const Core::Proposal &proposal, const Core::Guideline &current)
{
    beginResetModel();
    m_proposal = proposal;
    m_current = current;
    endResetModel();
    Q_EMIT decisionsChanged();
}

void ProposalModel::decide(const int row, const ProposalChange::Decision decision, const QString &editedText)
{
    if (row < 0 || row >= m_proposal.changes.size()) {
        return;
    }
    ProposalChange &change = m_proposal.changes[row];
    change.decision = decision;
    change.editedText = decision == ProposalChange::Decision::Edited ? editedText.trimmed() : QString();
    Q_EMIT dataChanged(index(row), index(row));
    Q_EMIT decisionsChanged();
}

int ProposalModel::acceptRemaining()
{
    int accepted = 0;
    for (int row = 0; row < m_proposal.changes.size(); ++row) {
        if (m_proposal.changes.at(row).decision == ProposalChange::Decision::Pending) {
            m_proposal.changes[row].decision = ProposalChange::Decision::Accepted;
            ++accepted;
        }
    }
    if (accepted > 0) {
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
        Q_EMIT decisionsChanged();
    }
    return accepted;
}

int ProposalModel::undecidedCount() const
{
    return int(m_proposal.undecided().size());
}

int ProposalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_proposal.changes.size());
}

QString ProposalModel::before(const ProposalChange &change) const
{
    if (change.scope() == ProposalChange::Scope::Goal) {
        return m_current.goal;
    }
    if (change.kind == ProposalChange::Kind::Add) {
        return {};
    }
    const QList<Core::Instruction> &list = change.scope() == ProposalChange::Scope::Common
        ? m_current.common
        : m_current.perAnnotator.value(change.target);
    return change.index >= 0 && change.index < list.size() ? list.at(change.index).text : QString();
}

QString ProposalModel::displayText(const ProposalChange &change) const
{
    // Whole phrases, so that each language can word them its own way.
    const bool common = change.scope() == ProposalChange::Scope::Common;
    QString what;
    switch (change.kind) {
    case ProposalChange::Kind::Add:
        what = common ? tr("Add an instruction for all annotators")
                      : tr("Add an instruction for annotator %1").arg(change.target);
        break;
    case ProposalChange::Kind::Change:
        what = common ? tr("Change an instruction for all annotators")
                      : tr("Change an instruction for annotator %1").arg(change.target);
        break;
    case ProposalChange::Kind::Remove:
        what = common ? tr("Remove an instruction for all annotators")
                      : tr("Remove an instruction for annotator %1").arg(change.target);
        break;
    case ProposalChange::Kind::Rewrite:
        what = tr("Rewrite the goal");
        break;
    }
    QString decision;
    switch (change.decision) {
    case ProposalChange::Decision::Pending:
        decision = tr("undecided");
        break;
    case ProposalChange::Decision::Accepted:
        decision = tr("accepted");
        break;
    case ProposalChange::Decision::Rejected:
        decision = tr("rejected");
        break;
    case ProposalChange::Decision::Edited:
        decision = tr("accepted as edited");
        break;
    }
    const QString text = change.kind == ProposalChange::Kind::Remove ? before(change) : change.text;
    return u"%1. %2 [%3]\n%4"_s.arg(change.id).arg(what, decision, text.simplified());
}

QVariant ProposalModel::data(const QModelIndex &index, const int role) const
{
    if (!index.isValid() || index.row() >= m_proposal.changes.size()) {
        return {};
    }
    const ProposalChange &change = m_proposal.changes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(change);
    case Qt::ToolTipRole:
        return change.rationale;
    case KindRole:
        return QVariant::fromValue(change.kind);
    case TargetRole:
        return change.target;
    case DecisionRole:
        return QVariant::fromValue(change.decision);
    case RationaleRole:
        return change.rationale;
    case PatternsRole:
        return change.patterns;
    case BeforeRole:
        return before(change);
    case AfterRole:
        return change.kind == ProposalChange::Kind::Remove        ? QString()
            : change.decision == ProposalChange::Decision::Edited ? change.editedText
                                                                  : change.text;
    case ChangeFractionRole:
        return change.changeFraction;
    default:
        return {};
    }
}

} // namespace Workbench::Ui
