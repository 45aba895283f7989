// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "pilot/roundsummary.h"

#include <QList>
#include <QWidget>

class QAreaSeries;
class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QStackedBarSeries;

namespace Workbench::Ui {

/*! \brief The pilot round by round: pool agreement (the label-free signal) with its bootstrap
 * 95% band and, with gold, the annotators' mean F1 on one chart; the cost of each round, the
 * annotators' and the supervisor's, on another. Hovering a round's point says its agreement,
 * interval and improvement over the round before (with its interval, which is what the stop rule
 * reads).
 *
 * Lines are told apart by marker shape and dash as well as colour, and each chart names its
 * series in the legend. Usage: \c{chart->setRounds(snapshot.rounds);}
 */
class RoundsChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoundsChart)

public:
    explicit RoundsChart(QWidget *parent = nullptr);
    ~RoundsChart() override;

    void setRounds(const QList<Core::RoundSummary> &rounds);
    [[nodiscard]] QLineSeries *agreementSeries() const { return m_agreement; }
    [[nodiscard]] QLineSeries *f1Series() const { return m_f1; }
    [[nodiscard]] QStackedBarSeries *costSeries() const { return m_cost; }
    [[nodiscard]] QAreaSeries *agreementBand() const { return m_band; }
    //! What hovering round \a index's point says.
    [[nodiscard]] QString roundText(qsizetype index) const;

private:
    //! Names, pens and colours of the series; hovering a round of the agreement line describes it.
    void styleSeries();
    void createQualityChart();
    void createCostChart();

    QChart *m_qualityChart = nullptr;
    QChart *m_costChart = nullptr;
    QLineSeries *m_agreement = nullptr;
    QLineSeries *m_f1 = nullptr;
    QLineSeries *m_bandUpper = nullptr;
    QLineSeries *m_bandLower = nullptr;
    QAreaSeries *m_band = nullptr;
    QStackedBarSeries *m_cost = nullptr;
    QList<Core::RoundSummary> m_rounds;
    QLabel *m_empty = nullptr;
};

} // namespace Workbench::Ui
