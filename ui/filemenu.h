// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QMenu>

namespace Workbench::Core {
class Workspace;
}

namespace Workbench::Ui {

class ProjectAccess;

/*! \brief The File menu: open a project (chosen in a file dialog, made with the new-project
 * wizard or from annotation files, or one of the recent ones), open the sample, export a layer of
 * \a workspace, quit.
 *
 * It asks; the window opens: projectChosen() and sampleChosen() say what to open. The dialogs
 * open over the menu's parent widget; a project made from files is written through \a access.
 * Usage: \c{window->menuBar()->addMenu(new FileMenu(ws, access, window));}
 */
class FileMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileMenu)

public:
    FileMenu(Core::Workspace *workspace, ProjectAccess *access, QWidget *parent);
    ~FileMenu() override;

Q_SIGNALS:
    void projectChosen(const QString &path);
    void sampleChosen();
    void quitChosen();

private:
    void chooseProject();
    void createProject();
    void createProjectFromFiles();
    void exportLayer();

    Core::Workspace *m_workspace = nullptr;
    ProjectAccess *m_access = nullptr;
};

} // namespace Workbench::Ui
