// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "windowlayout.h"

#include "labelfit.h"

#include <QDockWidget>
#include <QHeaderView>
#include <QMainWindow>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTableView>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

namespace {

// The panes' tables of fixed columns, whose widths and order a user arranges, by object name.
QList<std::pair<QString, QHeaderView *>> tableHeaders(const QMainWindow &window)
{
    QList<std::pair<QString, QHeaderView *>> headers;
    for (const QString &name :
        {u"callLog"_s, u"annotatorTotals"_s, u"failedPieces"_s, u"projectCallLog"_s, u"concordanceHits"_s}) {
        if (auto *table = window.findChild<QTableView *>(name)) {
            headers.append({name, table->horizontalHeader()});
        }
    }
    return headers;
}

// A first start: most of the screen (the document's text needs the room), centred on it.
void placeFirstWindow(QMainWindow &window)
{
    const QRect available = window.screen()->availableGeometry();
    const QSize size =
        (available.size() * 0.8).expandedTo(window.minimumSizeHint()).boundedTo(available.size());
    window.setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size, available));
    // The panes below take two fifths of it (300 pixels at least), the document's text the rest.
    if (const auto docks = window.findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly); !docks.isEmpty()) {
        window.resizeDocks({docks.first()}, {std::max(300, size.height() * 2 / 5)}, Qt::Vertical);
    }
}

} // namespace

void WindowLayout::restore(QMainWindow &window, QSplitter &splitter, QHeaderView &documentColumns)
{
    QSettings settings;
    if (!window.restoreGeometry(settings.value(u"mainWindow/geometry"_s).toByteArray())) {
        placeFirstWindow(window);
    }
    window.restoreState(settings.value(u"mainWindow/state"_s).toByteArray());
    splitter.restoreState(settings.value(u"mainWindow/splitter"_s).toByteArray());
    documentColumns.restoreState(settings.value(u"mainWindow/documentColumns"_s).toByteArray());
    for (const auto &[name, header] : tableHeaders(window)) {
        header->restoreState(settings.value(u"columns/"_s + name).toByteArray());
    }
    LabelFit::keepWhole(window); // a column saved narrower than its label is widened
}

void WindowLayout::arrangeDocks(QMainWindow &window, const QList<QDockWidget *> &docks, QDockWidget *front)
{
    QDockWidget *previous = nullptr;
    for (QDockWidget *dock : docks) {
        dock->setFloating(false);
        window.addDockWidget(Qt::BottomDockWidgetArea, dock);
        dock->show();
        if (previous != nullptr) {
            window.tabifyDockWidget(previous, dock);
        }
        previous = dock;
    }
    if (front != nullptr) {
        front->raise();
        window.resizeDocks({front}, {300}, Qt::Vertical);
    }
}

QWidget *WindowLayout::scrolling(QWidget *pane)
{
    auto *area = new QScrollArea(pane->parentWidget());
    area->setObjectName(pane->objectName() + u"Scroll"_s);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(pane);
    return area;
}

void WindowLayout::save(
    const QMainWindow &window, const QSplitter &splitter, const QHeaderView &documentColumns)
{
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_s, window.saveGeometry());
    settings.setValue(u"mainWindow/state"_s, window.saveState());
    settings.setValue(u"mainWindow/splitter"_s, splitter.saveState());
    settings.setValue(u"mainWindow/documentColumns"_s, documentColumns.saveState());
    for (const auto &[name, header] : tableHeaders(window)) {
        settings.setValue(u"columns/"_s + name, header->saveState());
    }
}

} // namespace Workbench::Ui
