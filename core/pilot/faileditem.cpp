// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "pilot/faileditem.h"

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

QString FailedItem::key(const QString &annotator, const QString &document, const int chunkStart)
{
    return u"%1\x1f%2\x1f%3"_s.arg(annotator, document).arg(chunkStart); // unit separators: not in names
}

QJsonObject FailedItem::toJson() const
{
    return {{u"annotator"_s, annotator}, {u"document"_s, document}, {u"chunk_start"_s, chunkStart},
        {u"error"_s, error}, {u"raw"_s, raw}};
}

FailedItem FailedItem::fromJson(const QJsonObject &json)
{
    return {json.value(u"annotator"_s).toString(), json.value(u"document"_s).toString(),
        json.value(u"chunk_start"_s).toInt(), json.value(u"error"_s).toString(),
        json.value(u"raw"_s).toString()};
}

} // namespace Workbench::Core
