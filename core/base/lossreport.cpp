// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "base/lossreport.h"

#include <QJsonObject>

#include <algorithm>
#include <utility>

namespace Workbench::Core {

void LossReport::add(Entry entry)
{
    m_entries.append(std::move(entry));
}

void LossReport::append(const LossReport &other)
{
    m_entries.append(other.m_entries);
}

qsizetype LossReport::count(const QString &reason) const
{
    return std::ranges::count_if(m_entries, [&reason](const Entry &e) { return e.reason == reason; });
}

QJsonArray LossReport::toJson() const
{
    QJsonArray array;
    for (const Entry &entry : m_entries) {
        array.append(QJsonObject{{QStringLiteral("reason"), entry.reason},
            {QStringLiteral("document"), entry.documentId}, {QStringLiteral("line"), entry.line},
            {QStringLiteral("detail"), entry.detail}});
    }
    return array;
}

LossReport LossReport::fromJson(const QJsonArray &array)
{
    LossReport report;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        report.add({object.value(QStringLiteral("reason")).toString(),
            object.value(QStringLiteral("document")).toString(), object.value(QStringLiteral("line")).toInt(),
            object.value(QStringLiteral("detail")).toString()});
    }
    return report;
}

} // namespace Workbench::Core
