// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "model/span.h"
#include "model/tokenoccurrences.h"

#include <QList>
#include <QString>

namespace Workbench::Core {

/*! \brief What giving every other occurrence of a span's tokens the span's type would do to a
 * curated layer: which occurrences get a span, and which are left as they are and why.
 *
 * An occurrence that already holds exactly that span is left alone; one that overlaps any other
 * curated span (another type, or other bounds) is skipped and counted: the user's earlier
 * decision there stands, and the count says how many to look at. Occurrences that overlap each
 * other are taken in corpus order, the later skipped like any overlap.
 * Usage: \c{const auto plan = OccurrencePlan::make(found, source, u"LOC"_s, curated.allSpans());}
 */
struct OccurrencePlan
{
    QList<TokenOccurrences::Occurrence> toAnnotate; //!< in corpus order
    qsizetype alreadyAnnotated = 0; //!< hold the span already
    qsizetype overlapping = 0; //!< overlap another curated span: skipped

    /*! The plan for \a found (the occurrences of the tokens of \a source; those overlapping
     * \a source are its own and left out) and \a type over \a curated (one sorted list per
     * document; documents past its end hold none). */
    [[nodiscard]] static OccurrencePlan make(const QList<TokenOccurrences::Occurrence> &found,
        const TokenOccurrences::Occurrence &source, const QString &type, const DocumentSpans &curated);
};

} // namespace Workbench::Core
