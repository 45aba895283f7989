// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "pilot/roundsummary.h"

#include "metrics/statistics.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {

// What \a json says its calls cost. A summary written before unpriced calls were counted wrote an
// unknown price as 0 (prices shipped empty): its calls that used tokens at 0 USD had no price.
Cost costOf(const QJsonObject &json)
{
    const double usd = json.value(u"cost"_s).toDouble();
    if (const QJsonValue unpriced = json.value(u"unpriced_calls"_s); !unpriced.isUndefined()) {
        return {usd, unpriced.toInteger()};
    }
    const qint64 tokens =
        json.value(u"prompt_tokens"_s).toInteger() + json.value(u"completion_tokens"_s).toInteger();
    return {usd, usd == 0.0 && tokens > 0 ? json.value(u"calls"_s).toInteger() : 0};
}

} // namespace

void RoundSummary::measureImprovementOver(const RoundSummary &previous)
{
    const bool dropped = !previous.dropped.isEmpty();
    const double before = dropped ? previous.poolOver(annotatorNames()).value_or(previous.poolAgreement)
                                  : previous.poolAgreement;
    const QList<double> &beforeSamples = dropped ? previous.keptSamples : previous.poolSamples;
    improvement = poolAgreement - before;
    const qsizetype draws = std::min(poolSamples.size(), beforeSamples.size());
    if (draws == 0) {
        improvementInterval = Interval{*improvement, *improvement};
        return;
    }
    QList<double> differences;
    differences.reserve(draws);
    for (qsizetype b = 0; b < draws; ++b) {
        differences.append(poolSamples.at(b) - beforeSamples.at(b));
    }
    improvementInterval =
        Interval{Statistics::percentile(differences, 2.5), Statistics::percentile(differences, 97.5)};
}

std::optional<double> RoundSummary::poolOver(const QStringList &names) const
{
    double sum = 0.0;
    qsizetype count = 0;
    for (const Pair &pair : pairs) {
        if (pair.f1 && names.contains(pair.first) && names.contains(pair.second)) {
            sum += *pair.f1;
            ++count;
        }
    }
    return count > 0 ? std::optional(sum / double(count)) : std::nullopt;
}

QStringList RoundSummary::annotatorNames() const
{
    QStringList names;
    for (const Annotator &annotator : annotators) {
        names.append(annotator.name);
    }
    return names;
}

Interval RoundSummary::poolInterval() const
{
    return poolSamples.isEmpty()
        ? Interval{poolAgreement, poolAgreement}
        : Interval{Statistics::percentile(poolSamples, 2.5), Statistics::percentile(poolSamples, 97.5)};
}

QJsonObject RoundSummary::toJson() const
{
    // A figure that measured nothing is null, never 0 (summary.json's readers count on it).
    const auto number = [](const std::optional<double> &value) {
        return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
    };
    // Scored on gold: every annotator says its F1, null for one that covered no gold document.
    const bool scored = std::ranges::any_of(annotators, [](const Annotator &a) { return a.f1.has_value(); });
    QJsonArray annotatorArray;
    for (const Annotator &a : annotators) {
        QJsonObject object{{u"name"_s, a.name}, {u"mean_agreement"_s, number(a.meanAgreement)},
            {u"calls"_s, a.calls}, {u"prompt_tokens"_s, a.promptTokens},
            {u"completion_tokens"_s, a.completionTokens}, {u"cost"_s, a.cost.usd},
            {u"unpriced_calls"_s, a.cost.unpriced}, {u"failed_items"_s, a.failedItems},
            {u"snapped"_s, a.snapped}, {u"left_out"_s, a.leftOut}};
        if (scored) {
            object.insert(u"f1"_s, number(a.f1));
        }
        annotatorArray.append(object);
    }
    QJsonArray batchArray;
    for (const qsizetype index : batch) {
        batchArray.append(qint64(index));
    }
    QJsonArray failureArray;
    for (const FailedItem &failure : failures) {
        failureArray.append(failure.toJson());
    }
    const QJsonObject supervisorJson{{u"calls"_s, supervisor.calls},
        {u"prompt_tokens"_s, supervisor.promptTokens}, {u"completion_tokens"_s, supervisor.completionTokens},
        {u"cost"_s, supervisor.cost.usd}, {u"unpriced_calls"_s, supervisor.cost.unpriced}};
    const QJsonObject embeddingsJson{{u"calls"_s, embeddings.calls},
        {u"prompt_tokens"_s, embeddings.promptTokens}, {u"cost"_s, embeddings.cost.usd},
        {u"unpriced_calls"_s, embeddings.cost.unpriced}};
    const auto numbers = [](const QList<double> &values) {
        QJsonArray array;
        for (const double value : values) {
            array.append(value);
        }
        return array;
    };
    QJsonArray pairArray;
    for (const Pair &pair : pairs) {
        pairArray.append(
            QJsonObject{{u"annotators"_s, QJsonArray{pair.first, pair.second}}, {u"f1"_s, number(pair.f1)}});
    }
    const auto interval = [](const Interval &i) { return QJsonArray{i.first, i.second}; };
    const auto optionalInterval = [&interval](const std::optional<Interval> &value) {
        return value ? QJsonValue(interval(*value)) : QJsonValue(QJsonValue::Null);
    };
    const QJsonObject alphaJson{{u"bio"_s, number(alphaBio.value)}, {u"type"_s, number(alphaType.value)},
        {u"bio_ci"_s, optionalInterval(alphaBio.interval)},
        {u"type_ci"_s, optionalInterval(alphaType.interval)}};
    const QJsonObject fleissJson{{u"bio"_s, number(fleissBio)}, {u"type"_s, number(fleissType)}};
    return QJsonObject{{u"round"_s, round}, {u"pool_agreement"_s, poolAgreement}, {u"alpha"_s, alphaJson},
        {u"fleiss"_s, fleissJson}, {u"pool_agreement_ci"_s, interval(poolInterval())},
        {u"pool_agreement_samples"_s, numbers(poolSamples)}, {u"pairs"_s, pairArray},
        {u"kept_samples"_s, numbers(keptSamples)},
        {u"improvement"_s, improvement ? QJsonValue(*improvement) : QJsonValue(QJsonValue::Null)},
        {u"improvement_ci"_s,
            improvementInterval ? QJsonValue(interval(*improvementInterval)) : QJsonValue(QJsonValue::Null)},
        {u"supervisor"_s, supervisorJson}, {u"embeddings"_s, embeddingsJson},
        {u"annotators"_s, annotatorArray}, {u"elite"_s, QJsonArray::fromStringList(elite)},
        {u"dropped"_s, QJsonArray::fromStringList(dropped)}, {u"batch"_s, batchArray},
        {u"failures"_s, failureArray}, {u"changes_accepted"_s, changesAccepted},
        {u"guideline_version"_s, guidelineVersion}};
}

