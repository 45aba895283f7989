// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "pilot/proposal.h"

#include <QAbstractListModel>
#include <QPointer>

#include <optional>

namespace Workbench::Core {
class SpanLayer;
class Workspace;
} // namespace Workbench::Core

namespace Workbench::Ui {

/*! \brief The documents of a round that a proposed change's evidence points at, one row each:
 * for each pattern it answers, the batch's documents where the round's annotators dispute a span
 * of the pattern's types; for each example, the document it was quoted from.
 *
 * A row that opens a document carries it (DocumentRole, the range to show, its round); a row
 * that cannot says why (the example is not in the batch, the round's labels are not in the
 * project) and is not selectable. The evidence is looked for again when a round's layers arrive
 * or change (a round run in the window is read after its proposal). Usage:
 * \c{model.showChange(proposal, row);}
 */
class EvidenceModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceModel)

public:
    enum Role {
        DocumentRole = Qt::UserRole + 1, //!< qsizetype: the document's corpus position, -1: none
        StartRole, //!< int: what to show of it, the disputed span or the example's place
        EndRole,
        RoundRole, //!< int: the round
    };

    static constexpr int documentsPerPattern = 5;

    explicit EvidenceModel(Core::Workspace *workspace, QObject *parent = nullptr);
    ~EvidenceModel() override;

    //! The evidence of change \a row of \a proposal in the proposal's round; -1: none.
    void showChange(const Core::Proposal &proposal, int row);
    [[nodiscard]] int round() const { return m_round; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Row
    {
        QString text;
        QString toolTip;
        qsizetype document = -1;
        int start = 0;
        int end = 0;
    };
    struct Round;
    [[nodiscard]] Round roundOf(int number) const;
    void addChange(const Round &round, const Core::Proposal &proposal, const Core::ProposalChange &change);
    void addPattern(const Round &round, const Core::Proposal &proposal, const QString &name);
    void addExample(const Round &round, const Core::InstructionExample &example);
    [[nodiscard]] Row linked(qsizetype document, int start, int end, const QString &text) const;
    //! Looks for the change's evidence again when \a layer, a round's, gets its spans.
    void watch(const Core::SpanLayer *layer);
    //! Once per turn of the event loop: a round brings several layers at once.
    void scheduleRecompute();

    QPointer<Core::Workspace> m_workspace;
    QList<Row> m_rows;
    int m_round = -1;
    std::optional<Core::Proposal> m_proposal; //!< the proposal shown, to look again
    int m_change = -1; //!< the change of m_proposal shown
    bool m_recomputeQueued = false;
};

} // namespace Workbench::Ui
