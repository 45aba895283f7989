// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "metrics/agreementresult.h"

#include <QAbstractTableModel>

namespace Workbench::Ui {

/*! \brief The layer-by-layer agreement matrix (pairwise strict span F1) as a heat map.
 *
 * Each cell shows its number (never colour alone) over a sequential colour-blind-safe blue
 * whose darkness follows the value; a pair with no document in common is blank, its tooltip
 * says why. setResult() swaps the whole result, so the model resets.
 */
class MatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatrixModel)

public:
    explicit MatrixModel(QObject *parent = nullptr);
    ~MatrixModel() override;

    void setResult(const Core::AgreementResult &result);
    //! The matrix of one entity type (from the result's per-type matrices); empty: overall.
    void setType(const QString &type);
    [[nodiscard]] const QString &type() const { return m_type; }
    [[nodiscard]] const Core::AgreementResult &result() const { return m_result; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] const Core::Matrix &matrix() const;
    //! What a cell of two layers that share no document shows: nothing but why.
    [[nodiscard]] QVariant unmeasured(const QModelIndex &index, int role) const;

    Core::AgreementResult m_result;
    QString m_type;
};

} // namespace Workbench::Ui
