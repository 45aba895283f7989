// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "roundschart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QValueAxis>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

RoundsChart::RoundsChart(QWidget *parent)
    : QWidget(parent)
    , m_qualityChart(new QChart)
    , m_costChart(new QChart)
    , m_agreement(new QLineSeries(this))
    , m_f1(new QLineSeries(this))
    , m_cost(new QBarSeries(this))
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

    m_qualityChart->setTitle(tr("Agreement by round"));
    m_qualityChart->addSeries(m_agreement);
    m_qualityChart->addSeries(m_f1);
    auto *roundAxis = new QValueAxis;
    roundAxis->setTitleText(tr("Round"));
    roundAxis->setLabelFormat(u"%d"_s);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0.0, 1.0);
    m_qualityChart->addAxis(roundAxis, Qt::AlignBottom);
    m_qualityChart->addAxis(valueAxis, Qt::AlignLeft);
    for (QLineSeries *series : {m_agreement, m_f1}) {
        series->attachAxis(roundAxis);
        series->attachAxis(valueAxis);
    }

    m_costChart->setTitle(tr("Cost by round (USD, at your prices)"));
    m_costChart->addSeries(m_cost);
    m_costChart->legend()->hide();
    auto *costRounds = new QBarCategoryAxis;
    auto *costAxis = new QValueAxis;
    costAxis->setLabelFormat(u"%.3f"_s);
    m_costChart->addAxis(costRounds, Qt::AlignBottom);
    m_costChart->addAxis(costAxis, Qt::AlignLeft);
    m_cost->attachAxis(costRounds);
    m_cost->attachAxis(costAxis);

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

RoundsChart::~RoundsChart() = default;

void RoundsChart::setRounds(const QList<Core::RoundSummary> &rounds)
{
    m_agreement->clear();
    m_f1->clear();
    m_cost->clear();
    auto *costs = new QBarSet(tr("Cost"));
    costs->setColor(QColor(0x00, 0x9e, 0x73));
    QStringList categories;
    double maxCost = 0.0;
    for (const Core::RoundSummary &round : rounds) {
        m_agreement->append(round.round, round.poolAgreement);
        double f1Sum = 0.0;
        int scored = 0;
        double cost = 0.0;
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
        costs->append(cost);
        maxCost = std::max(maxCost, cost);
        categories.append(QString::number(round.round));
    }
    m_cost->append(costs);
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
    m_empty->setVisible(rounds.isEmpty());
}

} // namespace Workbench::Ui
