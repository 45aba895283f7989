// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "model/span.h"
#include "spanpalette.h"

#include <QTextEdit>

namespace Workbench::Ui {

/*! \brief A document's text with several layers' spans on it at once: the shown layer as tints
 * behind the text (extra selections, set by the owner), every other layer as a thin bar in its
 * own row under each line, coloured by type, so overlaps and disagreements are seen in place.
 * Hovering a character says which layers give it which type.
 *
 * A QTextEdit rather than a QPlainTextEdit: only its layout leaves room between lines (the
 * line distance the bars need). Usage: \c{view->setLayers(shown, others, palette, dark);}
 */
class SpanTextView final : public QTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpanTextView)

public:
    struct Layer
    {
        QString name;
        QList<Core::Span> spans; //!< in the shown document
    };
    //! A piece of a barred span on one line, in document coordinates.
    struct Bar
    {
        QRectF rect;
        QString type;
    };

    explicit SpanTextView(QWidget *parent = nullptr);
    ~SpanTextView() override;

    //! \a shown is the tinted layer (described on hover, not barred); \a barred get a row each, in order.
    void setLayers(const Layer &shown, const QList<Layer> &barred, const SpanPalette &palette);
    //! Leaves room under each line for the bars; again after the text is replaced.
    void reserveRoom();
    [[nodiscard]] const QList<Layer> &barredLayers() const { return m_barred; }
    //! What the layers say about character \a position: each type with its layers, then those with none.
    [[nodiscard]] QString describe(int position) const;
    //! The bars of row \a row: one per line each of its layer's spans touches.
    [[nodiscard]] QList<Bar> bars(qsizetype row) const;

    static constexpr qreal barHeight = 2.0;
    static constexpr qreal barGap = 1.5;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    Layer m_shown;
    QList<Layer> m_barred;
    SpanPalette m_palette;
};

} // namespace Workbench::Ui
