// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "model/document.h"

#include <QList>
#include <QString>

namespace Workbench::Core {

/*! \brief Every occurrence of a text across a corpus, with its context: a concordance (KWIC).
 *
 * Case-insensitive; line breaks in the context shown as spaces. At most \c limit hits, in corpus
 * order; \c truncated says there were more.
 * Usage: \c{const auto found = Concordance::search(documents, u"Berlin"_s, 40, 5000);}
 */
class Concordance
{
public:
    struct Hit
    {
        qsizetype document = 0; //!< index in the corpus
        int start = 0; //!< of the match in the document's text
        int end = 0;
        QString left; //!< up to \c context characters before the match
        QString match;
        QString right;
    };
    struct Result
    {
        QList<Hit> hits;
        bool truncated = false;
    };

    [[nodiscard]] static Result search(
        const QList<Document> &documents, const QString &query, int context, int limit);
};

} // namespace Workbench::Core
