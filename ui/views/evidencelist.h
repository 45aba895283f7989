// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "pilot/proposal.h"

#include <QWidget>

class QLabel;
class QListView;
class QModelIndex;

namespace Workbench::Core {
class Workspace;
}

namespace Workbench::Ui {

class EvidenceModel;

/*! \brief Under a proposed change, the documents of its round that its patterns and examples
 * point at; choosing one (click, or Enter) asks for it to be opened through opened().
 *
 * Hidden while the change cites nothing. Usage: \c{list->showChange(proposal, row);}
 */
class EvidenceList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceList)

public:
    explicit EvidenceList(Core::Workspace *workspace, QWidget *parent = nullptr);
    ~EvidenceList() override;

    //! The evidence of change \a row of \a proposal; -1: none.
    void showChange(const Core::Proposal &proposal, int row);
    [[nodiscard]] EvidenceModel *model() const { return m_model; }
    //! The list itself: the review pane's single-key decisions act there too.
    [[nodiscard]] QListView *view() const { return m_list; }

Q_SIGNALS:
    //! Open \a document of round \a round with [start, end) in view.
    void opened(int round, qsizetype document, int start, int end);

private:
    void open(const QModelIndex &index);
    void updateCaption();

    EvidenceModel *m_model = nullptr;
    QLabel *m_caption = nullptr;
    QListView *m_list = nullptr;
};

} // namespace Workbench::Ui
