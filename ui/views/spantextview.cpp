// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "spantextview.h"

#include <QAbstractTextDocumentLayout>
#include <QHelpEvent>
#include <QMap>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolTip>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

namespace {

// The type \a spans give \a position; nothing when no span covers it.
std::optional<QString> typeAt(const QList<Core::Span> &spans, const int position)
{
    for (const Core::Span &span : spans) {
        if (span.start <= position && position < span.end) {
            return span.type;
        }
    }
    return std::nullopt;
}

} // namespace

SpanTextView::SpanTextView(QWidget *parent)
    : QTextEdit(parent)
{
    setReadOnly(true);
    setAcceptRichText(false);
    setLineWrapMode(QTextEdit::WidgetWidth);
}

SpanTextView::~SpanTextView() = default;

void SpanTextView::setLayers(const Layer &shown, const QList<Layer> &barred, const SpanPalette &palette)
{
    const bool roomChanged = barred.size() != m_barred.size();
    m_shown = shown;
    m_barred = barred;
    m_palette = palette;
    if (roomChanged) {
        reserveRoom();
    }
    viewport()->update();
}

void SpanTextView::reserveRoom()
{
    // Formats only: the text, its positions and the undo-less read-only document stay as they are.
    QTextBlockFormat format;
    format.setLineHeight(m_barred.isEmpty() ? 0 : barGap + m_barred.size() * (barHeight + barGap),
        QTextBlockFormat::LineDistanceHeight);
    QTextCursor all(document());
    all.select(QTextCursor::Document);
    all.mergeBlockFormat(format);
}

QList<SpanTextView::Bar> SpanTextView::bars(const qsizetype row) const
{
    QList<Bar> result;
    if (row < 0 || row >= m_barred.size()) {
        return result;
    }
    const qreal offset = barGap + qreal(row) * (barHeight + barGap);
    for (const Core::Span &span : m_barred.at(row).spans) {
        for (QTextBlock block = document()->findBlock(span.start);
             block.isValid() && block.position() < span.end; block = block.next()) {
            const QTextLayout *layout = block.layout();
            for (int i = 0; layout != nullptr && i < layout->lineCount(); ++i) {
                const QTextLine line = layout->lineAt(i);
                const int lineStart = block.position() + line.textStart();
                const int from = std::max(span.start, lineStart);
                const int to = std::min(span.end, lineStart + line.textLength());
                if (from >= to) {
                    continue;
                }
                const QPointF origin = layout->position();
                const qreal left = origin.x() + line.cursorToX(from - block.position());
                const qreal right = origin.x() + line.cursorToX(to - block.position());
                const qreal top = origin.y() + line.naturalTextRect().bottom() + offset;
                result.append({QRectF(left, top, std::max(right - left, 1.0), barHeight), span.type});
            }
        }
    }
    return result;
}

void SpanTextView::paintEvent(QPaintEvent *event)
{
    QTextEdit::paintEvent(event);
    if (m_barred.isEmpty()) {
        return;
    }
    QPainter painter(viewport());
    const QPointF scrolled(-horizontalScrollBar()->value(), -verticalScrollBar()->value());
    const QRectF visible = QRectF(event->rect()).translated(-scrolled);
    for (qsizetype row = 0; row < m_barred.size(); ++row) {
        for (const Bar &bar : bars(row)) {
            if (bar.rect.intersects(visible)) {
                painter.fillRect(bar.rect.translated(scrolled), m_palette.colour(bar.type));
            }
        }
    }
}

bool SpanTextView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString text = describe(cursorForPosition(help->pos()).position());
        if (text.isEmpty()) {
            QToolTip::hideText();
        } else {
            QToolTip::showText(help->globalPos(), text, viewport());
        }
        return true;
    }
    return QTextEdit::viewportEvent(event);
}

QString SpanTextView::describe(const int position) const
{
    if (m_shown.name.isEmpty() && m_barred.isEmpty()) {
        return {};
    }
    QMap<QString, QStringList> byType;
    QStringList uncovered; // the layers with no span here
    qsizetype layers = 0;
    const auto add = [&](const Layer &layer) {
        const std::optional<QString> type = typeAt(layer.spans, position);
        (type ? byType[*type] : uncovered).append(layer.name);
        ++layers;
    };
    if (!m_shown.name.isEmpty()) {
        add(m_shown);
    }
    for (const Layer &layer : m_barred) {
        add(layer);
    }
    if (byType.isEmpty()) {
        return {}; // no layer has a span here: nothing to say
    }
    QStringList lines;
    for (auto it = byType.cbegin(); it != byType.cend(); ++it) {
        lines.append(tr("%1 (%2 of %3): %4")
                         .arg(it.key())
                         .arg(it.value().size())
                         .arg(layers)
                         .arg(it.value().join(u", "_s)));
    }
    if (!uncovered.isEmpty()) {
        lines.append(
            tr("no span (%1 of %2): %3").arg(uncovered.size()).arg(layers).arg(uncovered.join(u", "_s)));
    }
    return lines.join(u'\n');
}

} // namespace Workbench::Ui
