// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "viewmenu.h"

#include "labelfit.h"
#include "windowlayout.h"

#include <QDockWidget>
#include <QHeaderView>
#include <QMainWindow>
#include <QSplitter>
#include <QToolBar>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

ViewMenu::ViewMenu(QMainWindow &window, QSplitter &splitter, QHeaderView &documentColumns, QDockWidget *front)
    : QMenu(tr("&View"), &window)
    , m_window(window)
    , m_splitter(splitter)
    , m_documentColumns(documentColumns)
    , m_front(front)
    , m_splitterState(splitter.saveState())
    , m_columnsState(documentColumns.saveState())
{
    setObjectName(u"viewMenu"_s);
    // The docks in the order they were made: the order of their tabs.
    for (QDockWidget *dock : window.findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly)) {
        QAction *toggle = dock->toggleViewAction();
        toggle->setObjectName(u"actionView_"_s + dock->objectName());
        toggle->setToolTip(tr("Show or hide the pane “%1”").arg(dock->windowTitle()));
        // Shown again among tabbed panes, it comes to the front: the user asked to see it.
        connect(toggle, &QAction::triggered, dock, [dock](const bool shown) {
            if (shown) {
                dock->raise();
            }
        });
        addAction(toggle);
    }
    addSeparator();
    auto *reset = addAction(tr("&Reset Layout"));
    reset->setObjectName(u"actionResetLayout"_s);
    reset->setToolTip(tr("Every pane open and docked below the document, as at the first start"));
    connect(reset, &QAction::triggered, this, &ViewMenu::resetLayout);
}

ViewMenu::~ViewMenu() = default;

void ViewMenu::resetLayout()
{
    WindowLayout::arrangeDocks(
        m_window, m_window.findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly), m_front);
    // The round selector back on top; it shows itself when there are rounds to choose from.
    for (QToolBar *toolBar : m_window.findChildren<QToolBar *>(Qt::FindDirectChildrenOnly)) {
        const bool shown = !toolBar->isHidden();
        m_window.addToolBar(Qt::TopToolBarArea, toolBar);
        toolBar->setVisible(shown);
    }
    m_splitter.restoreState(m_splitterState);
    m_documentColumns.restoreState(m_columnsState);
    LabelFit::keepWhole(m_window);
}

} // namespace Workbench::Ui
