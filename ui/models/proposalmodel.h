// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "pilot/guideline.h"
#include "pilot/proposal.h"

#include <QAbstractListModel>

namespace Workbench::Ui {

/*! \brief The changes of the supervisor's proposal, one row each, with the reviewer's decisions.
 *
 * Rows show what the change does and its decision in words (never by colour alone); the roles
 * give the rest: rationale, patterns, the text before and after. Decisions are made through
 * decide(), which keeps an edit's own text. Usage: \c{model.setProposal(p, current); model.decide(0,
 * Accepted);}
 */
class ProposalModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProposalModel)

public:
    enum Role {
        KindRole = Qt::UserRole + 1, //!< ProposalChange::Kind
        TargetRole, //!< "common", an annotator, or "goal" (ProposalChange::scope() says which)
        DecisionRole, //!< ProposalChange::Decision
        RationaleRole,
        PatternsRole, //!< QStringList
        BeforeRole, //!< the text the change replaces or removes ("" for an addition)
        AfterRole, //!< the text it proposes, or the reviewer's edit ("" for a removal)
        ChangeFractionRole, //!< double: share of the guideline's words it rewrites
    };

    explicit ProposalModel(QObject *parent = nullptr);
    ~ProposalModel() override;

    void setProposal(const Core::Proposal &proposal, const Core::Guideline &current);
    [[nodiscard]] const Core::Proposal &proposal() const { return m_proposal; }
    [[nodiscard]] const Core::Guideline &current() const { return m_current; }
    //! Decides change \a row; \a editedText is the reviewer's wording for Decision::Edited.
    void decide(int row, Core::ProposalChange::Decision decision, const QString &editedText = {});
    //! Accepts every change still pending; returns how many.
    int acceptRemaining();
    [[nodiscard]] int undecidedCount() const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void decisionsChanged();

private:
    [[nodiscard]] QString before(const Core::ProposalChange &change) const;
    //! What the row says: the change in words, its decision, and its text.
    [[nodiscard]] QString displayText(const Core::ProposalChange &change) const;

    Core::Proposal m_proposal;
    Core::Guideline m_current;
};

} // namespace Workbench::Ui
