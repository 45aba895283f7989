// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QMenu>

namespace Workbench::Ui {

/*! \brief Settings > Language: the catalogues the workbench ships (LanguageSettings), one checked.
 *
 * A choice takes effect at the next start; languageChosen() says one was made.
 */
class LanguageMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageMenu)

public:
    explicit LanguageMenu(QWidget *parent = nullptr);
    ~LanguageMenu() override;

Q_SIGNALS:
    //! \a code (empty: the system's language) is chosen for the next start.
    void languageChosen(const QString &code);
};

} // namespace Workbench::Ui
