// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "agreementscatter.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QGraphicsLineItem>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QLocale>
#include <QPen>
#include <QScatterSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

namespace {

// The \a values of the layers that make a point (a mean and an F1 on gold); [0, 1] without one.
QList<double> plotted(const Core::AgreementResult &result, const QList<double> &values)
{
    QList<double> shown;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (result.hasMean(i) && result.hasGoldF1(i)) {
            shown.append(values.at(i));
        }
    }
    return shown.isEmpty() ? QList<double>{0.0, 1.0} : shown;
}

} // namespace

AgreementScatter::AgreementScatter(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
{
    m_chart->legend()->hide(); // every point carries its layer's name
    m_view = new QChartView(m_chart, this);
    m_view->setObjectName(u"agreementScatterView"_s);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_note = new QLabel(
        tr("With a gold layer, each layer's agreement with the others is set against its F1 on gold here."),
        this);
    m_note->setObjectName(u"agreementScatterNote"_s);
    m_note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);
    m_view->hide();
    // Labels are placed in pixels: again whenever the plot moves or is resized.
    connect(m_chart, &QChart::plotAreaChanged, this, &AgreementScatter::placeLabels);
}

AgreementScatter::~AgreementScatter() = default;

void AgreementScatter::setResult(const Core::AgreementResult &result, const QStringList &labels)
{
    clearLabels();
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    const bool withGold = !result.goldF1.isEmpty() && result.goldF1.size() == result.layers.size();
    m_view->setVisible(withGold);
    m_note->setVisible(!withGold);
    if (!withGold) {
        return;
    }
    // The axes span the data (with a margin), so that close layers do not sit on one spot.
    const auto [xMin, xMax] = std::ranges::minmax(plotted(result, result.mean));
    const auto [yMin, yMax] = std::ranges::minmax(plotted(result, result.goldF1));
    const auto padded = [](QValueAxis *axis, const double low, const double high) {
        const double margin = std::max(0.05, (high - low) * 0.15);
        axis->setRange(std::max(0.0, low - margin), std::min(1.0, high + margin));
        axis->setLabelFormat(u"%.2f"_s);
    };
    auto *x = new QValueAxis;
    x->setTitleText(tr("Mean agreement with the other layers"));
    padded(x, xMin, xMax);
    auto *y = new QValueAxis;
    y->setTitleText(tr("F1 on gold"));
    padded(y, yMin, yMax);
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    for (const Point &point : points(result, labels, {x->max() - x->min(), y->max() - y->min()})) {
        addPoint(point, x, y);
    }
    m_chart->setTitle(result.pearson ? tr("Agreement against F1 on gold (Pearson r = %1)")
                                           .arg(QLocale().toString(*result.pearson, 'f', 2))
                                     : tr("Agreement against F1 on gold"));
    placeLabels();
}

void AgreementScatter::addPoint(const Point &point, QValueAxis *x, QValueAxis *y)
{
    auto *series = new QScatterSeries;
    const QString label = point.labels.join(u", "_s);
    series->setName(label);
    series->append(point.at);
    series->setMarkerSize(markerSize);
    m_chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
    // Drawn by placeLabels(), not by the series: the series' own labels sit above the point
    // whatever is there.
    auto *text = new QGraphicsSimpleTextItem(label, m_chart);
    text->setFont(series->pointLabelsFont());
    text->setBrush(series->pointLabelsColor());
    text->setToolTip(label);
    text->setZValue(10);
    auto *leader = new QGraphicsLineItem(m_chart);
    leader->setPen(QPen(series->pointLabelsColor(), 0));
    leader->hide();
    m_labels.append({series, text, leader});
    connect(series, &QScatterSeries::hovered, this, [label](const QPointF &, const bool state) {
        if (state) {
            QToolTip::showText(QCursor::pos(), label);
        }
    });
}

void AgreementScatter::clearLabels()
{
    for (const DrawnLabel &label : std::as_const(m_labels)) {
        delete label.text;
        delete label.leader;
    }
    m_labels.clear();
}

