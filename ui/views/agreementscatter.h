// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "metrics/agreementresult.h"

#include <QPointF>
#include <QSizeF>
#include <QStringList>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;

namespace Workbench::Ui {

/*! \brief Beside the matrix, when gold exists: each layer's mean agreement with the others
 * against its F1 on gold, the check that agreement (label-free) tracks quality.
 *
 * One point per layer with a mean, labelled with its name (not told apart by colour alone);
 * layers whose points would sit on one another share one point and one label that lists them.
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

    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace Workbench::Ui
