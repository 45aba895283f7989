// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "model/document.h"
#include "model/span.h"
#include "pilot/replyparser.h"

#include <QList>
#include <QString>

namespace Workbench::Core {

/*! \brief Places an annotator's mentions in the text it was given (method.md section 3).
 *
 * The reference labels every occurrence of a string; this finds the occurrences of each mention
 * (at word boundaries, any run of whitespace matching any other), takes the one nearest the
 * offset the model reported (code points, converted), and labels one occurrence per reported
 * mention. Without an offset, repeated mentions of one string take its occurrences in reading
 * order. Mentions that are not in the text, or that could be several places equally well, are
 * recorded so the user sees them; an ambiguous one is still placed (at the first candidate).
 * Usage: \c{auto aligned = MentionAligner::align(text, parsed.mentions);}
 */
class MentionAligner
{
public:
    struct Issue
    {
        enum class Kind { NotFound, Ambiguous };
        Kind kind = Kind::NotFound;
        ReplyParser::Mention mention;
        int candidates = 0;
    };

    struct Result
    {
        QList<Span> spans; //!< UTF-16 offsets into the text, sorted, without duplicates
        QList<Issue> issues;
    };

    //! How a round's loss report names what aligning changed (LossReport::Entry::reason).
    static constexpr const char *notFoundReason = "mention-not-found";
    static constexpr const char *ambiguousReason = "mention-ambiguous";
    static constexpr const char *snappedReason = "mention-snapped";

    //! A span snapToTokens() widened: as the model placed it, and as it is now.
    struct Widening
    {
        Span before;
        Span after;
    };

    [[nodiscard]] static Result align(const QString &text, const QList<ReplyParser::Mention> &mentions);
    /*! Widens each of \a spans (offsets into \a document's text) to the whole tokens it overlaps:
     * chat models answer "Obama" for the token "#Obama" or leave out the quotes a tokenizer kept.
     * Spans that come to cover the same tokens with the same type are merged; a document without
     * tokens is left as it is. Returns the spans widened, in the order of \a spans. */
    static QList<Widening> snapToTokens(QList<Span> &spans, const Document &document);
};

} // namespace Workbench::Core
