// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "recentprojectsmenu.h"

#include "recentprojects.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

RecentProjectsMenu::RecentProjectsMenu(QWidget *parent)
    : QMenu(tr("Open &Recent"), parent)
{
    setObjectName(u"recentMenu"_s);
    connect(this, &QMenu::aboutToShow, this, &RecentProjectsMenu::update);
    update();
}

RecentProjectsMenu::~RecentProjectsMenu() = default;

void RecentProjectsMenu::update()
{
    clear();
    const QStringList projects = RecentProjects::list();
    for (int i = 0; i < projects.size(); ++i) {
        const QString &path = projects.at(i);
        // &1 .. &8: each reachable by its number from the keyboard.
        QAction *action = addAction(u"&%1 %2"_s.arg(i + 1).arg(QFileInfo(path).fileName()));
        action->setObjectName(u"actionRecent%1"_s.arg(i + 1));
        action->setToolTip(path);
        action->setData(path);
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT projectChosen(path); });
    }
    if (!projects.isEmpty()) {
        addSeparator();
        QAction *clearList = addAction(tr("&Clear List"));
        clearList->setObjectName(u"actionClearRecent"_s);
        connect(clearList, &QAction::triggered, this, [] { RecentProjects::clear(); });
    }
    setEnabled(!projects.isEmpty());
}

} // namespace Workbench::Ui
