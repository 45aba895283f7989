// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace Workbench::Ui {

class PriceTableModel;

/*! \brief Settings > Prices: the price table every run from the workbench is priced at, kept in
 * the settings beside the endpoints (PriceSettings), never in a project.
 *
 * A row per model: USD per million input, cached input and output tokens, the batch engines'
 * share, and the date and source of the price. A model without a row has no price: its costs
 * read "no price", not 0. Save checks that every row names a model, once.
 * Usage: \c{auto *dialog = new PricesDialog(this); dialog->open();}
 */
class PricesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PricesDialog)

public:
    explicit PricesDialog(QWidget *parent = nullptr);
    ~PricesDialog() override;

    [[nodiscard]] PriceTableModel *model() const { return m_model; }

private:
    void save();

    PriceTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Workbench::Ui
