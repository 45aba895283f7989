// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "pricesettings.h"

#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

Core::PriceTable PriceSettings::load()
{
    QSettings settings;
    Core::PriceTable table;
    const int count = settings.beginReadArray(u"prices"_s);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        const QString model = settings.value(u"model"_s).toString();
        if (model.isEmpty()) {
            continue;
        }
        const QVariant cached = settings.value(u"cachedInput"_s);
        table.set({.model = model,
            .input = settings.value(u"input"_s).toDouble(),
            .output = settings.value(u"output"_s).toDouble(),
            .date = settings.value(u"date"_s).toString(),
            .source = settings.value(u"source"_s).toString(),
            .batch = settings.value(u"batch"_s, 0.5).toDouble(),
            .cachedInput = cached.isValid() ? std::optional(cached.toDouble()) : std::nullopt});
    }
    settings.endArray();
    return table;
}

void PriceSettings::save(const Core::PriceTable &prices)
{
    QSettings settings;
    settings.remove(u"prices"_s);
    settings.beginWriteArray(u"prices"_s, int(prices.prices().size()));
    for (int i = 0; i < prices.prices().size(); ++i) {
        const Core::PriceTable::Price &price = prices.prices().at(i);
        settings.setArrayIndex(i);
        settings.setValue(u"model"_s, price.model);
        settings.setValue(u"input"_s, price.input);
        if (price.cachedInput) {
            settings.setValue(u"cachedInput"_s, *price.cachedInput);
        }
        settings.setValue(u"output"_s, price.output);
        settings.setValue(u"batch"_s, price.batch);
        settings.setValue(u"date"_s, price.date);
        settings.setValue(u"source"_s, price.source);
    }
    settings.endArray();
}

} // namespace Workbench::Ui