RoundSummary RoundSummary::fromJson(const QJsonObject &json)
{
    RoundSummary summary;
    // null (a figure that measured nothing) reads as nothing, as does an absent one.
    const auto number = [](const QJsonValue &value) {
        return value.isDouble() ? std::optional(value.toDouble()) : std::nullopt;
    };
    summary.round = json.value(u"round"_s).toInt();
    summary.poolAgreement = json.value(u"pool_agreement"_s).toDouble();
    for (const QJsonValue &value : json.value(u"pool_agreement_samples"_s).toArray()) {
        summary.poolSamples.append(value.toDouble());
    }
    for (const QJsonValue &value : json.value(u"kept_samples"_s).toArray()) {
        summary.keptSamples.append(value.toDouble());
    }
    for (const QJsonValue &value : json.value(u"pairs"_s).toArray()) {
        const QJsonArray names = value[u"annotators"_s].toArray();
        summary.pairs.append({names.at(0).toString(), names.at(1).toString(), number(value[u"f1"_s])});
    }
    const auto optionalInterval = [](const QJsonValue &value) {
        const QJsonArray pair = value.toArray();
        return pair.size() == 2 ? std::optional(Interval{pair.at(0).toDouble(), pair.at(1).toDouble()})
                                : std::nullopt;
    };
    const QJsonObject alphaJson = json.value(u"alpha"_s).toObject();
    summary.alphaBio = {number(alphaJson.value(u"bio"_s)), optionalInterval(alphaJson.value(u"bio_ci"_s))};
    summary.alphaType = {number(alphaJson.value(u"type"_s)), optionalInterval(alphaJson.value(u"type_ci"_s))};
    const QJsonObject fleissJson = json.value(u"fleiss"_s).toObject();
    summary.fleissBio = number(fleissJson.value(u"bio"_s));
    summary.fleissType = number(fleissJson.value(u"type"_s));
    if (const QJsonValue value = json.value(u"improvement"_s); value.isDouble()) {
        summary.improvement = value.toDouble();
        summary.improvementInterval = optionalInterval(json.value(u"improvement_ci"_s))
                                          .value_or(Interval{value.toDouble(), value.toDouble()});
    }
    for (const QJsonValue &value : json.value(u"annotators"_s).toArray()) {
        const QJsonObject o = value.toObject();
        Annotator a{o.value(u"name"_s).toString(), number(o.value(u"mean_agreement"_s)),
            number(o.value(u"f1"_s)), o.value(u"calls"_s).toInteger(),
            o.value(u"prompt_tokens"_s).toInteger(), o.value(u"completion_tokens"_s).toInteger(), costOf(o),
            o.value(u"failed_items"_s).toInteger(), o.value(u"snapped"_s).toInteger(),
            o.value(u"left_out"_s).toInteger()};
        summary.annotators.append(a);
    }
    for (const QJsonValue &value : json.value(u"elite"_s).toArray()) {
        summary.elite.append(value.toString());
    }
    for (const QJsonValue &value : json.value(u"dropped"_s).toArray()) {
        summary.dropped.append(value.toString());
    }
    for (const QJsonValue &value : json.value(u"batch"_s).toArray()) {
        summary.batch.append(value.toInteger());
    }
    for (const QJsonValue &value : json.value(u"failures"_s).toArray()) {
        summary.failures.append(FailedItem::fromJson(value.toObject()));
    }
    const QJsonObject supervisorJson = json.value(u"supervisor"_s).toObject();
    summary.supervisor.name = u"supervisor"_s;
    summary.supervisor.calls = supervisorJson.value(u"calls"_s).toInteger();
    summary.supervisor.promptTokens = supervisorJson.value(u"prompt_tokens"_s).toInteger();
    summary.supervisor.completionTokens = supervisorJson.value(u"completion_tokens"_s).toInteger();
    summary.supervisor.cost = costOf(supervisorJson);
    const QJsonObject embeddingsJson = json.value(u"embeddings"_s).toObject();
    summary.embeddings.name = u"embeddings"_s;
    summary.embeddings.calls = embeddingsJson.value(u"calls"_s).toInteger();
    summary.embeddings.promptTokens = embeddingsJson.value(u"prompt_tokens"_s).toInteger();
    summary.embeddings.cost = costOf(embeddingsJson);
    summary.changesAccepted = json.value(u"changes_accepted"_s).toInt();
    summary.guidelineVersion = json.value(u"guideline_version"_s).toInt();
    return summary;
}

} // namespace Workbench::Core
