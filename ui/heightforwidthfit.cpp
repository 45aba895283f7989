// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "heightforwidthfit.h"

#include <QEvent>
#include <QWidget>

namespace Workbench::Ui {

HeightForWidthFit::HeightForWidthFit(QWidget *widget)
    : QObject(widget)
    , m_widget(widget)
{
    widget->installEventFilter(this);
}

HeightForWidthFit::~HeightForWidthFit() = default;

void HeightForWidthFit::keep(QWidget *widget)
{
    if (widget->findChild<HeightForWidthFit *>(QString(), Qt::FindDirectChildrenOnly) == nullptr) {
        new HeightForWidthFit(widget); // once per widget, however often asked
    }
}

bool HeightForWidthFit::eventFilter(QObject *watched, QEvent *event)
{
    // Another width, or a child's text changed (its layout asks to be done again).
    if (watched == m_widget && (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest)) {
        fit();
    }
    return QObject::eventFilter(watched, event);
}

void HeightForWidthFit::fit()
{
    if (!m_widget->hasHeightForWidth()) {
        return;
    }
    const int needed = m_widget->heightForWidth(m_widget->width()); // its layout's, or a label's own
    if (needed != m_widget->minimumHeight()) {
        m_widget->setMinimumHeight(needed); // the same width again gives the same: no loop
    }
}

} // namespace Workbench::Ui
