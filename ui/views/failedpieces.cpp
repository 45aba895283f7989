// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "failedpieces.h"

#include "rowtable.h"

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

FailedPieces::FailedPieces(QWidget *parent)
    : QTableWidget(0, 3, parent)
{
    setObjectName(u"failedPieces"_s);
    setHorizontalHeaderLabels({tr("Annotator"), tr("Document"), tr("Error")});
    makeRowTable(this);
    setToolTip(tr("Pieces that could not be labelled; select one to see the raw reply"));
    connect(this, &QTableWidget::currentCellChanged, this, [this](int row) { choose(row); });
}

FailedPieces::~FailedPieces() = default;

void FailedPieces::setFailures(const QList<Core::FailedItem> &failures)
{
    m_failures.clear();
    setRowCount(0);
    for (const Core::FailedItem &failure : failures) {
        append(failure);
    }
}

void FailedPieces::append(const Core::FailedItem &failure)
{
    m_failures.append(failure);
    const int row = rowCount();
    insertRow(row);
    setRowTexts(this, row, {failure.annotator, failure.document, failure.error});
}

void FailedPieces::choose(const int row)
{
    if (row < 0 || row >= m_failures.size()) {
        return;
    }
    const Core::FailedItem &failure = m_failures.at(row);
    Q_EMIT pieceChosen(tr("%1 could not label document %2 (from character %3): %4")
                           .arg(failure.annotator, failure.document)
                           .arg(failure.chunkStart)
                           .arg(failure.error)
        + u"\n\n"_s + tr("Raw reply:") + u"\n"_s + failure.raw);
}

} // namespace Workbench::Ui
