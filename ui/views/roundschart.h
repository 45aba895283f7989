// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "pilot/roundsummary.h"

#include <QList>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QBarSeries;

namespace Workbench::Ui {

/*! \brief The pilot round by round: pool agreement (the label-free signal) and, with gold, the
 * annotators' mean F1 on one chart; the cost of each round on another.
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
    [[nodiscard]] QBarSeries *costSeries() const { return m_cost; }

private:
    QChart *m_qualityChart = nullptr;
    QChart *m_costChart = nullptr;
    QLineSeries *m_agreement = nullptr;
    QLineSeries *m_f1 = nullptr;
    QBarSeries *m_cost = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace Workbench::Ui
