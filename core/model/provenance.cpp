// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "model/provenance.h"

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

QJsonObject Provenance::toJson() const
{
    return QJsonObject{{u"source"_s, source}, {u"tool"_s, tool}, {u"tagScheme"_s, tagScheme},
        {u"created"_s, created.toString(Qt::ISODateWithMs)}};
}

Provenance Provenance::fromJson(const QJsonObject &object)
{
    return Provenance{.source = object.value(u"source"_s).toString(),
        .tool = object.value(u"tool"_s).toString(),
        .tagScheme = object.value(u"tagScheme"_s).toString(),
        .created = QDateTime::fromString(object.value(u"created"_s).toString(), Qt::ISODateWithMs)};
}

} // namespace Workbench::Core
