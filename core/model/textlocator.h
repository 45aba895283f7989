// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "model/document.h"

#include <QList>
#include <QString>

namespace Workbench::Core {

/*! \brief Finds a quoted text in documents as a reader would: the same letters and digits in the
 * same order, whatever the spaces, punctuation and case between them, beginning and ending where
 * words do (a quote of "Paris" is not found in "comparison").
 *
 * A supervisor quotes an example as it read or remembered it: tokenised ("last week .") or not
 * ("last week."), with other quotes, spacing or capitals, and sometimes shortened with "..." or
 * "…", of which the longest piece is looked for. A quote with fewer than \c minimumLength letters
 * and digits finds nothing: too short to say where it came from. Offsets are UTF-16 code units of
 * the document's text, half-open. Usage: \c{auto hits = TextLocator::find(quote, documents, batch);}
 */
class TextLocator
{
public:
    TextLocator() = delete;

    struct Match
    {
        qsizetype document = -1; //!< a position in the corpus
        int start = 0; //!< the first matched letter or digit
        int end = 0; //!< after the last one

        friend bool operator==(const Match &, const Match &) = default;
    };

    static constexpr qsizetype minimumLength = 4;

    /*! The first place of \a quote in each of the documents at \a positions of \a corpus, in the
     * order of \a positions; empty when no document holds it (or the quote is too short). */
    [[nodiscard]] static QList<Match> find(
        const QString &quote, const QList<Document> &corpus, const QList<qsizetype> &positions);
};

} // namespace Workbench::Core