void AgreementScatter::placeLabels()
{
    if (m_labels.isEmpty() || m_chart->plotArea().isEmpty()) {
        return;
    }
    // Every point is in the way of every label but its own, which keeps a gap around it.
    constexpr qreal radius = markerSize / 2.0 + 1;
    constexpr qreal gap = 3;
    QList<QRectF> taken;
    QList<QPointF> at;
    for (const DrawnLabel &label : std::as_const(m_labels)) {
        at.append(m_chart->mapToPosition(label.series->at(0), label.series));
        taken.append(QRectF(at.last() - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius)));
    }
    const QRectF bounds = m_chart->rect();
    for (qsizetype i = 0; i < m_labels.size(); ++i) {
        const DrawnLabel &label = m_labels.at(i);
        const QSizeF size = label.text->boundingRect().size();
        const QPointF p = at.at(i);
        const qreal w = size.width();
        const qreal h = size.height();
        // Above, below, right, left, the corners; then further above and below, a line further each time.
        QList<QPointF> corners{{p.x() - w / 2, p.y() - radius - gap - h},
            {p.x() - w / 2, p.y() + radius + gap}, {p.x() + radius + gap, p.y() - h / 2},
            {p.x() - radius - gap - w, p.y() - h / 2}, {p.x() + radius, p.y() - radius - h},
            {p.x() - radius - w, p.y() - radius - h}, {p.x() + radius, p.y() + radius},
            {p.x() - radius - w, p.y() + radius}};
        const qsizetype near = corners.size();
        for (int step = 1; step <= 40; ++step) {
            corners.append({p.x() - w / 2, p.y() - radius - gap - h - step * (h + gap)});
            corners.append({p.x() - w / 2, p.y() + radius + gap + step * (h + gap)});
        }
        const auto fits = [&](const QRectF &rect, const bool inside) {
            return (!inside || bounds.contains(rect))
                && std::ranges::none_of(
                    taken, [&rect](const QRectF &other) { return other.intersects(rect); });
        };
        qsizetype chosen = -1;
        for (const bool inside : {true, false}) { // off the chart only when nothing inside is free
            for (qsizetype c = 0; c < corners.size() && chosen < 0; ++c) {
                chosen = fits(QRectF(corners.at(c), size), inside) ? c : -1;
            }
            if (chosen >= 0) {
                break;
            }
        }
        chosen = std::max<qsizetype>(chosen, 0);
        const QRectF rect(corners.at(chosen), size);
        label.text->setPos(rect.topLeft());
        taken.append(rect);
        label.leader->setVisible(chosen >= near);
        const QPointF end(rect.center().x(), rect.center().y() > p.y() ? rect.top() : rect.bottom());
        label.leader->setLine(QLineF(p, end));
    }
}

QList<AgreementScatter::Label> AgreementScatter::labels() const
{
    QList<Label> labels;
    for (const DrawnLabel &label : m_labels) {
        labels.append({label.text->text(), label.text->mapRectToParent(label.text->boundingRect()),
            m_chart->mapToPosition(label.series->at(0), label.series)});
    }
    return labels;
}

QList<AgreementScatter::Point> AgreementScatter::points(
    const Core::AgreementResult &result, const QStringList &labels, const QSizeF &span)
{
    // Closer than this share of each axis, two markers and their labels print over each other.
    constexpr double apart = 0.03;
    QList<Point> points;
    for (qsizetype i = 0; i < result.layers.size(); ++i) {
        if (!result.hasMean(i) || !result.hasGoldF1(i)) {
            continue; // measured against no other layer, or on no gold document: no point
        }
        const QPointF at(result.mean.value(i), result.goldF1.at(i));
        const QString label = labels.value(i, result.layers.at(i));
        const auto near = std::ranges::find_if(points, [&](const Point &point) {
            return std::abs(point.at.x() - at.x()) <= apart * span.width()
                && std::abs(point.at.y() - at.y()) <= apart * span.height();
        });
        if (near != points.end()) {
            near->labels.append(label);
        } else {
            points.append({at, {label}});
        }
    }
    return points;
}

} // namespace Workbench::Ui
