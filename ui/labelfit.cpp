// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "labelfit.h"

#include "heightforwidthfit.h"

#include <QComboBox>
#include <QHeaderView>
#include <QSplitter>

namespace Workbench::Ui {

namespace {
constexpr const char *watchedCombo = "workbenchLabelFit";
}

LabelFit::LabelFit(QHeaderView *header)
    : QObject(header)
    , m_header(header)
{
    QAbstractItemModel *model = header->model();
    const auto later = [this] { QMetaObject::invokeMethod(this, &LabelFit::fit, Qt::QueuedConnection); };
    connect(model, &QAbstractItemModel::headerDataChanged, this, later);
    connect(model, &QAbstractItemModel::modelReset, this, later);
    connect(model, &QAbstractItemModel::layoutChanged, this, later);
    connect(model, &QAbstractItemModel::columnsInserted, this, later);
    connect(header, &QHeaderView::sectionCountChanged, this, later);
    connect(header, &QHeaderView::sortIndicatorChanged, this, later);
    fit();
}

LabelFit::~LabelFit() = default;

void LabelFit::keepWhole(QWidget &root)
{
    for (QHeaderView *header : root.findChildren<QHeaderView *>()) {
        if (header->orientation() != Qt::Horizontal || header->model() == nullptr) {
            continue;
        }
        if (auto *watching = header->findChild<LabelFit *>(QString(), Qt::FindDirectChildrenOnly)) {
            watching->fit(); // its widths were set again (a layout restored or reset)
        } else {
            new LabelFit(header);
        }
    }
    for (QComboBox *combo : root.findChildren<QComboBox *>()) {
        // Items come after the first show (the disputed types, the rounds): size to them every
        // time, and never narrower (QComboBox keeps the minimum hint of its first items).
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        QSizePolicy policy = combo->sizePolicy();
        policy.setHorizontalPolicy(QSizePolicy::Policy(policy.horizontalPolicy() & ~QSizePolicy::ShrinkFlag));
        combo->setSizePolicy(policy);
        // addItem() does not tell the layout that the combo box grew (Qt 6.4): tell it here.
        if (combo->property(watchedCombo).toBool()) {
            continue;
        }
        combo->setProperty(watchedCombo, true);
        for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
            QObject::connect(combo->model(), signal, combo, &QWidget::updateGeometry, Qt::QueuedConnection);
        }
        QObject::connect(combo->model(), &QAbstractItemModel::modelReset, combo, &QWidget::updateGeometry,
            Qt::QueuedConnection);
    }
    keepWrappedTextWhole(root);
}

void LabelFit::keepWrappedTextWhole(QWidget &root)
{
    // A vertical splitter gives its panes the heights of their size hints and ignores height for
    // width: a word-wrapped label in one would lose the lines it needs at the width it got.
    for (const QSplitter *splitter : root.findChildren<QSplitter *>()) {
        for (int index = 0; index < splitter->count() && splitter->orientation() == Qt::Vertical; ++index) {
            // A pane with a layout: a child's new text reaches it as a layout request.
            if (QWidget *pane = splitter->widget(index);
                pane->layout() != nullptr && pane->hasHeightForWidth()) {
                HeightForWidthFit::keep(pane);
            }
        }
    }
}

void LabelFit::fit()
{
    for (int logical = 0; logical < m_header->count(); ++logical) {
        const QHeaderView::ResizeMode mode = m_header->sectionResizeMode(logical);
        if (m_header->isSectionHidden(logical)
            || (mode != QHeaderView::Interactive && mode != QHeaderView::Fixed)) {
            continue; // a stretched section or one sized to its contents is sized by the header
        }
        if (const int hint = m_header->sectionSizeHint(logical); m_header->sectionSize(logical) < hint) {
            m_header->resizeSection(logical, hint);
        }
    }
}

} // namespace Workbench::Ui
