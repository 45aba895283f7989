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

    /*! Shows \a result, its layers called by \a labels (a round's by annotator; their names where
     * empty), with \a toolTips on the row headers (which round and model made them). */
    void setResult(const Core::AgreementResult &result, const QStringList &labels = {},
        const QStringList &toolTips = {});
    //! What layer \a index of the result is called here.
    [[nodiscard]] QString label(qsizetype index) const;
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

    //! The tooltip of cell \a index, its layers' names too where they are called otherwise.
    [[nodiscard]] QString cellToolTip(const QModelIndex &index, double value) const;

    Core::AgreementResult m_result;
    QStringList m_labels;
    QStringList m_toolTips;
    QString m_type;
};

} // namespace Workbench::Ui
