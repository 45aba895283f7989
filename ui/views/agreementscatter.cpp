// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "agreementscatter.h"

#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLocale>
#include <QScatterSeries>
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
}

AgreementScatter::~AgreementScatter() = default;

void AgreementScatter::setResult(const Core::AgreementResult &result, const QStringList &labels)
{
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
        auto *series = new QScatterSeries;
        const QString label = point.labels.join(u", "_s);
        series->setName(label);
        series->append(point.at);
        series->setMarkerSize(10);
        series->setPointLabelsFormat(label);
        series->setPointLabelsVisible(true);
        series->setPointLabelsClipping(false); // a point on the plot's edge (F1 1.0) keeps its label
        m_chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    m_chart->setTitle(result.pearson ? tr("Agreement against F1 on gold (Pearson r = %1)")
                                           .arg(QLocale().toString(*result.pearson, 'f', 2))
                                     : tr("Agreement against F1 on gold"));
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
