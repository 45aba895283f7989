// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "pricesdialog.h"

#include "models/pricetablemodel.h"
#include "pricesettings.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

PricesDialog::PricesDialog(QWidget *parent)
    : QDialog(parent)
    , m_model(new PriceTableModel(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"pricesDialog"_s);
    setWindowTitle(tr("Prices"));
    auto *intro = new QLabel(tr("What calls cost, in USD per million tokens, as you take them from your "
                                "providers' price lists. Runs and estimates from the workbench use these "
                                "from now on; for a model a pilot's configuration prices too, yours win. "
                                "A model without a row has no price: its costs read \"no price\". Calls "
                                "already made keep the price they were made at."),
        this);
    intro->setWordWrap(true);
    m_model->setTable(PriceSettings::load());
    m_table->setObjectName(u"priceTable"_s);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_status->setObjectName(u"priceStatus"_s);
    m_status->setWordWrap(true);

    auto *add = new QPushButton(tr("&Add Price"), this);
    add->setObjectName(u"addPrice"_s);
    auto *remove = new QPushButton(tr("&Remove Price"), this);
    remove->setObjectName(u"removePrice"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"priceButtons"_s);

    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(760, 360);

    connect(add, &QPushButton::clicked, this, [this] {
        const QModelIndex first = m_model->index(m_model->addPrice(), PriceTableModel::ModelColumn);
        m_table->setCurrentIndex(first);
        m_table->edit(first);
    });
    connect(
        remove, &QPushButton::clicked, this, [this] { m_model->removePrice(m_table->currentIndex().row()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &PricesDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PricesDialog::~PricesDialog() = default;

void PricesDialog::save()
{
    const auto table = m_model->table();
    if (!table) {
        m_status->setText(table.error());
        return;
    }
    PriceSettings::save(*table);
    accept();
}

} // namespace Workbench::Ui
