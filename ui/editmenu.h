// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QMenu>
#include <QPointer>

namespace Workbench::Core {
class Workspace;
}

namespace Workbench::Ui {

class CorpusView;
class CurationController;

/*! \brief The Edit menu: Undo and Redo of curation, each naming the action it takes
 * ("Undo Mark “Sonmarg” as location"), as the project records it, and the corpus view's
 * Annotate All Occurrences.
 *
 * It follows the curation of \a corpus from project to project (CorpusView::curationChanged);
 * without a project, or with nothing to take back, the actions are disabled. Their shortcuts
 * are the platform's (Ctrl+Z; Ctrl+Shift+Z or Ctrl+Y) and work anywhere in the window but in a
 * text field, which keeps its own. Usage: \c{menuBar()->addMenu(new EditMenu(corpus, ws, window));}
 */
class EditMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditMenu)

public:
    EditMenu(CorpusView *corpus, Core::Workspace *workspace, QWidget *parent);
    ~EditMenu() override;

private:
    void follow(CurationController *curation);
    void nameSteps();

    Core::Workspace *m_workspace = nullptr;
    QPointer<CurationController> m_curation;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
};

} // namespace Workbench::Ui
