// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QStyledItemDelegate>

namespace Workbench::Ui {

/*! \brief Paints a cell as a progress bar: DoneRole of TotalRole, with the cell's display text
 * ("12/40") on the bar, so that the figure is read, not only seen, and screen readers get it.
 * A cell without a TotalRole is painted as usual. */
class ProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressDelegate)

public:
    enum Role { DoneRole = Qt::UserRole + 40, TotalRole };

    using QStyledItemDelegate::QStyledItemDelegate;
    ~ProgressDelegate() override = default;

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Workbench::Ui
