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
 * (so "gpt-4o-mini" is not priced as "gpt-4o"). JSON: \c{{"prices": [{"model", "input",
 * "output", "date", "source", "batch"}]}}, \c batch optional (0.5). Usage: \c{table.cost(u"gpt-4o-mini"_s,
 * reply.usage)}.
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
    };

    void set(const Price &price);
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
