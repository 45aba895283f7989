// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "roundschart.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

RoundsChart::RoundsChart(QWidget *parent)
    : QWidget(parent)
    , m_qualityChart(new QChart)
    , m_costChart(new QChart)
    , m_agreement(new QLineSeries(this))
    , m_f1(new QLineSeries(this))
    , m_bandUpper(new QLineSeries(this))
    , m_bandLower(new QLineSeries(this))
    , m_band(new QAreaSeries(m_bandUpper, m_bandLower))
    , m_cost(new QStackedBarSeries(this))
{
    styleSeries();
    createQualityChart();
    createCostChart();
    auto *quality = new QChartView(m_qualityChart, this);
    quality->setObjectName(u"agreementChart"_s);
    quality->setRenderHint(QPainter::Antialiasing);
    auto *cost = new QChartView(m_costChart, this);
    cost->setObjectName(u"costChart"_s);
    m_empty = new QLabel(tr("Rounds appear here as the pilot runs."), this);
    m_empty->setObjectName(u"roundsEmpty"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addWidget(quality, 3);
    layout->addWidget(cost, 2);
    setRounds({});
}

void RoundsChart::styleSeries()
{
    m_agreement->setName(tr("Pool agreement"));
    m_agreement->setPointsVisible(true);
    m_agreement->setMarkerSize(9);
    m_f1->setName(tr("Mean F1 against gold"));
    m_f1->setPointsVisible(true);
    m_f1->setMarkerSize(7);
    // Okabe-Ito blue and vermilion, with a dashed second line: not told apart by colour alone.
    QPen agreementPen(QColor(0x00, 0x72, 0xb2));
    agreementPen.setWidth(2);
    m_agreement->setPen(agreementPen);
    QPen f1Pen(QColor(0xd5, 0x5e, 0x00));
    f1Pen.setWidth(2);
    f1Pen.setStyle(Qt::DashLine);
    m_f1->setPen(f1Pen);

    m_band->setName(tr("95% interval"));
    m_band->setColor(QColor(0x00, 0x72, 0xb2, 0x40));
    m_band->setBorderColor(Qt::transparent);
    connect(m_agreement, &QLineSeries::hovered, this, [this](const QPointF &point, bool state) {
        if (state) {
            QToolTip::showText(QCursor::pos(), roundText(qRound(point.x())), this);
        }
    });
}

void RoundsChart::createQualityChart()
{
    m_qualityChart->setTitle(tr("Agreement by round"));
    m_qualityChart->addSeries(m_band); // first: drawn under the lines
    m_qualityChart->addSeries(m_agreement);
    m_qualityChart->addSeries(m_f1);
    auto *roundAxis = new QValueAxis;
    roundAxis->setTitleText(tr("Round"));
    roundAxis->setLabelFormat(u"%d"_s);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0.0, 1.0);
    m_qualityChart->addAxis(roundAxis, Qt::AlignBottom);
    m_qualityChart->addAxis(valueAxis, Qt::AlignLeft);
    for (QAbstractSeries *series : std::initializer_list<QAbstractSeries *>{m_band, m_agreement, m_f1}) {
        series->attachAxis(roundAxis);
        series->attachAxis(valueAxis);
    }
}

void RoundsChart::createCostChart()
{
    m_costChart->setTitle(tr("Cost by round (USD, at your prices)"));
    m_costChart->addSeries(m_cost);
    auto *costRounds = new QBarCategoryAxis;
    auto *costAxis = new QValueAxis;
    costAxis->setLabelFormat(u"%.3f"_s);
    m_costChart->addAxis(costRounds, Qt::AlignBottom);
    m_costChart->addAxis(costAxis, Qt::AlignLeft);
    m_cost->attachAxis(costRounds);
    m_cost->attachAxis(costAxis);
}

RoundsChart::~RoundsChart() = default;

