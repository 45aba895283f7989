// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "llm/pricetable.h"

#include <QAbstractTableModel>
#include <QList>

#include <expected>

namespace Workbench::Ui {

/*! \brief The price table as an editable table: a row per model (or prefix), USD per million
 * tokens in its columns.
 *
 * Each column is described once (column()): what it holds and how it is read and written, so a
 * new price (the price of cache writes, say) is one more Column value and one more line there.
 * Numbers are read in the user's locale (and with a point); a blank cached input means "priced as
 * input". Usage: \c{PriceTableModel model; model.setTable(PriceSettings::load()); view->setModel(&model);}
 */
class PriceTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PriceTableModel)

public:
    enum Column {
        ModelColumn,
        InputColumn,
        CachedInputColumn,
        OutputColumn,
        BatchColumn,
        DateColumn,
        SourceColumn,
        ColumnCount
    };

    explicit PriceTableModel(QObject *parent = nullptr);
    ~PriceTableModel() override;

    void setTable(const Core::PriceTable &table);
    //! The rows as a table; the error names the first row that cannot be one (no model, or a model twice).
    [[nodiscard]] std::expected<Core::PriceTable, QString> table() const;
    //! Adds a row for a model still to be named, dated today; returns its row.
    int addPrice();
    void removePrice(int row);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    //! What a column holds.
    enum class Kind {
        Text, //!< a string of the entry
        Usd, //!< USD per million tokens, 0 or more
        UsdOrInput, //!< the same, or blank: priced as input
        Share, //!< a share of the price, 0 to 1
    };
    struct ColumnInfo
    {
        Kind kind = Kind::Text;
        QString Core::PriceTable::Price::*text = nullptr;
        double Core::PriceTable::Price::*number = nullptr;
        std::optional<double> Core::PriceTable::Price::*optional = nullptr;
    };
    [[nodiscard]] static const ColumnInfo &column(int column);
    //! \a text as a number of \a kind; nothing when it is none (a blank is nothing too).
    [[nodiscard]] static std::optional<double> number(const QString &text, Kind kind);

    QList<Core::PriceTable::Price> m_prices;
};

} // namespace Workbench::Ui
