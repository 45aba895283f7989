// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "documentview.h"

#include "layerlabels.h"
#include "model/workspace.h"
#include "models/layerstackmodel.h"
#include "spanpalette.h"
#include "spantextview.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSplitter>
#include <QTableView>
#include <QTextBlock>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

DocumentView::DocumentView(Core::Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_layerCombo(new QComboBox(this))
    , m_text(new SpanTextView(this))
    , m_bars(new QCheckBox(tr("Other layers as &bars"), this))
    , m_legend(new QLabel(this))
{
    m_layerCombo->setObjectName(u"layerCombo"_s);
    m_layerCombo->setToolTip(tr("The layer whose spans are drawn over the text"));
    m_text->setObjectName(u"documentText"_s);
    m_text->setAccessibleName(tr("Document text"));
    m_bars->setObjectName(u"layerBars"_s);
    m_bars->setChecked(true);
    m_bars->setToolTip(tr("Draw the other layers of the stack below as bars under each line, "
                          "coloured by type; hover the text to see which layers agree"));
    m_legend->setObjectName(u"typeLegend"_s);
    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);

    createStack();
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_text);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(m_layerCombo, 1);
    top->addWidget(m_bars);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_legend);

    using Core::LayerSet;
    LayerSet *layers = &workspace->layers();
    connect(layers, &LayerSet::layerInserted, this, &DocumentView::refreshLayers);
    connect(layers, &LayerSet::layerRemoved, this, &DocumentView::refreshLayers);
    connect(layers, &LayerSet::layerMoved, this, &DocumentView::refreshLayers);
    connect(&workspace->corpus(), &Core::Corpus::reset, this, [this] { showDocument(-1); });
    connect(m_layerCombo, &QComboBox::currentIndexChanged, this, &DocumentView::redraw);
    connect(m_bars, &QCheckBox::toggled, this, &DocumentView::redraw);
    // The bars follow the stack's rows: hidden and moved there, hidden and moved here.
    connect(m_stackModel, &QAbstractItemModel::modelReset, this, &DocumentView::redraw);
    connect(workspace, &Core::Workspace::schemeChanged, this, &DocumentView::nameTypeKeys);
    createKeys();
    refreshLayers();
}

void DocumentView::createStack()
{
    // Below the text, every layer at once: a row per layer under the document's tokens.
    m_stack = new QTableView(this);
    m_stack->setObjectName(u"layerStack"_s);
    m_stackModel = new LayerStackModel(m_workspace, this);
    m_stack->setModel(m_stackModel);
    m_stack->setSelectionMode(QAbstractItemView::NoSelection);
    m_stack->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_stack->verticalHeader()->setSectionsMovable(true); // drag a layer's name to reorder
    m_stack->verticalHeader()->setDefaultSectionSize(m_stack->fontMetrics().height() + 6);
    m_stack->verticalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_stack->setToolTip(tr("Every layer's tags for this document; drag a layer's name to move it, "
                           "right-click it to hide it."));
    connect(m_stack->verticalHeader(), &QHeaderView::sectionMoved, this, [this] {
        QStringList order;
        const QHeaderView *header = m_stack->verticalHeader();
        for (int visual = 0; visual < header->count(); ++visual) {
            order.append(m_stackModel->layers().value(header->logicalIndex(visual)));
        }
        // After the move has finished: the header back in model order, the model in the new one.
        QMetaObject::invokeMethod(
            this,
            [this, order] {
                QHeaderView *rows = m_stack->verticalHeader();
                const QSignalBlocker blocker(rows);
                for (int logical = 0; logical < rows->count(); ++logical) {
                    rows->moveSection(rows->visualIndex(logical), logical);
                }
                m_stackModel->setOrder(order);
            },
            Qt::QueuedConnection);
    });
    connect(m_stack->verticalHeader(), &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const int row = m_stack->verticalHeader()->logicalIndexAt(at);
        QMenu menu(this);
        if (row >= 0) {
            const QString layer = m_stackModel->layers().value(row);
            menu.addAction(
                tr("Hide %1").arg(layer), this, [this, layer] { m_stackModel->setHidden(layer, true); });
        }
        menu.addAction(tr("Show All Layers"), this, [this] { m_stackModel->showAll(); });
        menu.exec(m_stack->verticalHeader()->mapToGlobal(at));
    });
}

std::pair<int, int> DocumentView::snapToTokens(const int start, const int end) const
{
    if (m_documentIndex < 0) {
        return {0, 0};
    }
    int first = -1;
    int last = -1;
    for (const Core::Sentence &sentence : m_workspace->corpus().document(m_documentIndex).sentences()) {
        for (const Core::Token &token : sentence.tokens) {
            const bool touches = start == end ? token.start <= start && start < token.end
                                              : token.start < end && start < token.end;
            if (touches) {
                first = first < 0 ? token.start : first;
                last = token.end;
            }
        }
    }
    return first < 0 ? std::pair{0, 0} : std::pair{first, last};
}

