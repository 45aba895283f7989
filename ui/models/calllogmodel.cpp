// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "calllogmodel.h"

#include "costtext.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

CallLogModel::CallLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

CallLogModel::~CallLogModel() = default;

void CallLogModel::setRecords(QList<Core::LlmCallRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

void CallLogModel::append(const Core::LlmCallRecord &record)
{
    const int row = int(m_records.size());
    beginInsertRows({}, row, row);
    m_records.append(record);
    endInsertRows();
}

QString CallLogModel::detail(const int row) const
{
    if (row < 0 || row >= m_records.size()) {
        return {};
    }
    const Core::LlmCallRecord &record = m_records.at(row);
    return QString::fromUtf8(record.request) + u"\n\n"_s + tr("Response:") + u"\n"_s
        + QString::fromUtf8(record.response);
}

int CallLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int CallLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallLogModel::data(const QModelIndex &index, const int role) const
{
    if (!index.isValid() || index.row() >= m_records.size()) {
        return {};
    }
    const Core::LlmCallRecord &record = m_records.at(index.row());
    const bool ok = record.succeeded();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(record.created.toLocalTime(), QLocale::ShortFormat);
        case AnnotatorColumn:
            return record.annotator;
        case DocumentColumn:
            return record.document;
        case ModelColumn:
            return record.model;
        case StatusColumn:
            return ok ? tr("ok") : tr("failed: %1").arg(record.failure);
        case TokensColumn:
            return QLocale().toString(record.promptTokens + record.completionTokens);
        case CostColumn:
            return CostText::amount(record.cost, 4);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == TokensColumn) {
        return tr("%1 in, %2 out, %3 reasoning")
            .arg(QLocale().toString(record.promptTokens), QLocale().toString(record.completionTokens),
                QLocale().toString(record.reasoningTokens));
    }
    if (role == Qt::TextAlignmentRole && (index.column() == TokensColumn || index.column() == CostColumn)) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant CallLogModel::headerData(const int section, const Qt::Orientation orientation, const int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case AnnotatorColumn:
        return tr("Annotator");
    case DocumentColumn:
        return tr("Document");
    case ModelColumn:
        return tr("Model");
    case StatusColumn:
        return tr("Status");
    case TokensColumn:
        return tr("Tokens");
    case CostColumn:
        return tr("Cost (USD)");
    default:
        return {};
    }
}

} // namespace Workbench::Ui
