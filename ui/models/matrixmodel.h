// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "metrics/agreementresult.h"

#include <QAbstractTableModel>

namespace Workbench::Ui {

/*! \brief The layer-by-layer agreement matrix (pairwise strict span F1) as a heat map.
 *
 * Each cell shows its number (never colour alone) over a sequential colour-blind-safe blue
 * whose darkness follows the value. setResult() swaps the whole result, so the model resets.
 */
class MatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatrixModel)

public:
    explicit MatrixModel(QObject *parent = nullptr);
    ~MatrixModel() override;

    void setResult(const Core::AgreementResult &result);
    [[nodiscard]] const Core::AgreementResult &result() const { return m_result; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Core::AgreementResult m_result;
};

} // namespace Workbench::Ui
