// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "metrics/reliabilityresult.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {

QJsonValue valueJson(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue intervalJson(const std::optional<Interval> &interval)
{
    return interval ? QJsonValue(QJsonArray{interval->first, interval->second})
                    : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject ReliabilityResult::Coefficient::toJson() const
{
    QJsonObject types;
    for (auto it = byType.cbegin(); it != byType.cend(); ++it) {
        types.insert(
            it.key(), QJsonObject{{u"value"_s, valueJson(it->value)}, {u"ci"_s, intervalJson(it->interval)}});
    }
    return QJsonObject{
        {u"bio"_s, valueJson(bio.value)},
        {u"type"_s, valueJson(type.value)},
        {u"bio_ci"_s, intervalJson(bio.interval)},
        {u"type_ci"_s, intervalJson(type.interval)},
        {u"by_type"_s, types},
        {u"units"_s, units},
    };
}

} // namespace Workbench::Core
