// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "metrics/corpusanalysis.h"

#include <QSet>
#include <QWidget>

#include <optional>

class QComboBox;
class QHeaderView;
class QLineEdit;
class QTableView;

namespace Workbench::Core {
class Workspace;
}

namespace Workbench::Ui {

class DocumentFilterProxy;
class DocumentListModel;

/*! \brief The documents of the workspace's corpus as a table, filtered by text, by a disputed
 * type and by a hotspot class, with what the analysis found in each.
 *
 * The table keeps the file order until a header is clicked. Choosing a row announces the
 * document through documentChosen(). Usage: \c{pane->showAnalysis(result); pane->selectFirst();}
 */
class DocumentsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentsPane)

public:
    explicit DocumentsPane(Core::Workspace *workspace, QWidget *parent = nullptr);
    ~DocumentsPane() override;

    //! The disputed spans, agreement and hotspot classes of each document, and the disputed types.
    void showAnalysis(const Core::CorpusAnalysis::Result &result);
    //! Curated spans per document (corpus order); empty: no curated layer.
    void setCurated(const QList<int> &curated);
    /*! Shows the documents of a round (corpus indices; nothing: all), and per document the rounds
     * whose batch held it (the Batch column, hidden without rounds); the current document stays
     * when it is among them. */
    void setScope(const std::optional<QList<qsizetype>> &documents, const QList<QList<int>> &batchRounds);
    //! Only these documents (corpus indices); nothing: all.
    void setAllowedDocuments(const std::optional<QSet<qsizetype>> &documents);
    //! Selects the first document shown, when there is one.
    void selectFirst();
    //! What selectDocument() could do.
    enum class Selection {
        Selected, //!< shown and selected (the filters that hid it cleared)
        OutsideScope, //!< not among the round's documents: the scope stays, nothing is selected
        Absent, //!< no such document
    };
    /*! Selects \a document, clearing every filter that hid it (text, disputed type, hotspot
     * class, a matrix cell's documents); the round shown stays, so a document outside it is not
     * selected. */
    Selection selectDocument(qsizetype document);
    //! Selects the next (or previous) document with disputed spans, in the shown order; false when
    //! every document shown is undisputed.
    bool selectNextDisputed(bool forward);
    [[nodiscard]] QHeaderView *header() const;

Q_SIGNALS:
    //! The chosen document changed: its corpus index, or -1 for none.
    void documentChosen(qsizetype document);

private:
    void createFilters();
    //! The type filter offers \a types, the types the annotator layers dispute somewhere.
    void showDisputedTypes(QStringList types);
    //! The hotspot class the filter shows; nothing: any.
    [[nodiscard]] std::optional<Core::HotspotBlock::Kind> chosenHotspotKind() const;
    [[nodiscard]] int rowOf(qsizetype document) const;
    //! Clears the text, type, hotspot and matrix cell filters (not the round's documents).
    void clearFilters();
    void selectRow(int row);

    Core::Workspace *m_workspace = nullptr;
    DocumentListModel *m_model = nullptr;
    DocumentFilterProxy *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_typeFilter = nullptr;
    QComboBox *m_hotspotFilter = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace Workbench::Ui
