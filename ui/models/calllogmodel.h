// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "llm/llmcallrecord.h"

#include <QAbstractTableModel>

namespace Workbench::Ui {

/*! \brief LLM calls as a table: time, annotator, document, model, status, tokens, cost. The
 * records hold their request and response as the project keeps them (keys redacted);
 * detail() shows both. Used by the runs pane (calls as they happen) and the call log pane
 * (the project's calls about a document).
 */
class CallLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallLogModel)

public:
    enum Column {
        TimeColumn,
        AnnotatorColumn,
        DocumentColumn,
        ModelColumn,
        StatusColumn,
        TokensColumn,
        CostColumn,
        ColumnCount
    };

    explicit CallLogModel(QObject *parent = nullptr);
    ~CallLogModel() override;

    void setRecords(QList<Core::LlmCallRecord> records);
    void append(const Core::LlmCallRecord &record);
    [[nodiscard]] const QList<Core::LlmCallRecord> &records() const { return m_records; }
    //! The request and the response of the call in \a row, for reading; empty for no row.
    [[nodiscard]] QString detail(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Core::LlmCallRecord> m_records;
};

} // namespace Workbench::Ui
