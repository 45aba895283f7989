// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QStringList>

namespace Workbench::Ui {

//! The projects opened last, newest first, kept in the application settings.
class RecentProjects
{
public:
    static constexpr int maximum = 8;
    [[nodiscard]] static QStringList list();
    //! Puts \a path first (absolute), dropping the oldest beyond the maximum.
    static void add(const QString &path);
    static void clear();
};

} // namespace Workbench::Ui
