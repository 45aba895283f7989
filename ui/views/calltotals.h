// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "llm/cost.h"
#include "llm/llmcallrecord.h"

namespace Workbench::Ui {

//! What calls added up to: of one annotator, or of a whole run. Usage: \c{totals.add(record);}
struct CallTotals
{
    int calls = 0;
    int failed = 0;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    Core::Cost cost;

    void add(const Core::LlmCallRecord &record)
    {
        ++calls;
        failed += record.succeeded() ? 0 : 1;
        promptTokens += record.promptTokens;
        completionTokens += record.completionTokens;
        cost += Core::Cost::of(record.cost);
    }
};

} // namespace Workbench::Ui
