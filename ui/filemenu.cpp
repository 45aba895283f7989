// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "filemenu.h"

#include "dialogs/exportdialog.h"
#include "dialogs/newprojectfromfilesdialog.h"
#include "dialogs/newprojectwizard.h"
#include "recentprojectsmenu.h"

#include <QFileDialog>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

FileMenu::FileMenu(Core::Workspace *workspace, ProjectAccess *access, QWidget *parent)
    : QMenu(tr("&File"), parent)
    , m_workspace(workspace)
    , m_access(access)
{
    auto *openProject = addAction(tr("&Open Project…"));
    openProject->setObjectName(u"actionOpenProject"_s);
    openProject->setShortcut(QKeySequence::Open);
    connect(openProject, &QAction::triggered, this, &FileMenu::chooseProject);
    auto *newProject = addAction(tr("&New Pilot Project…"));
    newProject->setObjectName(u"actionNewProject"_s);
    newProject->setShortcut(QKeySequence::New);
    connect(newProject, &QAction::triggered, this, &FileMenu::createProject);
    auto *fromFiles = addAction(tr("New Project from &Files…"));
    fromFiles->setObjectName(u"actionNewProjectFromFiles"_s);
    fromFiles->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    fromFiles->setToolTip(tr("A corpus file and the annotations of systems or people, each shown with "
                             "what could not be aligned before the project is written"));
    connect(fromFiles, &QAction::triggered, this, &FileMenu::createProjectFromFiles);
    auto *recent = new RecentProjectsMenu(this);
    addMenu(recent);
    connect(recent, &RecentProjectsMenu::projectChosen, this, &FileMenu::projectChosen);
    auto *exportLayer = addAction(tr("&Export a Layer…"));
    exportLayer->setObjectName(u"actionExport"_s);
    exportLayer->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(exportLayer, &QAction::triggered, this, &FileMenu::exportLayer);
    auto *openSample = addAction(tr("Open &Sample Project"));
    openSample->setObjectName(u"actionOpenSample"_s);
    connect(openSample, &QAction::triggered, this, &FileMenu::sampleChosen);
    addSeparator();
    auto *quit = addAction(tr("&Quit"));
    quit->setObjectName(u"actionQuit"_s);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &FileMenu::quitChosen);
}

FileMenu::~FileMenu() = default;

void FileMenu::chooseProject()
{
    const QString path = QFileDialog::getOpenFileName(
        parentWidget(), tr("Open Project"), QString(), tr("DiZiNER projects (*.dzn);;All files (*)"));
    if (!path.isEmpty()) {
        Q_EMIT projectChosen(path);
    }
}

void FileMenu::createProject()
{
    auto *wizard = new NewProjectWizard(parentWidget());
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &NewProjectWizard::created, this, [this](const QString &path, const QString &error) {
        if (error.isEmpty()) {
            Q_EMIT projectChosen(path);
        }
    });
    wizard->open();
}

void FileMenu::createProjectFromFiles()
{
    auto *dialog = new NewProjectFromFilesDialog(m_access, parentWidget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewProjectFromFilesDialog::created, this, &FileMenu::projectChosen);
    dialog->open();
}

void FileMenu::exportLayer()
{
    auto *dialog = new ExportDialog(m_workspace, parentWidget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace Workbench::Ui
