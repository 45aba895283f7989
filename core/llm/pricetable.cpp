// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "llm/pricetable.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

void PriceTable::set(const Price &price)
{
    for (Price &existing : m_prices) {
        if (existing.model == price.model) {
            existing = price;
            return;
        }
    }
    m_prices.append(price);
}

PriceTable PriceTable::mergedWith(const PriceTable &over) const
{
    PriceTable merged = *this;
    for (const Price &price : over.m_prices) {
        merged.set(price);
    }
    return merged;
}

std::optional<PriceTable::Price> PriceTable::find(const QString &model) const
{
    std::optional<Price> best;
    for (const Price &price : m_prices) {
        if (model.startsWith(price.model) && (!best || price.model.size() > best->model.size())) {
            best = price;
        }
    }
    return best;
}

std::optional<double> PriceTable::cost(const QString &model, const TokenUsage &usage) const
{
    const auto price = find(model);
    if (!price) {
        return std::nullopt;
    }
    // Providers count reasoning tokens inside the completion tokens they bill.
    return (double(usage.promptTokens) * price->input + double(usage.completionTokens) * price->output) / 1e6;
}

std::optional<double> PriceTable::batchCost(const QString &model, const TokenUsage &usage) const
{
    const auto full = cost(model, usage);
    return full ? std::optional<double>(*full * find(model)->batch) : std::nullopt;
}

QJsonObject PriceTable::toJson() const
{
    QJsonArray array;
    for (const Price &price : m_prices) {
        QJsonObject entry{{u"model"_s, price.model}, {u"input"_s, price.input}, {u"output"_s, price.output},
            {u"date"_s, price.date}, {u"source"_s, price.source}, {u"batch"_s, price.batch}};
        if (price.cachedInput) {
            entry.insert(u"cached_input"_s, *price.cachedInput);
        }
        array.append(entry);
    }
    return QJsonObject{{u"prices"_s, array}};
}

std::expected<PriceTable, QString> PriceTable::fromJson(const QJsonObject &json)
{
    PriceTable table;
    const QJsonValue prices = json.value(u"prices"_s);
    if (!prices.isArray()) {
        return std::unexpected(u"prices: expected an array"_s);
    }
    const QJsonArray array = prices.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        const QString where = u"prices[%1]"_s.arg(i);
        if (object.value(u"model"_s).toString().isEmpty()) {
            return std::unexpected(where + u".model: expected a model id or prefix"_s);
        }
        for (const QString &field : {u"input"_s, u"output"_s}) {
            if (!object.value(field).isDouble() || object.value(field).toDouble() < 0) {
                return std::unexpected(
                    where + u".%1: expected USD per million tokens, 0 or more"_s.arg(field));
            }
        }
        const QJsonValue cached = object.value(u"cached_input"_s);
        if (!cached.isUndefined() && (!cached.isDouble() || cached.toDouble() < 0)) {
            return std::unexpected(where + u".cached_input: expected USD per million tokens, 0 or more"_s);
        }
        const QJsonValue batch = object.value(u"batch"_s);
        if (!batch.isUndefined() && (!batch.isDouble() || batch.toDouble() < 0 || batch.toDouble() > 1)) {
            return std::unexpected(
                where + u".batch: expected the batch price as a share of this one, 0 to 1"_s);
        }
        table.set({.model = object.value(u"model"_s).toString(),
            .input = object.value(u"input"_s).toDouble(),
            .output = object.value(u"output"_s).toDouble(),
            .date = object.value(u"date"_s).toString(),
            .source = object.value(u"source"_s).toString(),
            .batch = batch.toDouble(0.5),
            .cachedInput = cached.isDouble() ? std::optional(cached.toDouble()) : std::nullopt});
    }
    return table;
}

} // namespace Workbench::Core
