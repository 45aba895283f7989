// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "metrics/disagreementresult.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QStringList>

namespace Workbench::Core {
class Corpus;
}

namespace Workbench::Ui {

/*! \brief A table of a Corpus's documents: id, sentences, tokens and the start of the text.
 *
 * Follows the corpus's "about to / done" signals one to one. Usage: put a
 * QSortFilterProxyModel with \c DocumentRoles::SortRole on top.
 */
class DocumentListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentListModel)

public:
    explicit DocumentListModel(Core::Corpus *corpus, QObject *parent = nullptr);
    ~DocumentListModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    //! Disputed spans per document (corpus order), once the annotator layers are compared.
    void setDisputed(const QList<int> &disputed, const QList<QStringList> &types = {});
    /*! Mean pairwise agreement per document (corpus order); empty: not computed (or one layer).
     * A document of \a unmarked (CorpusAnalysis::Result::documentUnmarked) shows none: no layer
     * marked anything there, and agreeing on that says nothing. */
    void setAgreement(const QList<double> &agreement, const QList<bool> &unmarked = {});
    //! The hotspot classes found in each document (corpus order).
    void setHotspotKinds(const QList<QList<Core::HotspotBlock::Kind>> &kinds);
    //! Curated spans per document (corpus order); empty: no curated layer.
    void setCurated(const QList<int> &curated);
    //! Per document (corpus order): the pilot rounds whose batch held it; empty: no rounds.
    void setBatchRounds(const QList<QList<int>> &rounds);

private:
    //! The value of \a column in \a row for the display, tooltip and sort roles.
    [[nodiscard]] QVariant columnData(int row, int column, int role) const;
    //! The Agreement column: document \a row's mean pairwise agreement, or why it has none.
    [[nodiscard]] QVariant agreementData(int row, int role) const;
    //! The Batch column: the rounds whose batch held document \a row.
    [[nodiscard]] QVariant batchData(int row, int role) const;

    QPointer<Core::Corpus> m_corpus;
    QList<int> m_disputed; //!< empty until computed
    QList<QStringList> m_disputedTypes; //!< empty until computed
    QList<double> m_agreement; //!< empty until computed
    QList<bool> m_unmarked; //!< per document: no layer covering it marked anything
    QList<int> m_curated; //!< empty without a curated layer
    QList<QList<int>> m_batchRounds; //!< empty without pilot rounds
    QList<QList<Core::HotspotBlock::Kind>> m_hotspotKinds; //!< empty until analysed
};

} // namespace Workbench::Ui
