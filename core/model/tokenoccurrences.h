// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "model/document.h"

#include <QList>
#include <QStringList>

namespace Workbench::Core {

/*! \brief Where a sequence of tokens occurs in a corpus: what "annotate all occurrences" finds.
 *
 * Tokens match when their texts are equal exactly, case included: in entity annotation case is
 * evidence ("Apple" the company, "apple" the fruit; "US" and "us"), and a match the user did
 * not ask for is worse than one left to do by hand. The tokens of a document are read in order
 * across its sentences. Usage:
 * \c{const auto found = TokenOccurrences::find(corpus.documents(), TokenOccurrences::tokensAt(doc, s, e));}
 */
class TokenOccurrences
{
public:
    //! [start, end) of \c document: from the first matching token's start to the last one's end.
    struct Occurrence
    {
        qsizetype document = 0;
        int start = 0;
        int end = 0;
        friend bool operator==(const Occurrence &, const Occurrence &) = default;
    };

    TokenOccurrences() = delete;

    //! The texts of the tokens of \a document that [start, end) touches, in order; empty: none.
    [[nodiscard]] static QStringList tokensAt(const Document &document, int start, int end);
    //! Every run of consecutive tokens of \a documents whose texts are \a tokens, in corpus order
    //! (runs may overlap: "a a" occurs twice in "a a a"); none for no tokens.
    [[nodiscard]] static QList<Occurrence> find(const QList<Document> &documents, const QStringList &tokens);
};

} // namespace Workbench::Core
