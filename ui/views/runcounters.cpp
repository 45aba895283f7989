// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "runcounters.h"

#include "costtext.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

RunCounters::RunCounters(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(u"runCounters"_s);
}

RunCounters::~RunCounters() = default;

void RunCounters::count(const Core::LlmCallRecord &record)
{
    m_total.add(record);
    setText(tr("%n call(s)", nullptr, m_total.calls) + u" · "_s + tr("%n failed", nullptr, m_total.failed)
        + u" · "_s
        + tr("tokens in %1, out %2")
              .arg(QLocale().toString(m_total.promptTokens), QLocale().toString(m_total.completionTokens))
        + u" · "_s + CostText::usd(m_total.cost, 4));
}

void RunCounters::showBatches(
    const qint64 requests, const qint64 succeeded, const qint64 failed, const int pending)
{
    setText(tr("Batches: %n request(s)", nullptr, int(requests)) + u" · "_s
        + tr("%1 answered, %2 failed, %3 batch(es) pending").arg(succeeded).arg(failed).arg(pending));
}

} // namespace Workbench::Ui
