// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "metrics/scoretable.h"

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {

QJsonObject countsToJson(const ScoreCounts &counts)
{
    return QJsonObject{
        {u"precision"_s, counts.precision()},
        {u"recall"_s, counts.recall()},
        {u"f1"_s, counts.f1()},
        {u"tp"_s, counts.truePositives},
        {u"gold"_s, counts.gold},
        {u"pred"_s, counts.predicted},
    };
}

} // namespace

QJsonObject ScoreTable::toJson() const
{
    QJsonObject typeObject;
    for (auto it = types.cbegin(); it != types.cend(); ++it) {
        typeObject.insert(it.key(), countsToJson(it.value()));
    }
    return QJsonObject{{u"overall"_s, countsToJson(overall)}, {u"types"_s, typeObject}};
}

} // namespace Workbench::Core
