// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "matrixmodel.h"

#include "matrixroles.h"

#include <QColor>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

MatrixModel::MatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

MatrixModel::~MatrixModel() = default;

void MatrixModel::setResult(
    const Core::AgreementResult &result, const QStringList &labels, const QStringList &toolTips)
{
    beginResetModel();
    m_result = result;
    m_labels = labels;
    m_toolTips = toolTips;
    endResetModel();
}

QString MatrixModel::label(const qsizetype index) const
{
    return m_labels.value(index, m_result.layers.value(index));
}

int MatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.layers.size());
}

const Core::Matrix &MatrixModel::matrix() const
{
    const auto perType = m_result.f1ByType.constFind(m_type);
    return m_type.isEmpty() || perType == m_result.f1ByType.cend() ? m_result.f1 : *perType;
}

void MatrixModel::setType(const QString &type)
{
    m_type = type;
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
}

int MatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.layers.size());
}

QVariant MatrixModel::data(const QModelIndex &index, const int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    if (!m_result.isMeasured(index.row(), index.column())) {
        return unmeasured(index, role);
    }
    const double value = matrix().value(index.row()).value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return QLocale().toString(value, 'f', 2);
    case MatrixRoles::ValueRole:
        return value;
    case Qt::ToolTipRole:
        return cellToolTip(index, value);
    case Qt::BackgroundRole: {
        // Sequential blue from white: readable by colour-blind users, the number printed on top.
        const QColor light(0xf7, 0xfb, 0xff);
        const QColor dark(0x08, 0x51, 0x9c);
        const double t = std::clamp(value, 0.0, 1.0);
        return QColor::fromRgbF(float(light.redF() + (dark.redF() - light.redF()) * t),
            float(light.greenF() + (dark.greenF() - light.greenF()) * t),
            float(light.blueF() + (dark.blueF() - light.blueF()) * t));
    }
    case Qt::ForegroundRole:
        return value > 0.55 ? QColor(Qt::white) : QColor(Qt::black);
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignCenter);
    default:
        return {};
    }
}

QString MatrixModel::cellToolTip(const QModelIndex &index, const double value) const
{
    const QString f1 = QLocale().toString(value, 'f', 4);
    QString tip = m_type.isEmpty()
        ? tr("%1 and %2: strict span F1 %3").arg(label(index.row()), label(index.column()), f1)
        : tr("%1 and %2: strict span F1 %3 on %4").arg(label(index.row()), label(index.column()), f1, m_type);
    const QString &row = m_result.layers.at(index.row());
    const QString &column = m_result.layers.at(index.column());
    if (label(index.row()) != row || label(index.column()) != column) {
        tip += u'\n' + tr("Layers %1 and %2").arg(row, column); // which round
    }
    return tip;
}

QVariant MatrixModel::unmeasured(const QModelIndex &index, const int role) const
{
    // Two layers with no document in common measured nothing: a blank cell, not 0.
    switch (role) {
    case Qt::ToolTipRole:
        return tr("%1 and %2: no document in common, so nothing was measured")
            .arg(label(index.row()), label(index.column()));
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignCenter);
    default:
        return {};
    }
}

QVariant MatrixModel::headerData(const int section, const Qt::Orientation orientation, const int role) const
{
    if (section < 0 || section >= m_result.layers.size()) {
        return {};
    }
    if (role == Qt::DisplayRole) {
        // Rows show names with the mean; columns only the position, to stay narrow.
        if (orientation == Qt::Horizontal) {
            return QLocale().toString(section + 1);
        }
        return m_result.hasMean(section) ? tr("%1. %2 (mean %3)")
                                               .arg(QLocale().toString(section + 1), label(section),
                                                   QLocale().toString(m_result.mean.value(section), 'f', 2))
                                         : tr("%1. %2 (no mean: no document in common with another layer)")
                                               .arg(QLocale().toString(section + 1), label(section));
    }
    if (role == Qt::ToolTipRole) {
        return m_toolTips.value(section, m_result.layers.at(section));
    }
    return {};
}

} // namespace Workbench::Ui
