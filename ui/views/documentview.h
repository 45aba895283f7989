// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace Workbench::Core {
class Workspace;
}

namespace Workbench::Ui {

/*! \brief One document's text with the spans of a chosen layer drawn over it.
 *
 * Spans are ExtraSelections (background tint and underline), never edits to the text, and each
 * type is named in the legend. Usage: \c{view->showDocument(row)} after selecting a document.
 */
class DocumentView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentView)

public:
    explicit DocumentView(Core::Workspace *workspace, QWidget *parent = nullptr);
    ~DocumentView() override;

    //! Shows document \a index of the corpus; -1 clears the view.
    void showDocument(qsizetype index);
    [[nodiscard]] qsizetype documentIndex() const { return m_documentIndex; }
    //! Draws layer \a name (when the workspace has it).
    void setLayer(const QString &name);
    //! The number of spans drawn now.
    [[nodiscard]] qsizetype drawnSpanCount() const { return m_drawnSpans; }

private:
    void refreshLayers();
    void redraw();

    QPointer<Core::Workspace> m_workspace;
    QComboBox *m_layerCombo = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_legend = nullptr;
    qsizetype m_documentIndex = -1;
    qsizetype m_drawnSpans = 0;
};

} // namespace Workbench::Ui