void DocumentView::createKeys()
{
    // The curation keys act only while the text has the focus; as actions, the shortcuts
    // dialog lists them with the rest. Undo and redo are the window's (Edit menu).
    const auto key = [this](const QString &name, const QList<QKeySequence> &keys, auto slot) {
        auto *action = new QAction(m_text);
        action->setObjectName(name);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, [this, slot] {
            if (m_documentIndex >= 0) {
                slot();
            }
        });
        m_text->addAction(action);
        return action;
    };
    for (int digit = 1; digit <= 9; ++digit) {
        m_typeKeys.append(key(u"actionTypeKey%1"_s.arg(digit), {QKeySequence(Qt::Key_0 + digit)},
            [this, type = digit - 1] { markType(type); }));
    }
    key(u"actionRemoveSpans"_s, {QKeySequence(Qt::Key_Delete), QKeySequence(Qt::Key_Backspace)}, [this] {
        const QTextCursor cursor = m_text->textCursor();
        Q_EMIT removalRequested(m_documentIndex, cursor.selectionStart(), cursor.selectionEnd());
    })->setText(tr("Remove the curated spans at the selection or the cursor"));
    key(u"actionAcceptLayer"_s, {QKeySequence(Qt::Key_A)}, [this] {
        Q_EMIT acceptLayerRequested(m_documentIndex, layer());
    })->setText(tr("Accept the drawn layer's spans of this document into the curated layer"));
    key(u"actionNextDisagreementKey"_s, {QKeySequence(Qt::Key_N)}, [this] {
        Q_EMIT nextDisagreementRequested(true);
    })->setText(tr("Next document where the annotator layers disagree"));
    key(u"actionPreviousDisagreementKey"_s, {QKeySequence(Qt::SHIFT | Qt::Key_N)}, [this] {
        Q_EMIT nextDisagreementRequested(false);
    })->setText(tr("Previous document where the annotator layers disagree"));
    nameTypeKeys();
}

void DocumentView::nameTypeKeys()
{
    // One key per type of the scheme; a digit past its types does nothing and is not offered.
    const QStringList types = m_workspace->scheme().codes();
    for (qsizetype index = 0; index < m_typeKeys.size(); ++index) {
        QAction *action = m_typeKeys.at(index);
        action->setVisible(index < types.size());
        action->setText(index < types.size()
                ? tr("Mark the selection as %1, or change the curated span under the cursor to it")
                      .arg(types.at(index))
                : QString());
    }
}

void DocumentView::markType(const int type)
{
    const QStringList types = m_workspace->scheme().codes();
    if (type >= types.size()) {
        return;
    }
    const QTextCursor cursor = m_text->textCursor();
    if (!cursor.hasSelection()) {
        Q_EMIT retypeRequested(m_documentIndex, cursor.position(), types.at(type));
        return;
    }
    const auto [start, end] = snapToTokens(cursor.selectionStart(), cursor.selectionEnd());
    if (end > start) {
        Q_EMIT spanRequested(m_documentIndex, start, end, types.at(type));
    }
}

DocumentView::~DocumentView() = default;

int DocumentView::cursorPosition() const
{
    return m_text->textCursor().selectionStart();
}

void DocumentView::refreshLayers()
{
    const QString current = layer();
    const QSignalBlocker blocker(m_layerCombo);
    m_layerCombo->clear();
    for (const Core::SpanLayer *layer : m_workspace->layers().layers()) {
        if (!m_outside.contains(layer->name())) {
            m_layerCombo->addItem(LayerLabels::name(*layer, m_byAnnotator), layer->name());
            m_layerCombo->setItemData(
                m_layerCombo->count() - 1, LayerLabels::toolTip(*layer), Qt::ToolTipRole);
        }
    }
    const int index = m_layerCombo->findData(current);
    m_layerCombo->setCurrentIndex(index >= 0 ? index : 0);
    redraw();
}

void DocumentView::setLayer(const QString &name)
{
    const int index = m_layerCombo->findData(name);
    if (index >= 0) {
        m_layerCombo->setCurrentIndex(index);
    }
}

QString DocumentView::layer() const
{
    return m_layerCombo->currentData().toString();
}

