// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QDialog>

class QAction;
class QTableWidget;

namespace Workbench::Ui {

/*! \brief Help > Keyboard Shortcuts: every shortcut of \a window, read from its actions (the
 * menus' and the panes' own keys), with what it does and where it acts.
 *
 * Nothing is listed by hand: an action given a shortcut anywhere under the window shows up here,
 * one hidden (a digit past the scheme's types) does not. Usage: \c{(new ShortcutsDialog(w))->open();}
 */
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    explicit ShortcutsDialog(QWidget *window);
    ~ShortcutsDialog() override;

    //! The actions of \a window that a key triggers: those with a shortcut, not hidden.
    [[nodiscard]] static QList<QAction *> shortcutActions(const QWidget &window);

private:
    //! Where \a action acts: the menu it is in, or the pane (or named widget) it belongs to.
    [[nodiscard]] static QString placeOf(const QAction &action);

    QTableWidget *m_table = nullptr;
};

} // namespace Workbench::Ui
