// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

// Opening the main window on the sample or a project, as every window test starts.
#include "mainwindow.h"

#include <QSignalSpy>
#include <QTest>

namespace Workbench::Test {

//! Shows \a window with the sample open; false unless \a ready (a signal of the window) came in time.
template<typename Signal>
bool showSample(Ui::MainWindow &window, Signal ready)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        return false;
    }
    QSignalSpy spy(&window, ready);
    window.openSample();
    return spy.wait(30000);
}

//! Shows \a window with the project at \a path open; false unless it loaded without an error in time.
inline bool showProject(Ui::MainWindow &window, const QString &path)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        return false;
    }
    QSignalSpy loaded(&window, &Ui::MainWindow::loadFinished);
    window.openProject(path);
    return loaded.wait(30000) && loaded.first().at(0).toString().isEmpty();
}

} // namespace Workbench::Test
