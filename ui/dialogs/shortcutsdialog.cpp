// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QMenu>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

namespace {

QString withoutMnemonic(QString text)
{
    // "&Undo" reads "Undo"; a doubled ampersand is a real one.
    text.replace(u"&&"_s, u"\x01"_s).remove(u'&').replace(u'\x01', u'&');
    return text;
}

// "File", or "Settings > Language" for a submenu.
QString menuPath(const QMenu &menu)
{
    QStringList titles{withoutMnemonic(menu.title())};
    for (const QObject *object : menu.menuAction()->associatedObjects()) {
        if (const auto *parent = qobject_cast<const QMenu *>(object)) {
            titles.prepend(menuPath(*parent));
            break;
        }
    }
    return titles.join(u" > "_s);
}

// The pane a widget sits in, or the first ancestor named for assistive technology.
QString paneOf(const QWidget *widget)
{
    for (; widget != nullptr && !widget->isWindow(); widget = widget->parentWidget()) {
        if (!widget->accessibleName().isEmpty()) {
            return widget->accessibleName();
        }
        if (const auto *dock = qobject_cast<const QDockWidget *>(widget)) {
            return dock->windowTitle();
        }
    }
    return widget != nullptr ? widget->windowTitle() : QString();
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window)
    : QDialog(window)
    , m_table(new QTableWidget(this))
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_table->setObjectName(u"shortcutsTable"_s);
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Keys"), tr("Action"), tr("Where")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    struct Row
    {
        QString keys, text, place;
    };
    QList<Row> rows;
    for (const QAction *action : shortcutActions(*window)) {
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts()) {
            keys.append(key.toString(QKeySequence::NativeText));
        }
        rows.append({keys.join(tr(" or ", "between two keys")),
            action->text().isEmpty() ? action->toolTip() : withoutMnemonic(action->text()),
            placeOf(*action)});
    }
    // The menus and panes together, each in the order its actions were made.
    std::ranges::stable_sort(rows, {}, &Row::place);
    m_table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(rows.at(row).keys));
        m_table->setItem(row, 1, new QTableWidgetItem(rows.at(row).text));
        m_table->setItem(row, 2, new QTableWidgetItem(rows.at(row).place));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(760, 520);
}

ShortcutsDialog::~ShortcutsDialog() = default;

QList<QAction *> ShortcutsDialog::shortcutActions(const QWidget &window)
{
    QList<QAction *> actions;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (!action->shortcuts().isEmpty() && action->isVisible()) {
            actions.append(action);
        }
    }
    return actions;
}

QString ShortcutsDialog::placeOf(const QAction &action)
{
    QStringList places;
    for (const QObject *object : action.associatedObjects()) {
        const auto *menu = qobject_cast<const QMenu *>(object);
        const auto *widget = qobject_cast<const QWidget *>(object);
        const QString place = menu != nullptr ? menuPath(*menu) : paneOf(widget);
        if (!place.isEmpty() && !places.contains(place)) {
            places.append(place);
        }
    }
    return places.join(u", "_s);
}

} // namespace Workbench::Ui
