// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QObject>

class QWidget;

namespace Workbench::Ui {

/*! \brief Keeps a widget at least as tall as its layout needs at the width it has.
 *
 * A QSplitter gives a child the height of its size hint and ignores height for width: a
 * word-wrapped label that needs another line at the width it got is cut. keep() makes the
 * widget's minimum height follow its layout's height for its width, as the width or the text
 * changes (LabelFit::keepWhole() asks it for the panes of vertical splitters).
 * Usage: \c{HeightForWidthFit::keep(top); splitter->addWidget(top);}
 */
class HeightForWidthFit final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeightForWidthFit)

public:
    static void keep(QWidget *widget);
    ~HeightForWidthFit() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit HeightForWidthFit(QWidget *widget);
    void fit();

    QWidget *m_widget = nullptr;
};

} // namespace Workbench::Ui
