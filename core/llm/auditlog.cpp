// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "llm/auditlog.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

AuditLog::AuditLog(QString path)
    : m_path(std::move(path))
{
}

std::expected<void, QString> AuditLog::append(const LlmCallRecord &record) const
{
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        return std::unexpected(u"%1: cannot write the audit log: %2"_s.arg(m_path, file.errorString()));
    }
    const QJsonObject object{{u"time"_s, record.created.toString(Qt::ISODateWithMs)},
        {u"endpoint"_s, record.endpoint}, {u"model"_s, record.model}, {u"request_hash"_s, record.requestHash},
        {u"annotator"_s, record.annotator}, {u"status"_s, record.succeeded() ? u"ok"_s : record.failure},
        {u"prompt_tokens"_s, record.promptTokens}, {u"completion_tokens"_s, record.completionTokens},
        {u"reasoning_tokens"_s, record.reasoningTokens}, {u"duration_ms"_s, record.durationMs},
        {u"request"_s, QString::fromUtf8(record.request)},
        {u"response"_s, QString::fromUtf8(record.response)}};
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    if (file.write(line) != line.size() || !file.flush()) {
        return std::unexpected(u"%1: cannot write the audit log: %2"_s.arg(m_path, file.errorString()));
    }
    return {};
}

} // namespace Workbench::Core
