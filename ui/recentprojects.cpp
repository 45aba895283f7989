// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "recentprojects.h"

#include <QFileInfo>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

namespace {
const QString settingKey = u"recentProjects"_s;
}

QStringList RecentProjects::list()
{
    return QSettings().value(settingKey).toStringList();
}

void RecentProjects::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList projects = list();
    projects.removeAll(absolute);
    projects.prepend(absolute);
    while (projects.size() > maximum) {
        projects.removeLast();
    }
    QSettings().setValue(settingKey, projects);
}

void RecentProjects::clear()
{
    QSettings().remove(settingKey);
}

} // namespace Workbench::Ui
