// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "model/provenance.h"

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

QJsonObject Provenance::toJson() const
{
    QJsonObject json{{u"source"_s, source}, {u"tool"_s, tool}, {u"tagScheme"_s, tagScheme},
        {u"created"_s, created.toString(Qt::ISODateWithMs)}};
    if (pilot) {
        json.insert(u"pilot"_s, pilot->toJson());
    }
    return json;
}

Provenance Provenance::fromJson(const QJsonObject &object)
{
    return Provenance{.source = object.value(u"source"_s).toString(),
        .tool = object.value(u"tool"_s).toString(),
        .tagScheme = object.value(u"tagScheme"_s).toString(),
        .created = QDateTime::fromString(object.value(u"created"_s).toString(), Qt::ISODateWithMs),
        .pilot = PilotOrigin::fromJson(object.value(u"pilot"_s).toObject())};
}

} // namespace Workbench::Core
