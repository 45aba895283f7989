// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QMenu>

namespace Workbench::Ui {

/*! \brief File > Open Recent: the projects opened last (RecentProjects), each under its number,
 * read again each time the menu opens, and an entry that clears the list.
 *
 * Usage: \c{connect(menu, &RecentProjectsMenu::projectChosen, window, &MainWindow::openProject);}
 */
class RecentProjectsMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentProjectsMenu)

public:
    explicit RecentProjectsMenu(QWidget *parent = nullptr);
    ~RecentProjectsMenu() override;

    //! Lists the projects as RecentProjects holds them now.
    void update();

Q_SIGNALS:
    void projectChosen(const QString &path);
};

} // namespace Workbench::Ui
