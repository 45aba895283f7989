// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QMenu>

namespace Workbench::Ui {

/*! \brief The Help menu: the user guide (opened by the desktop), the keyboard shortcuts of the
 * window (ShortcutsDialog), About (AboutDialog) and About Qt.
 *
 * The dialogs open over \a window. Usage: \c{menuBar()->addMenu(new HelpMenu(window));}
 */
class HelpMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpMenu)

public:
    explicit HelpMenu(QWidget *window);
    ~HelpMenu() override;

    /*! The user guide's first page: the one installed beside the program (share/doc), else, run
     * from a build tree, the checkout's; empty when neither is there. */
    [[nodiscard]] static QString guidePath();
    //! Where an installation keeps the guide's first page: share/doc beside the program's bin.
    [[nodiscard]] static QString installedGuidePath();

private:
    void openGuide();
};

} // namespace Workbench::Ui
