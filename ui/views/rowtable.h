// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QHeaderView>
#include <QTableView>
#include <QTableWidget>

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

//! Puts \a cells into \a row of \a table, as plain text, from \a firstColumn on.
inline void setRowTexts(
    QTableWidget *table, const int row, const QStringList &cells, const int firstColumn = 0)
{
    for (int column = 0; column < cells.size(); ++column) {
        table->setItem(row, firstColumn + column, new QTableWidgetItem(cells.at(column)));
    }
}

} // namespace Workbench::Ui
