// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "llm/chatreply.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <expected>
#include <optional>

namespace Workbench::Core {

/*! \brief What calls cost: USD per million tokens by model, as the user enters them.
 *
 * Ships empty: prices change, and a wrong price shown as fact is worse than none. Each entry
 * carries the date and source the user took it from. A model matches the longest prefix
 * (so "gpt-4o-mini" is not priced as "gpt-4o"). A model without an entry has no price: cost()
 * says so with nothing, never 0. JSON: \c{{"prices": [{"model", "input", "cached_input", "output",
 * "date", "source", "batch"}]}}, \c batch optional (0.5), \c cached_input optional (absent: cached
 * prompt tokens are priced as input, so nothing is under-counted). Usage:
 * \c{table.cost(u"gpt-4o-mini"_s, reply.usage)}.
 */
class PriceTable
{
public:
    struct Price
    {
        QString model; //!< a model id or prefix
        double input = 0.0; //!< USD per million prompt tokens
        double output = 0.0; //!< USD per million completion tokens (reasoning tokens included)
        QString date;
        QString source;
        //! The batch engines' price as a share of this one (OpenAI and Anthropic charge half).
        double batch = 0.5;
        //! USD per million prompt tokens the provider read from its prompt cache; nothing: as input.
        //! Kept and edited; cost() applies it once TokenUsage counts cached tokens apart.
        std::optional<double> cachedInput = std::nullopt;
    };

    void set(const Price &price);
    //! This table with \a over's entries put in: an entry of \a over replaces the one for the same
    //! model (or prefix), the others are added.
    [[nodiscard]] PriceTable mergedWith(const PriceTable &over) const;
    [[nodiscard]] std::optional<Price> find(const QString &model) const;
    //! The cost of \a usage for \a model; nothing when the model has no price.
    [[nodiscard]] std::optional<double> cost(const QString &model, const TokenUsage &usage) const;
    //! The same through a provider's batch engine.
    [[nodiscard]] std::optional<double> batchCost(const QString &model, const TokenUsage &usage) const;
    [[nodiscard]] const QList<Price> &prices() const { return m_prices; }

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static std::expected<PriceTable, QString> fromJson(const QJsonObject &json);

private:
    QList<Price> m_prices;
};

} // namespace Workbench::Core
