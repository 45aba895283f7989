// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "model/concordance.h"

namespace Workbench::Core {

namespace {

QString oneLine(QString text)
{
    text.replace(u'\n', u' ');
    return text;
}

} // namespace

Concordance::Result Concordance::search(
    const QList<Document> &documents, const QString &query, const int context, const int limit)
{
    Result result;
    if (query.isEmpty()) {
        return result;
    }
    for (qsizetype d = 0; d < documents.size(); ++d) {
        const QString &text = documents.at(d).text();
        for (qsizetype at = text.indexOf(query, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(query, at + query.size(), Qt::CaseInsensitive)) {
            if (result.hits.size() >= limit) {
                result.truncated = true;
                return result;
            }
            const qsizetype leftStart = std::max<qsizetype>(0, at - context);
            const qsizetype end = at + query.size();
            result.hits.append(Hit{d, int(at), int(end), oneLine(text.mid(leftStart, at - leftStart)),
                text.mid(at, query.size()), oneLine(text.mid(end, context))});
        }
    }
    return result;
}

} // namespace Workbench::Core