void RoundsChart::setRounds(const QList<Core::RoundSummary> &rounds)
{
    m_rounds = rounds;
    m_agreement->clear();
    m_f1->clear();
    m_bandUpper->clear();
    m_bandLower->clear();
    m_cost->clear();
    auto *annotatorCosts = new QBarSet(tr("Annotators"));
    annotatorCosts->setColor(QColor(0x00, 0x9e, 0x73));
    auto *supervisorCosts = new QBarSet(tr("Supervisor"));
    supervisorCosts->setColor(QColor(0xcc, 0x79, 0xa7));
    QStringList categories;
    double maxCost = 0.0;
    qint64 unpriced = 0;
    for (const Core::RoundSummary &round : rounds) {
        m_agreement->append(round.round, round.poolAgreement);
        const Core::Interval interval = round.poolInterval();
        m_bandLower->append(round.round, interval.first);
        m_bandUpper->append(round.round, interval.second);
        double f1Sum = 0.0;
        int scored = 0;
        Core::Cost cost;
        for (const Core::RoundSummary::Annotator &annotator : round.annotators) {
            if (annotator.f1) {
                f1Sum += *annotator.f1;
                ++scored;
            }
            cost += annotator.cost;
        }
        if (scored > 0) {
            m_f1->append(round.round, f1Sum / scored);
        }
        // A bar shows what is priced; the title says when calls without a price are left out.
        unpriced += cost.unpriced + round.supervisor.cost.unpriced;
        annotatorCosts->append(cost.usd);
        supervisorCosts->append(round.supervisor.cost.usd);
        maxCost = std::max(maxCost, cost.usd + round.supervisor.cost.usd);
        categories.append(QLocale().toString(round.round));
    }
    m_cost->append(annotatorCosts);
    m_cost->append(supervisorCosts);
    m_f1->setVisible(m_f1->count() > 0);
    const auto axes = m_qualityChart->axes(Qt::Horizontal);
    if (auto *axis = qobject_cast<QValueAxis *>(axes.value(0))) {
        axis->setRange(0, std::max<qsizetype>(1, rounds.size() - 1));
        axis->setTickCount(int(std::clamp<qsizetype>(rounds.size(), 2, 11)));
    }
    if (auto *axis = qobject_cast<QBarCategoryAxis *>(m_costChart->axes(Qt::Horizontal).value(0))) {
        axis->setCategories(categories);
    }
    if (auto *axis = qobject_cast<QValueAxis *>(m_costChart->axes(Qt::Vertical).value(0))) {
        axis->setRange(0.0, maxCost > 0 ? maxCost * 1.1 : 1.0);
    }
    m_costChart->setTitle(unpriced == 0
            ? tr("Cost by round (USD, at your prices)")
            : tr("Cost by round (USD, at your prices; %n call(s) with no price left out)", nullptr,
                int(unpriced)));
    m_empty->setVisible(rounds.isEmpty());
}

QString RoundsChart::roundText(const qsizetype index) const
{
    if (index < 0 || index >= m_rounds.size()) {
        return {};
    }
    const Core::RoundSummary &round = m_rounds.at(index);
    const QLocale locale;
    const auto number = [&locale](double value) { return locale.toString(value, 'f', 3); };
    const Core::Interval pool = round.poolInterval();
    QString text = tr("Round %1: pool agreement %2 [%3, %4]")
                       .arg(round.round)
                       .arg(number(round.poolAgreement), number(pool.first), number(pool.second));
    if (round.improvement && round.improvementInterval) {
        text += u"\n"_s
            + tr("Improvement over round %1: %2 [%3, %4]")
                  .arg(round.round - 1)
                  .arg(number(*round.improvement), number(round.improvementInterval->first),
                      number(round.improvementInterval->second));
    } else if (round.round > 0) {
        text += u"\n"_s + tr("No improvement measured: the round before changed no instruction");
    }
    return text;
}

} // namespace Workbench::Ui
