// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMessageBox;

namespace Workbench::Core {
class Workspace;
}

namespace Workbench::Ui {

class CurationController;
class DocumentView;

/*! \brief Annotate All Occurrences: the type of the curated span under the cursor goes to every
 * other occurrence of its tokens in the corpus (Core::TokenOccurrences: exact, case-sensitive).
 *
 * prepare() counts first (Core::OccurrencePlan): how many occurrences get the span, how many hold
 * it already and how many overlap another curated span and are skipped, and asks before anything
 * changes; the controller then adds them as one undo step. The action's key (O) works while the
 * document view has the focus; the window may put action() in a menu too.
 * Usage: \c{connect(all->action(), &QAction::triggered, view, [=] { all->prepare(controller); });}
 */
class AllOccurrencesAction final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AllOccurrencesAction)

public:
    AllOccurrencesAction(Core::Workspace *workspace, DocumentView *view, QObject *parent = nullptr);
    ~AllOccurrencesAction() override;

    [[nodiscard]] QAction *action() const { return m_action; }
    //! Counts the occurrences of the span under the cursor and asks whether \a curation annotates them.
    void prepare(CurationController *curation);

Q_SIGNALS:
    //! Something for the status bar: why nothing is asked.
    void message(const QString &text);

private:
    //! Opens the question \a question with \a leftAlone below and a button to annotate \a count.
    void ask(const QString &question, const QString &leftAlone, int count);

    Core::Workspace *m_workspace = nullptr;
    DocumentView *m_view = nullptr;
    QAction *m_action = nullptr;
    QPointer<QMessageBox> m_question; //!< the confirmation open now
};

} // namespace Workbench::Ui
