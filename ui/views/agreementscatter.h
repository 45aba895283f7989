// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "metrics/agreementresult.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;

namespace Workbench::Ui {

/*! \brief Beside the matrix, when gold exists: each layer's mean agreement with the others
 * against its F1 on gold, the check that agreement (label-free) tracks quality.
 *
 * One point per layer, labelled with the layer's name (not told apart by colour alone); the
 * title gives Pearson's r when there are three layers or more. Without gold it says so.
 */
class AgreementScatter final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgreementScatter)

public:
    explicit AgreementScatter(QWidget *parent = nullptr);
    ~AgreementScatter() override;

    void setResult(const Core::AgreementResult &result);
    [[nodiscard]] QChart *chart() const { return m_chart; }

private:
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace Workbench::Ui
