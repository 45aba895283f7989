// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "spanpalette.h"
#include "spantextview.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;

namespace Workbench::Core {
class Workspace;
}

namespace Workbench::Ui {

class LayerStackModel;

/*! \brief One document's text with the spans of a chosen layer drawn over it, every other
 * layer of the stack below as a bar under each line, and the stack itself: a row per layer.
 *
 * The chosen layer's spans are ExtraSelections (background tint and underline), never edits to
 * the text, and each type is named in the legend; the bars follow the stack's rows (hide or drag
 * a layer there). Hovering the text says which layers agree. Usage: \c{view->showDocument(row)}.
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
    //! Where the text's cursor is (the start of the selection, if any).
    [[nodiscard]] int cursorPosition() const;
    //! Draws layer \a name (when the workspace has it and it is shown).
    void setLayer(const QString &name);
    //! The name of the layer drawn; empty when none is.
    [[nodiscard]] QString layer() const;
    /*! Shows every layer but \a outside (another round's annotator layers), a round's layers named
     * by their annotator when \a byAnnotator, and draws \a preferred when the drawn layer went or
     * was a round's; any other layer drawn (gold, curated, an aggregate) stays drawn. */
    void setScope(const QSet<QString> &outside, bool byAnnotator, const QString &preferred);
    //! Where the keyboard goes when a range is shown.
    enum class Focus {
        Text, //!< to the text: its keys curate (a concordance hit)
        Stay, //!< where it was: the review pane's keys still decide (evidence)
    };
    //! Selects [start, end) of the shown document's text and brings it into view, in the text
    //! and in the stack of layers below; the text takes the focus if \a focus says so.
    void selectRange(int start, int end, Focus focus = Focus::Text);
    //! The number of spans drawn now.
    [[nodiscard]] qsizetype drawnSpanCount() const { return m_drawnSpans; }
    //! Draws the document again after layers' spans changed (curation).
    void refresh();

Q_SIGNALS:
    // Curation from the keyboard, with the text focused. Ranges are snapped to whole tokens.
    //! Digit N with text selected: a span of the scheme's N-th type.
    void spanRequested(qsizetype document, int start, int end, const QString &type);
    //! Digit N with no selection: the curated span under the cursor becomes the N-th type.
    void retypeRequested(qsizetype document, int position, const QString &type);
    //! Delete or Backspace: the curated spans touching the selection (or the cursor).
    void removalRequested(qsizetype document, int start, int end);
    //! A: every span of the shown layer in this document.
    void acceptLayerRequested(qsizetype document, const QString &layer);
    //! N (Shift+N: backwards): the next document where the annotator layers disagree.
    void nextDisagreementRequested(bool forward);

private:
    void createStack();
    //! The curation keys above, as actions of the text (the shortcuts dialog lists them).
    void createKeys();
    //! The digit keys named after the scheme's types; those past its types are hidden.
    void nameTypeKeys();
    //! Digit \a type + 1: a span of the selection, or the curated span under the cursor retyped.
    void markType(int type);
    void refreshLayers();
    void redraw();
    //! The types drawn, in colour, what the shown layer lacks and which layers the bars are.
    void showLegend(bool drawn, const QStringList &types, const SpanTextView::Layer &shown,
        const QList<SpanTextView::Layer> &barred, const SpanPalette &palette);
    //! [start, end) widened to the tokens it touches; empty when it touches none.
    [[nodiscard]] std::pair<int, int> snapToTokens(int start, int end) const;

    QPointer<Core::Workspace> m_workspace;
    QComboBox *m_layerCombo = nullptr;
    SpanTextView *m_text = nullptr;
    QCheckBox *m_bars = nullptr;
    QLabel *m_legend = nullptr;
    QList<QAction *> m_typeKeys; //!< the digits 1 to 9
    QTableView *m_stack = nullptr;
    LayerStackModel *m_stackModel = nullptr;
    QSet<QString> m_outside; //!< layers of another scope: not offered
    bool m_byAnnotator = false;
    qsizetype m_documentIndex = -1;
    qsizetype m_drawnSpans = 0;
};

} // namespace Workbench::Ui
