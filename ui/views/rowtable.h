// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QHeaderView>
#include <QTableView>

namespace Workbench::Ui {

//! Makes \a view a table read row by row: one whole row selected at a time, nothing edited in
//! place, no row numbers, the last column taking the room left.
inline void makeRowTable(QTableView *view)
{
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
}

} // namespace Workbench::Ui
