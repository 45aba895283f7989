// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "metrics/agreementresult.h"

#include <QJsonArray>

#include <cmath>

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

} // namespace

bool AgreementResult::hasMean(const qsizetype layer) const
{
    for (qsizetype other = 0; other < layers.size(); ++other) {
        if (other != layer && isMeasured(layer, other)) {
            return true;
        }
    }
    return false;
}

bool AgreementResult::hasPool() const
{
    for (qsizetype i = 0; i < layers.size(); ++i) {
        if (hasMean(i)) {
            return true;
        }
    }
    return false;
}

bool AgreementResult::hasGoldF1(const qsizetype layer) const
{
    return layer >= 0 && layer < goldF1.size() && !std::isnan(goldF1.at(layer));
}

QJsonObject AgreementResult::toJson() const
{
    // Without a bootstrap an interval is not [value, value]: nothing was measured about it.
    const auto intervalJson = [this](const Interval &interval) {
        return hasIntervals() ? QJsonValue(QJsonArray{interval.first, interval.second})
                              : QJsonValue(QJsonValue::Null);
    };
    // A pair sharing no document, a layer without a measured pair: null, not a figure of 0.
    const auto matrix = [this](const Matrix &m) {
        QJsonArray array;
        for (qsizetype i = 0; i < m.size(); ++i) {
            QJsonArray r;
            for (qsizetype j = 0; j < m.at(i).size(); ++j) {
                r.append(isMeasured(i, j) ? QJsonValue(m.at(i).at(j)) : QJsonValue(QJsonValue::Null));
            }
            array.append(r);
        }
        return array;
    };
    QJsonArray means;
    QJsonArray intervals;
    for (qsizetype l = 0; l < mean.size(); ++l) {
        means.append(hasMean(l) ? QJsonValue(mean.at(l)) : QJsonValue(QJsonValue::Null));
        intervals.append(hasMean(l) ? intervalJson(meanInterval.value(l)) : QJsonValue(QJsonValue::Null));
    }
    QJsonObject byType;
    for (auto it = f1ByType.cbegin(); it != f1ByType.cend(); ++it) {
        byType.insert(it.key(), matrix(it.value()));
    }
    QJsonObject json{
        {u"layers"_s, QJsonArray::fromStringList(layers)},
        {u"f1"_s, matrix(f1)},
        {u"f1_by_type"_s, byType},
        {u"mean"_s, means},
        {u"mean_ci"_s, intervals},
        {u"pool"_s, hasPool() ? QJsonValue(pool) : QJsonValue(QJsonValue::Null)},
        {u"pool_ci"_s, hasPool() ? intervalJson(poolInterval) : QJsonValue(QJsonValue::Null)},
        {u"kappa"_s, matrix(kappa)},
        {u"weights"_s, row(weights)},
        {u"elite"_s, QJsonArray::fromStringList(elite)},
    };
    if (!goldF1.isEmpty()) {
        QJsonArray gold;
        for (qsizetype l = 0; l < goldF1.size(); ++l) {
            gold.append(hasGoldF1(l) ? QJsonValue(goldF1.at(l)) : QJsonValue(QJsonValue::Null));
        }
        json.insert(u"gold_f1"_s, gold);
        json.insert(u"pearson"_s, pearson ? QJsonValue(*pearson) : QJsonValue(QJsonValue::Null));
    }
    return json;
}

} // namespace Workbench::Core
