// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QDialog>

class QLabel;

namespace Workbench::Ui {

/*! \brief Help > About: the workbench's version and licence, the Qt it was built with and runs
 * on, and where the data it ships comes from, under which licence.
 *
 * Links open in the desktop's browser. Usage: \c{(new AboutDialog(window))->open();}
 */
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    //! The text shown, as rich text.
    [[nodiscard]] static QString text();
};

} // namespace Workbench::Ui
