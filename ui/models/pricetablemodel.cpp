// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "pricetablemodel.h"

#include <QDate>
#include <QLocale>
#include <QSet>

#include <array>

using namespace Qt::Literals::StringLiterals;
using Price = Workbench::Core::PriceTable::Price;

namespace Workbench::Ui {

PriceTableModel::PriceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

PriceTableModel::~PriceTableModel() = default;

const PriceTableModel::ColumnInfo &PriceTableModel::column(const int column)
{
    // In Column's order: one line per column.
    static const std::array<ColumnInfo, ColumnCount> columns{{
        {.kind = Kind::Text, .text = &Price::model},
        {.kind = Kind::Usd, .number = &Price::input},
        {.kind = Kind::UsdOrInput, .optional = &Price::cachedInput},
        {.kind = Kind::Usd, .number = &Price::output},
        {.kind = Kind::Share, .number = &Price::batch},
        {.kind = Kind::Text, .text = &Price::date},
        {.kind = Kind::Text, .text = &Price::source},
    }};
    return columns.at(std::size_t(column));
}

void PriceTableModel::setTable(const Core::PriceTable &table)
{
    beginResetModel();
    m_prices = table.prices();
    endResetModel();
}

std::expected<Core::PriceTable, QString> PriceTableModel::table() const
{
    Core::PriceTable table;
    QSet<QString> models;
    for (qsizetype row = 0; row < m_prices.size(); ++row) {
        const QString model = m_prices.at(row).model.trimmed();
        if (model.isEmpty()) {
            return std::unexpected(tr("Row %1 names no model.").arg(row + 1));
        }
        if (models.contains(model)) {
            return std::unexpected(
                tr("Row %1 prices %2 a second time.").arg(QString::number(row + 1), model));
        }
        models.insert(model);
        Price price = m_prices.at(row);
        price.model = model;
        table.set(price);
    }
    return table;
}

int PriceTableModel::addPrice()
{
    const int row = int(m_prices.size());
    beginInsertRows({}, row, row);
    m_prices.append(Price{.model = {},
        .input = 0.0,
        .output = 0.0,
        .date = QDate::currentDate().toString(Qt::ISODate),
        .source = {},
        .batch = 0.5,
        .cachedInput = std::nullopt});
    endInsertRows();
    return row;
}

void PriceTableModel::removePrice(const int row)
{
    if (row < 0 || row >= m_prices.size()) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_prices.removeAt(row);
    endRemoveRows();
}

int PriceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_prices.size());
}

int PriceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PriceTableModel::data(const QModelIndex &index, const int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Price &price = m_prices.at(index.row());
    const ColumnInfo &info = column(index.column());
    if (role == Qt::TextAlignmentRole) {
        return info.kind == Kind::Text ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole) {
        return {};
    }
    switch (info.kind) {
    case Kind::Text:
        return price.*info.text;
    case Kind::Usd:
    case Kind::Share:
        return QLocale().toString(price.*info.number, 'g', 12);
    case Kind::UsdOrInput:
        if (const std::optional<double> value = price.*info.optional) {
            return QLocale().toString(*value, 'g', 12);
        }
        return role == Qt::EditRole ? QString() : tr("as input");
    }
    return {};
}

std::optional<double> PriceTableModel::number(const QString &text, const Kind kind)
{
    bool ok = false;
    double value = QLocale().toDouble(text.trimmed(), &ok);
    if (!ok) {
        value = QLocale::c().toDouble(text.trimmed(), &ok); // "0.15" in any locale
    }
    if (!ok || value < 0 || (kind == Kind::Share && value > 1)) {
        return std::nullopt;
    }
    return value;
}

bool PriceTableModel::setData(const QModelIndex &index, const QVariant &value, const int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return false;
    }
    Price &price = m_prices[index.row()];
    const ColumnInfo &info = column(index.column());
    const QString text = value.toString();
    if (info.kind == Kind::Text) {
        price.*info.text = text.trimmed();
    } else if (info.kind == Kind::UsdOrInput && text.trimmed().isEmpty()) {
        price.*info.optional = std::nullopt;
    } else if (const std::optional<double> parsed = number(text, info.kind); !parsed) {
        return false; // not a price: the cell keeps what it had
    } else if (info.kind == Kind::UsdOrInput) {
        price.*info.optional = *parsed;
    } else {
        price.*info.number = *parsed;
    }
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

Qt::ItemFlags PriceTableModel::flags(const QModelIndex &index) const
{
    return checkIndex(index, CheckIndexOption::IndexIsValid)
        ? QAbstractTableModel::flags(index) | Qt::ItemIsEditable
        : Qt::NoItemFlags;
}

QVariant PriceTableModel::headerData(
    const int section, const Qt::Orientation orientation, const int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case ModelColumn:
            return tr("Model");
        case InputColumn:
            return tr("Input");
        case CachedInputColumn:
            return tr("Cached input");
        case OutputColumn:
            return tr("Output");
        case BatchColumn:
            return tr("Batch factor");
        case DateColumn:
            return tr("Date");
        case SourceColumn:
            return tr("Source");
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case ModelColumn:
            return tr("A model id, or the start of one: the longest match prices a model");
        case InputColumn:
            return tr("USD per million prompt tokens");
        case CachedInputColumn:
            return tr("USD per million prompt tokens read from the provider's prompt cache; blank: "
                      "priced as input");
        case OutputColumn:
            return tr("USD per million completion tokens, reasoning tokens included");
        case BatchColumn:
            return tr("The price through a provider's batch engine, as a share of this one (0 to 1)");
        case DateColumn:
            return tr("When you took the price");
        case SourceColumn:
            return tr("Where you took it from");
        case ColumnCount:
            break;
        }
    }
    return {};
}

} // namespace Workbench::Ui
