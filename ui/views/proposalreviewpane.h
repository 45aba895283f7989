// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "pilot/guideline.h"
#include "pilot/pilotconfig.h"
#include "pilot/proposal.h"

#include <QWidget>

class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace Workbench::Core {
class Workspace;
}

namespace Workbench::Ui {

class EvidenceList;
class ProposalModel;

/*! \brief Where a linguist decides the supervisor's proposal, change by change.
 *
 * The changes are listed with their decisions; the selected one shows its rationale, the
 * disagreement patterns behind it and a word diff against the current guideline. Accept (A),
 * Reject (R) and Edit (E, then Ctrl+Return) act on it from the keyboard and move to the next
 * undecided change; "Accept all remaining" is a separate, explicit action. When every change is
 * decided, Save emits decisionsReady(). The current guideline is shown below, as Markdown. Under
 * the change, the documents of its round that its patterns and examples point at open through
 * evidenceActivated() (given the workspace that holds the round's layers).
 */
class ProposalReviewPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProposalReviewPane)

public:
    explicit ProposalReviewPane(Core::Workspace *workspace = nullptr, QWidget *parent = nullptr);
    ~ProposalReviewPane() override;

    //! Shows \a proposal for review against \a current, with how much of \a changeCap (the share
    //! of the existing instructions' words that edits and removals may change) it uses.
    void setProposal(const Core::Proposal &proposal, const Core::Guideline &current,
        double changeCap = Core::PilotConfig::Knobs{}.changeCap);
    //! Shows \a current with nothing to decide (and \a message saying why).
    void showGuideline(const Core::Guideline &current, const QString &message);
    [[nodiscard]] ProposalModel *model() const { return m_model; }

Q_SIGNALS:
    //! Every change is decided and the reviewer saved: \a decided carries the decisions.
    void decisionsReady(const Workbench::Core::Proposal &decided);
    //! Evidence was chosen: open \a document of round \a round with [start, end) in view.
    void evidenceActivated(int round, qsizetype document, int start, int end);

private:
    void createViews();
    void createButtons();
    //! Single keys on the list (A, R, E) and Ctrl+Return in the editor.
    void createShortcuts();
    void connectButtons();
    void arrange();
    void showSelected();
    //! The supervisor's analysis of each pattern in \a names: frequency, root cause, how the annotators
    //! split.
    [[nodiscard]] static QString patternsHtml(const Core::Proposal &proposal, const QStringList &names);
    [[nodiscard]] static QString examplesHtml(const QList<Core::InstructionExample> &examples);
    void decideSelected(Core::ProposalChange::Decision decision);
    void startEdit();
    void applyEdit();
    void selectNextUndecided();
    void updateState();
    [[nodiscard]] int selectedRow() const;

    ProposalModel *m_model = nullptr;
    QString m_capUse; //!< the proposal's use of the change cap, in words
    QLabel *m_summary = nullptr;
    QListView *m_changes = nullptr;
    QTextBrowser *m_detail = nullptr;
    EvidenceList *m_evidence = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_reject = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_applyEdit = nullptr;
    QPushButton *m_acceptAll = nullptr;
    QPushButton *m_save = nullptr;
    QPlainTextEdit *m_guideline = nullptr;
    bool m_reviewing = false;
};

} // namespace Workbench::Ui
