// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "metrics/agreementresult.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {

QJsonArray row(const QList<double> &values)
{
    QJsonArray array;
    for (const double v : values) {
        array.append(v);
    }
    return array;
}

QJsonArray matrix(const Matrix &m)
{
    QJsonArray array;
    for (const QList<double> &r : m) {
        array.append(row(r));
    }
    return array;
}

} // namespace

QJsonObject AgreementResult::toJson() const
{
    // Without a bootstrap an interval is not [value, value]: nothing was measured about it.
    const auto intervalJson = [this](const Interval &interval) {
        return hasIntervals() ? QJsonValue(QJsonArray{interval.first, interval.second})
                              : QJsonValue(QJsonValue::Null);
    };
    QJsonArray intervals;
    for (const Interval &interval : meanInterval) {
        intervals.append(intervalJson(interval));
    }
    QJsonObject byType;
    for (auto it = f1ByType.cbegin(); it != f1ByType.cend(); ++it) {
        byType.insert(it.key(), matrix(it.value()));
    }
    QJsonObject json{
        {u"layers"_s, QJsonArray::fromStringList(layers)},
        {u"f1"_s, matrix(f1)},
        {u"f1_by_type"_s, byType},
        {u"mean"_s, row(mean)},
        {u"mean_ci"_s, intervals},
        {u"pool"_s, pool},
        {u"pool_ci"_s, intervalJson(poolInterval)},
        {u"kappa"_s, matrix(kappa)},
        {u"weights"_s, row(weights)},
        {u"elite"_s, QJsonArray::fromStringList(elite)},
    };
    if (!goldF1.isEmpty()) {
        json.insert(u"gold_f1"_s, row(goldF1));
        json.insert(u"pearson"_s, pearson ? QJsonValue(*pearson) : QJsonValue(QJsonValue::Null));
    }
    return json;
}

} // namespace Workbench::Core
