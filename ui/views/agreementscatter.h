// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "metrics/agreementresult.h"

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QStringList>
#include <QWidget>

class QChart;
class QChartView;
class QGraphicsLineItem;
class QGraphicsSimpleTextItem;
class QLabel;
class QScatterSeries;
class QValueAxis;

namespace Workbench::Ui {

/*! \brief Beside the matrix, when gold exists: each layer's mean agreement with the others
 * against its F1 on gold, the check that agreement (label-free) tracks quality.
 *
 * One point per layer with a mean, labelled with its name (not told apart by colour alone);
 * layers whose points would sit on one another share one point and one label that lists them.
 * A label that would cover another label or point moves beside, below or further from its point
 * (with a line to it when far), and every point and label names its layers in a tooltip.
 * The title gives Pearson's r when there are three layers or more. Without gold it says so.
 */
class AgreementScatter final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgreementScatter)

public:
    explicit AgreementScatter(QWidget *parent = nullptr);
    ~AgreementScatter() override;

    //! Shows \a result, each layer called by its entry in \a labels (its name where there is none).
    void setResult(const Core::AgreementResult &result, const QStringList &labels = {});
    [[nodiscard]] QChart *chart() const { return m_chart; }

    //! A point's label as drawn: its text and where, in the chart's coordinates.
    struct Label
    {
        QString text;
        QRectF rect;
        QPointF point; //!< the point it names
    };
    //! The labels drawn now (none without gold, or before the chart is laid out).
    [[nodiscard]] QList<Label> labels() const;
    //! The markers' diameter, in pixels.
    static constexpr int markerSize = 10;

private:
    //! One point of the chart: where, and the layers it stands for.
    struct Point
    {
        QPointF at;
        QStringList labels;
    };
    //! The layers of \a result with a mean as points, those within a few hundredths of \a span
    //! (the axes' lengths) of another joined to it.
    [[nodiscard]] static QList<Point> points(
        const Core::AgreementResult &result, const QStringList &labels, const QSizeF &span);
    //! One series for \a point on the axes \a x and \a y, with its label and tooltip.
    void addPoint(const Point &point, QValueAxis *x, QValueAxis *y);
    //! Sets each label where it covers no other label or point, as near its point as it can.
    void placeLabels();
    void clearLabels();

    struct DrawnLabel
    {
        QScatterSeries *series = nullptr;
        QGraphicsSimpleTextItem *text = nullptr;
        QGraphicsLineItem *leader = nullptr; //!< to the point, shown when the label is moved far
    };
    QList<DrawnLabel> m_labels;
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace Workbench::Ui
