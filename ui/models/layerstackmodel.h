// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>
#include <QStringList>

namespace Workbench::Core {
class Workspace;
}

namespace Workbench::Ui {

/*! \brief One document as a grid: a column per token, a row per layer, each cell the layer's
 * tag for that token (B-/I- and the type, "·" outside any span).
 *
 * Cells carry the type's name, not only its colour. A cell's tooltip says how many layers give
 * the token the same tag, and which. A layer that does not cover the document shows "–", never
 * "·": it has no tag there, which is not O. A layer's header tooltip says what it is and which
 * documents it covers. Rows follow the workspace's layers; a view may hide and move them.
 * Usage: \c{model.setDocument(index);}
 */
class LayerStackModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LayerStackModel)

public:
    explicit LayerStackModel(Core::Workspace *workspace, QObject *parent = nullptr);
    ~LayerStackModel() override;

    //! Shows document \a index; -1 shows nothing.
    void setDocument(qsizetype index);
    [[nodiscard]] qsizetype document() const { return m_document; }
    //! Re-reads the layers' spans (after an edit).
    void refresh();
    //! Rows in this order of layer names (layers not named follow, in workspace order).
    void setOrder(const QStringList &layers);
    void setHidden(const QString &layer, bool hidden);
    void showAll();
    /*! Leaves out the layers \a outside (annotator layers of another round) and, with \a byAnnotator,
     * names a round's layers by their annotator; their names are layers(), their labels labels(). */
    void setScope(const QSet<QString> &outside, bool byAnnotator);
    [[nodiscard]] const QStringList &layers() const { return m_layers; }
    //! Where the token of column \a column ends in the document's text; 0 for no such column.
    [[nodiscard]] int tokenEnd(int column) const { return m_tokenEnds.value(column); }
    //! What the rows are called, indexed like layers().
    [[nodiscard]] const QStringList &labels() const { return m_labels; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    //! The header tooltip of layer row \a row: kind, source, coverage.
    [[nodiscard]] QString layerToolTip(int row) const;

    QPointer<Core::Workspace> m_workspace;
    qsizetype m_document = -1;
    QStringList m_tokens; //!< the document's tokens, in order
    QList<int> m_tokenEnds; //!< where each ends in the text
    QStringList m_layers; //!< the rows shown, in order
    QStringList m_labels; //!< what they are called
    QStringList m_toolTips; //!< where they come from
    QSet<QString> m_outside; //!< layers of another scope
    bool m_byAnnotator = false;
    QStringList m_order; //!< the user's order
    QSet<QString> m_hidden;
    QList<QStringList> m_tags; //!< per layer, per token: "B-type", "I-type" or "" outside
    QList<bool> m_covers; //!< per layer: whether it covers the document
};

} // namespace Workbench::Ui