void DocumentView::setScope(const QSet<QString> &outside, const bool byAnnotator, const QString &preferred)
{
    const bool drawnGoes = outside.contains(layer());
    // A round's layer gives way to its annotator's in the round shown; gold, the curated layer or
    // an aggregate belong to no round and stay drawn.
    const Core::SpanLayer *drawn = m_workspace->layers().layer(layer());
    const bool roundLayer = drawn != nullptr && drawn->provenance().pilot.has_value();
    m_outside = outside;
    m_byAnnotator = byAnnotator;
    refreshLayers();
    m_stackModel->setScope(outside, byAnnotator); // its reset redraws the text too
    if (drawnGoes || (roundLayer && !preferred.isEmpty())) {
        setLayer(preferred);
    }
}

void DocumentView::selectRange(const int start, const int end, const Focus focus)
{
    QTextCursor cursor(m_text->document());
    cursor.setPosition(std::clamp(start, 0, int(m_text->document()->characterCount() - 1)));
    cursor.setPosition(
        std::clamp(end, 0, int(m_text->document()->characterCount() - 1)), QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
    m_text->ensureCursorVisible();
    if (focus == Focus::Text) {
        m_text->setFocus();
    }
    // The stack below shows the tokens' tags: its column of the first token selected.
    for (int column = 0; column < m_stackModel->columnCount(); ++column) {
        if (m_stackModel->tokenEnd(column) > start) {
            m_stack->scrollTo(m_stackModel->index(0, column), QAbstractItemView::PositionAtCenter);
            break;
        }
    }
}

void DocumentView::showDocument(const qsizetype index)
{
    const bool valid = index >= 0 && index < m_workspace->corpus().size();
    m_documentIndex = valid ? index : -1;
    m_text->setPlainText(valid ? m_workspace->corpus().document(index).text() : QString());
    m_text->reserveRoom(); // new text, new blocks: room for the bars again
    m_stackModel->setDocument(m_documentIndex); // its reset redraws the text too
}

void DocumentView::refresh()
{
    m_stackModel->refresh(); // its reset redraws the text too
}

void DocumentView::redraw()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QString shownName = this->layer();
    const Core::SpanLayer *layer = m_workspace->layers().layer(shownName);
    const SpanPalette palette(m_workspace->scheme().codes());
    SpanTextView::Layer shown;
    QList<SpanTextView::Layer> barred;
    if (m_documentIndex >= 0) {
        if (layer != nullptr) {
            shown = {m_layerCombo->currentText(), layer->spans(m_documentIndex)};
        }
        const QStringList &names = m_stackModel->layers();
        for (qsizetype row = 0; m_bars->isChecked() && row < names.size(); ++row) {
            if (const Core::SpanLayer *other = m_workspace->layers().layer(names.at(row));
                other && names.at(row) != shownName) {
                barred.append({m_stackModel->labels().at(row), other->spans(m_documentIndex)});
            }
        }
    }
    QStringList typesShown;
    const bool dark = m_text->palette().color(QPalette::Base).lightness() < 128;
    for (const Core::Span &span : std::as_const(shown.spans)) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_text->document());
        selection.cursor.setPosition(span.start);
        selection.cursor.setPosition(span.end, QTextCursor::KeepAnchor);
        selection.format.setBackground(palette.background(span.type, dark));
        selection.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        selection.format.setUnderlineColor(palette.colour(span.type));
        selections.append(selection);
        typesShown.append(span.type);
    }
    for (const SpanTextView::Layer &other : std::as_const(barred)) {
        for (const Core::Span &span : other.spans) {
            typesShown.append(span.type);
        }
    }
    typesShown.removeDuplicates();
    showLegend(m_documentIndex >= 0 && layer != nullptr, typesShown, shown, barred, palette);
    m_drawnSpans = selections.size();
    m_text->setExtraSelections(selections);
    m_text->setLayers(shown, barred, palette);
}

void DocumentView::showLegend(const bool drawn, const QStringList &types, const SpanTextView::Layer &shown,
    const QList<SpanTextView::Layer> &barred, const SpanPalette &palette)
{
    if (!drawn) {
        m_legend->clear();
    } else {
        QStringList legend;
        for (const QString &type : std::as_const(types)) {
            legend.append(u"<span style=\"background:%1\">&nbsp;&nbsp;&nbsp;</span>&nbsp;%2"_s.arg(
                palette.colour(type).name(), type.toHtmlEscaped()));
        }
        QString text = legend.join(u"&nbsp;&nbsp; "_s);
        if (shown.spans.isEmpty()) {
            text = tr("No spans in this layer for this document.")
                + (text.isEmpty() ? u""_s : u"&nbsp;&nbsp; "_s) + text;
        }
        if (!barred.isEmpty()) {
            QStringList names;
            for (const SpanTextView::Layer &other : std::as_const(barred)) {
                names.append(other.name.toHtmlEscaped());
            }
            text += u"<br>"_s + tr("Bars under each line, top to bottom: %1").arg(names.join(u", "_s));
        }
        m_legend->setText(text);
    }
}

} // namespace Workbench::Ui
