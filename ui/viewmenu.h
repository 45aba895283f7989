// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QByteArray>
#include <QMenu>

class QDockWidget;
class QHeaderView;
class QMainWindow;
class QSplitter;

namespace Workbench::Ui {

/*! \brief The View menu: one checkable action per pane (its dock's toggleViewAction), so that a
 * pane closed by its button comes back, in front; and Reset Layout, which returns the panes, the
 * toolbar's place, the splitter and the documents' columns to what a first start shows. (The
 * round selector's toolbar shows and hides itself: it has no action here.)
 *
 * Made after the docks and before WindowLayout::restore(): what the window shows then is the
 * layout Reset Layout returns to. Usage:
 * \c{menuBar()->addMenu(new ViewMenu(*window, splitter, columns, matrixDock));}
 */
class ViewMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ViewMenu)

public:
    //! The window's docks, \a front the pane raised among the tabbed docks.
    ViewMenu(QMainWindow &window, QSplitter &splitter, QHeaderView &documentColumns, QDockWidget *front);
    ~ViewMenu() override;

    void resetLayout();

private:
    QMainWindow &m_window;
    QSplitter &m_splitter;
    QHeaderView &m_documentColumns;
    QDockWidget *m_front = nullptr;
    QByteArray m_splitterState; //!< as made, before the saved layout was restored
    QByteArray m_columnsState;
};

} // namespace Workbench::Ui
