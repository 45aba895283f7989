// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QList>

class QDockWidget;
class QHeaderView;
class QMainWindow;
class QSplitter;
class QWidget;

namespace Workbench::Ui {

/*! \brief What a user arranged in the main window, kept between sessions in QSettings: its
 * geometry and docks, the central splitter, the documents' columns and the columns of the panes'
 * tables (found by object name).
 *
 * A first start (nothing saved) gives the window about 80% of its screen's available area,
 * centred. Usage: \c{WindowLayout::restore(window, splitter, columns);} after the panes exist,
 * and save() when the window closes.
 */
class WindowLayout
{
public:
    WindowLayout() = delete;

    static void restore(QMainWindow &window, QSplitter &splitter, QHeaderView &documentColumns);
    /*! The panes' \a docks as a first start shows them: docked, open and tabbed below the
     * document in their order, \a front raised and 300 pixels high. Reset Layout
     * returns to this too. */
    static void arrangeDocks(QMainWindow &window, const QList<QDockWidget *> &docks, QDockWidget *front);
    /*! \a pane in a scroll area, for a dock: tabbed docks are as tall as their tallest pane's
     * minimum (the runs pane's, 475 pixels), which left the document's text two lines; in a
     * scroll area a pane gives way and scrolls instead. */
    [[nodiscard]] static QWidget *scrolling(QWidget *pane);
    static void save(
        const QMainWindow &window, const QSplitter &splitter, const QHeaderView &documentColumns);
};

} // namespace Workbench::Ui
