// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "llm/llmcallrecord.h"

#include <QString>

#include <expected>

namespace Workbench::Core {

/*! \brief Appends audit records of LLM calls to a JSON Lines file (the CLI's --audit-log).
 *
 * Records come from Scheduler::callRecorded with credentials already removed; each is one
 * line, written and flushed at once. A project keeps the same records in its call log instead.
 */
class AuditLog
{
public:
    explicit AuditLog(QString path);
    [[nodiscard]] std::expected<void, QString> append(const LlmCallRecord &record) const;

private:
    QString m_path;
};

} // namespace Workbench::Core
