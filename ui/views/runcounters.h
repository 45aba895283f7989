// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "calltotals.h"
#include "llm/llmcallrecord.h"

#include <QLabel>

namespace Workbench::Ui {

/*! \brief The pilot's calls in one line: how many, how many failed, tokens and cost so far; or,
 * while a labelling waits for a provider's batches, what they answered.
 *
 * Usage: \c{connect(worker, &PilotWorker::callLogged, counters, &RunCounters::count);}
 */
class RunCounters final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunCounters)

public:
    explicit RunCounters(QWidget *parent = nullptr);
    ~RunCounters() override;

    //! Adds \a record to the totals and shows them.
    void count(const Core::LlmCallRecord &record);
    //! Counts from nothing again (another project).
    void reset()
    {
        m_total = {};
        clear();
    }
    //! A labelling's batches: \a requests sent, \a succeeded and \a failed answers, \a pending batches.
    void showBatches(qint64 requests, qint64 succeeded, qint64 failed, int pending);

private:
    CallTotals m_total;
};

} // namespace Workbench::Ui
