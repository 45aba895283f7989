// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "base/parseerror.h"

#include <QByteArrayView>
#include <QList>
#include <QStringView>

#include <array>
#include <expected>

namespace Workbench::Core {

enum class ConllLineKind : quint8 { Blank, DocStart, Comment, Data, Skipped };

/*! \brief The shape of a CoNLL file (its columns) and a walk over its sentences.
 *
 * The rules every CoNLL path shares, over UTF-16 text (\c QStringView, for the reader that builds
 * documents) or UTF-8 bytes (\c QByteArrayView, for the scorer that never builds them):
 * - lines end at LF, a CR before it is dropped; whitespace means ASCII whitespace only, so a
 *   no-break space is a token like any other;
 * - a line with a tab is split on tabs (fields trimmed, empty ones kept), else on runs of spaces;
 * - \c -DOCSTART- lines and \c{# newdoc} comments mark documents; a \c # line is a token when it
 *   has the file's column count, is not a \c{key = value} comment and holds a tag;
 * - CoNLL-U multiword ranges and empty nodes are skipped; every token line has the column count
 *   of the first, none has an empty field;
 * - the tag column is the one given, else the last whose every value is a tag; the token column
 *   is the first, or the second when the first holds only indices;
 * - blank lines, document markers and a comment after tokens end a sentence; \c{# text =} and
 *   \c{# sent_id =} apply to the sentence after them unless a blank line or marker intervenes.
 * scan() checks the whole file and yields its columns or the first error; a SentenceWalker then
 * hands out one sentence at a time as views into the content, so nothing per line is kept. A
 * two-column file's columns are known from its first token line; scanned with
 * Checking::WhileWalking, such a file is read once: the walker checks each token line and stops
 * at the first that breaks a rule (scan() in full then names the error), and
 * \c hasDocumentMarkers is not known.
 * Usage: \c{auto layout = ConllLayout<QByteArrayView>::scan(bytes, path, 0);
 *          ConllLayout<QByteArrayView>::SentenceWalker walk(*layout, bytes); while (walk.next(s)) ...}
 */
template<typename View>
class ConllLayout
{
public:
    struct Sentence
    {
        QList<View> tokens;
        QList<View> tags;
        QList<int> lines; //!< each token's 1-based line
        View text; //!< the \c{# text =} value that applies, if hasText
        View id; //!< the \c{# sent_id =} value that applies, if hasId
        View documentId; //!< the \c{# newdoc id =} value when startsDocument (empty for -DOCSTART-)
        bool hasText = false;
        bool hasId = false;
        bool startsDocument = false; //!< a document marker came since the previous sentence
    };

private:
    static constexpr int maxColumns = 10;
    //! One line split and classified; fields past the first maxColumns + 1 are counted, not kept.
    struct Line
    {
        int number = 0;
        ConllLineKind kind = ConllLineKind::Blank;
        int fieldCount = 0;
        View text;
        std::array<View, maxColumns + 1> fields;
    };

public:
    //! Reads sentences in file order; the layout and the content must outlive it.
    class SentenceWalker
    {
    public:
        SentenceWalker(const ConllLayout &layout, View content);
        //! Fills \a sentence with the next one (its lists are reused); false at the end.
        bool next(Sentence &sentence);
        //! True when next() stopped at a token line that breaks a rule (Checking::WhileWalking).
        [[nodiscard]] bool failed() const { return m_failed; }

    private:
        bool isSoundTokenLine(const Line &line) const;

        const ConllLayout &m_layout;
        View m_content;
        qsizetype m_position = 0;
        int m_lineNumber = 0;
        bool m_open = false;
        bool m_failed = false;
        Sentence m_pending; //!< comments and markers waiting for the next sentence's first token
    };

    enum class Checking { Upfront, WhileWalking };
    [[nodiscard]] static std::expected<ConllLayout, ParseError> scan(
        View content, const QString &fileName, int tagColumn, Checking checking = Checking::Upfront);

    int columnCount = 0;
    int tokenColumn = 1; //!< 1-based
    int tagColumn = 0; //!< 1-based
    int requestedTagColumn = 0; //!< as given to scan(), 0 when detected
    bool hasDocumentMarkers = false;
    bool checkedUpfront = true; //!< false when the walker checks the token lines as it reads them

private:
    //! Splits and classifies the line at \a position (moved past it); \a columns 0 while unknown.
    static void readLine(
        View content, qsizetype &position, int number, int columns, int requestedTagColumn, Line &line);
    //! \c{# key = value} or \c{# newdoc}, both parts trimmed.
    static void parseComment(View line, View &key, View &value);
};

extern template class ConllLayout<QStringView>;
extern template class ConllLayout<QByteArrayView>;

} // namespace Workbench::Core
