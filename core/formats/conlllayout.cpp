// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "formats/conlllayout.h"

#include "base/tagcodec.h"
#include "formats/utf8decoder.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <bit>
#include <cstring>
#include <string_view>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {

constexpr int minColumns = 2;
const QString expectedTag = u"a tag (O, B-TYPE, I-TYPE, E-TYPE or S-TYPE)"_s;

// Every character the rules look at is ASCII, the same unit in UTF-16 and UTF-8.
char16_t unitAt(const QStringView text, const qsizetype i)
{
    return text.at(i).unicode();
}

char16_t unitAt(const QByteArrayView text, const qsizetype i)
{
    return char16_t(uchar(text.at(i)));
}

const char16_t *unitsOf(const QStringView text)
{
    return text.utf16();
}

const uchar *unitsOf(const QByteArrayView text)
{
    return reinterpret_cast<const uchar *>(text.data());
}

// Where \a unit first occurs in [from, to), or \a to: memchr and Qt's SIMD search, called
// directly because the lines and fields searched average a few bytes.
qsizetype findUnit(const char16_t *units, const qsizetype from, const qsizetype to, const char16_t unit)
{
    const qsizetype found = QStringView(units + from, to - from).indexOf(QChar(unit));
    return found < 0 ? to : from + found;
}

qsizetype findUnit(const uchar *units, const qsizetype from, const qsizetype to, const char16_t unit)
{
    const void *found = std::memchr(units + from, int(unit), std::size_t(to - from));
    return found == nullptr ? to : static_cast<const uchar *>(found) - units;
}

// A line of up to 15 bytes seen in one 16-byte load: where its '\n', '\t' and ' ' are, so a
// short line (most token lines) costs one load instead of a memchr per line and per field.
class ShortLineWindow
{
public:
    //! False when there is no such line at \a position (or no SSE2, or UTF-16 text).
    template<typename Unit>
    bool load(const Unit *units, const qsizetype position, const qsizetype size)
    {
#if defined(__SSE2__)
        if constexpr (sizeof(Unit) == 1) {
            if (size - position < 16) {
                return false;
            }
            const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(units + position));
            const auto maskOf = [&bytes](const char c) {
                return unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, _mm_set1_epi8(c))));
            };
            const unsigned newline = maskOf('\n');
            if (newline == 0) {
                return false;
            }
            const unsigned inLine = (1u << std::countr_zero(newline)) - 1;
            m_base = position;
            m_end = position + std::countr_zero(newline);
            m_tabs = maskOf('\t') & inLine;
            m_spaces = maskOf(' ') & inLine;
            return true;
        }
#endif
        Q_UNUSED(units);
        Q_UNUSED(position);
        Q_UNUSED(size);
        return false;
    }

    [[nodiscard]] qsizetype lineEnd() const { return m_end; }

    //! Where \a unit ('\t' or ' ') first occurs in [from, to) of the loaded line, or \a to.
    [[nodiscard]] qsizetype find(const char16_t unit, const qsizetype from, const qsizetype to) const
    {
        const unsigned mask = (unit == u'\t' ? m_tabs : m_spaces) & (~0u << (from - m_base));
        return mask == 0 ? to : std::min(to, m_base + std::countr_zero(mask));
    }

private:
    qsizetype m_base = 0;
    qsizetype m_end = 0;
    unsigned m_tabs = 0;
    unsigned m_spaces = 0;
};

qsizetype indexOfUnit(const QStringView text, const char16_t unit, const qsizetype from)
{
    return text.indexOf(QChar(unit), from);
}

qsizetype indexOfUnit(const QByteArrayView text, const char16_t unit, const qsizetype from)
{
    return text.indexOf(char(unit), from);
}

QString toQString(const QStringView text)
{
    return text.toString();
}

QString toQString(const QByteArrayView text)
{
    return Utf8Decoder::verbatim(text);
}

constexpr bool isAsciiSpace(const char16_t unit)
{
    return unit == u' ' || unit == u'\t' || unit == u'\r' || unit == u'\n' || unit == u'\v' || unit == u'\f';
}

template<typename View>
View trimmed(const View text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isAsciiSpace(unitAt(text, begin))) {
        ++begin;
    }
    while (end > begin && isAsciiSpace(unitAt(text, end - 1))) {
        --end;
    }
    return text.sliced(begin, end - begin);
}

template<typename View>
bool equals(const View text, const std::string_view ascii)
{
    if (text.size() != qsizetype(ascii.size())) {
        return false;
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (unitAt(text, i) != char16_t(ascii[std::size_t(i)])) {
            return false;
        }
    }
    return true;
}

template<typename View>
bool startsWithAscii(const View text, const std::string_view ascii)
{
    return text.size() >= qsizetype(ascii.size()) && equals(text.first(qsizetype(ascii.size())), ascii);
}

template<typename View>
bool isUnsignedInteger(const View text)
{
    if (text.isEmpty()) {
        return false;
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t unit = unitAt(text, i);
        if (unit < u'0' || unit > u'9') {
            return false;
        }
    }
    return true;
}

// CoNLL-U multiword ranges ("1-2") and empty nodes ("3.1") carry no token of their own.
template<typename View>
bool isConlluRangeOrEmptyNode(const View id)
{
    qsizetype separator = indexOfUnit(id, u'-', 0);
    if (separator < 0) {
        separator = indexOfUnit(id, u'.', 0);
    }
    return separator > 0 && isUnsignedInteger(id.first(separator))
        && isUnsignedInteger(id.sliced(separator + 1));
}

// A line starting with '#' is data when it has the file's column count, is not a "key = value"
// comment, and holds a tag: "# O" in a space-separated file is the token '#'.
template<typename View, typename Fields>
bool hashLineIsData(const Fields &fields, const int fieldCount, const int columnCount, const int tagColumn)
{
    if (fieldCount != columnCount) {
        return false;
    }
    if (fieldCount > 1
        && (equals(fields[1], "=")
            || (!fields[1].isEmpty() && unitAt(fields[1], fields[1].size() - 1) == u'='))) {
        return false;
    }
    if (fieldCount > 2 && equals(fields[2], "=")) {
        return false;
    }
    if (tagColumn > 0) {
        return TagCodec::isTag(fields[std::size_t(tagColumn - 1)]);
    }
    for (int i = 1; i < fieldCount; ++i) {
        if (TagCodec::isTag(fields[std::size_t(i)])) {
            return true;
        }
    }
    return false;
}

} // namespace

template<typename View>
void ConllLayout<View>::readLine(const View content, qsizetype &position, const int number, const int columns,
    const int requestedTagColumn, Line &line)
{
    const auto *units = unitsOf(content);
    const qsizetype size = content.size();
    ShortLineWindow window;
    const bool windowed = window.load(units, position, size);
    const qsizetype end = windowed ? window.lineEnd() : findUnit(units, position, size, u'\n');
    const auto find = [&](const qsizetype from, const qsizetype to, const char16_t unit) {
        return windowed ? window.find(unit, from, to) : findUnit(units, from, to, unit);
    };
    qsizetype textEnd = end > position && units[end - 1] == u'\r' ? end - 1 : end;
    line.number = number;
    line.text = content.sliced(position, textEnd - position);
    line.fieldCount = 0;
    line.kind = ConllLineKind::Blank;
    qsizetype begin = position;
    position = end + 1;

    while (begin < textEnd && isAsciiSpace(units[begin])) {
        ++begin;
    }
    while (textEnd > begin && isAsciiSpace(units[textEnd - 1])) {
        --textEnd;
    }
    if (begin == textEnd) {
        return;
    }
    // Tab-separated when the line has a tab (fields trimmed, empty ones kept), else split on spaces.
    // The search for a tab also finds where the first field ends.
    qsizetype fieldEnd = find(begin, textEnd, u'\t');
    const bool tabs = fieldEnd < textEnd;
    const char16_t separator = tabs ? u'\t' : u' ';
    if (!tabs) {
        fieldEnd = find(begin, textEnd, separator);
    }
    for (qsizetype fieldBegin = begin;;) {
        const qsizetype next = fieldEnd + 1;
        if (tabs) {
            while (fieldBegin < fieldEnd && isAsciiSpace(units[fieldBegin])) {
                ++fieldBegin;
            }
            while (fieldEnd > fieldBegin && isAsciiSpace(units[fieldEnd - 1])) {
                --fieldEnd;
            }
        }
        if (tabs || fieldBegin < fieldEnd) { // runs of spaces separate like one
            if (line.fieldCount < int(line.fields.size())) {
                line.fields[std::size_t(line.fieldCount)] = content.sliced(fieldBegin, fieldEnd - fieldBegin);
            }
            ++line.fieldCount;
        }
        if (next > textEnd) {
            break;
        }
        fieldBegin = next;
        fieldEnd = find(fieldBegin, textEnd, separator);
    }
    line.kind = equals(line.fields[0], "-DOCSTART-") ? ConllLineKind::DocStart
        : unitAt(line.text, 0) == u'#'               ? ConllLineKind::Comment
                                                     : ConllLineKind::Data;
    if (columns == 0) {
        return;
    }
    if (line.kind == ConllLineKind::Comment
        && hashLineIsData<View>(line.fields, line.fieldCount, columns, requestedTagColumn)) {
        line.kind = ConllLineKind::Data;
    }
    if (line.kind == ConllLineKind::Data && columns == maxColumns
        && isConlluRangeOrEmptyNode(line.fields[0])) {
        line.kind = ConllLineKind::Skipped;
    }
}

template<typename View>
void ConllLayout<View>::parseComment(const View line, View &key, View &value)
{
    const View body = trimmed(line.sliced(1));
    const qsizetype eq = indexOfUnit(body, u'=', 0);
    if (eq < 0) {
        key = body;
        value = View();
        return;
    }
    key = trimmed(body.first(eq));
    value = trimmed(body.sliced(eq + 1));
}

template<typename View>
std::expected<ConllLayout<View>, ParseError> ConllLayout<View>::scan(
    const View content, const QString &fileName, const int tagColumnOption, const Checking checking)
{
    ConllLayout layout;
    layout.requestedTagColumn = tagColumnOption;
    Line line;

    // The column count is that of the first plain token line ('#' lines are decided by it).
    int columnCount = 0;
    int columnLine = 0;
    {
        int number = 0;
        for (qsizetype position = 0; position <= content.size() && columnCount == 0;) {
            readLine(content, position, ++number, 0, 0, line);
            if (line.kind == ConllLineKind::Data) {
                columnCount = line.fieldCount;
                columnLine = number;
            }
        }
    }
    if (columnCount == 0) {
        return std::unexpected(
            ParseError{fileName, 0, u"expected token lines (TOKEN ... TAG), found none"_s});
    }
    if (columnCount < minColumns || columnCount > maxColumns) {
        return std::unexpected(ParseError{fileName, columnLine,
            u"expected %1 to %2 columns (TOKEN ... TAG), found %3"_s.arg(minColumns)
                .arg(maxColumns)
                .arg(columnCount)});
    }
    if (tagColumnOption < 0 || tagColumnOption > columnCount) {
        return std::unexpected(ParseError{fileName, columnLine,
            u"tag column %1 requested, but the file has %2 columns"_s.arg(tagColumnOption).arg(columnCount)});
    }
    layout.columnCount = columnCount;
    if (checking == Checking::WhileWalking && columnCount == 2) {
        // With two columns the tag column can only be the one given or the second.
        layout.tagColumn = tagColumnOption == 1 ? 1 : 2;
        layout.tokenColumn = 3 - layout.tagColumn;
        layout.checkedUpfront = false;
        return layout;
    }

    // Every line: a consistent column count, no empty field, document markers, whether the first
    // column holds only indices, and which columns hold only tags (a bit per column).
    struct FirstNonTag
    {
        int line = 0;
        View value;
    };
    std::array<FirstNonTag, maxColumns> firstNonTag{};
    bool firstColumnIsIndex = columnCount >= 3;
    unsigned allTagColumns = (1u << columnCount) - 1;
    int number = 0;
    for (qsizetype position = 0; position <= content.size();) {
        readLine(content, position, ++number, columnCount, tagColumnOption, line);
        if (line.kind == ConllLineKind::DocStart) {
            layout.hasDocumentMarkers = true;
        } else if (line.kind == ConllLineKind::Comment && !layout.hasDocumentMarkers) {
            View key;
            View value;
            parseComment(line.text, key, value);
            layout.hasDocumentMarkers = startsWithAscii(key, "newdoc");
        }
        if (line.kind != ConllLineKind::Data) {
            continue;
        }
        if (line.fieldCount != columnCount) {
            return std::unexpected(ParseError{fileName, line.number,
                u"expected %1 columns as on line %2, found %3"_s.arg(columnCount)
                    .arg(columnLine)
                    .arg(line.fieldCount)});
        }
        for (int column = 0; column < columnCount; ++column) {
            const View field = line.fields[std::size_t(column)];
            if (field.isEmpty()) {
                return std::unexpected(ParseError{fileName, line.number,
                    u"expected a value in column %1, found it empty"_s.arg(column + 1)});
            }
            if ((allTagColumns & (1u << column)) && !TagCodec::isTag(field)) {
                allTagColumns &= ~(1u << column);
                firstNonTag[std::size_t(column)] = {line.number, field};
            }
        }
        firstColumnIsIndex = firstColumnIsIndex && isUnsignedInteger(line.fields[0]);
    }

    layout.tokenColumn = firstColumnIsIndex ? 2 : 1;
    if (tagColumnOption > 0) {
        layout.tagColumn = tagColumnOption;
        const FirstNonTag &nonTag = firstNonTag[std::size_t(tagColumnOption - 1)];
        if (nonTag.line > 0) {
            return std::unexpected(ParseError{fileName, nonTag.line,
                u"expected %1 in column %2, found '%3'"_s.arg(expectedTag)
                    .arg(tagColumnOption)
                    .arg(toQString(nonTag.value))});
        }
        if (layout.tagColumn == layout.tokenColumn) {
            layout.tokenColumn = layout.tagColumn == 1 ? 2 : 1;
        }
        return layout;
    }
    for (int column = columnCount; column >= 1; --column) {
        if (column != layout.tokenColumn && (allTagColumns & (1u << (column - 1)))) {
            layout.tagColumn = column;
            return layout;
        }
    }
    // Name the first value that keeps the last column from being the tag column.
    const FirstNonTag &nonTag = firstNonTag[std::size_t(columnCount - 1)];
    if (nonTag.line == 0) { // the last column is the token column, and no other holds only tags
        return std::unexpected(ParseError{fileName, 0, u"no column holds only tags"_s});
    }
    return std::unexpected(ParseError{fileName, nonTag.line,
        u"expected %1 in column %2, found '%3' (no column holds only tags; name the tag column)"_s
            .arg(expectedTag)
            .arg(columnCount)
            .arg(toQString(nonTag.value))});
}

template<typename View>
bool ConllLayout<View>::SentenceWalker::isSoundTokenLine(const Line &line) const
{
    if (line.fieldCount != m_layout.columnCount) {
        return false;
    }
    for (int column = 0; column < line.fieldCount; ++column) {
        if (line.fields[std::size_t(column)].isEmpty()) {
            return false;
        }
    }
    return TagCodec::isTag(line.fields[std::size_t(m_layout.tagColumn - 1)]);
}

template<typename View>
ConllLayout<View>::SentenceWalker::SentenceWalker(const ConllLayout &layout, const View content)
    : m_layout(layout)
    , m_content(content)
{
}

template<typename View>
bool ConllLayout<View>::SentenceWalker::next(Sentence &sentence)
{
    Line line;
    while (m_position <= m_content.size()) {
        readLine(
            m_content, m_position, ++m_lineNumber, m_layout.columnCount, m_layout.requestedTagColumn, line);
        const bool ended = m_open && line.kind != ConllLineKind::Data && line.kind != ConllLineKind::Skipped;
        switch (line.kind) {
        case ConllLineKind::Blank:
            m_pending.hasText = m_pending.hasId = false; // comments do not reach past a blank line
            break;
        case ConllLineKind::DocStart:
            m_pending.hasText = m_pending.hasId = false;
            m_pending.startsDocument = true;
            m_pending.documentId = View();
            break;
        case ConllLineKind::Comment: { // after tokens, a comment begins the next sentence
            View key;
            View value;
            parseComment(line.text, key, value);
            if (startsWithAscii(key, "newdoc")) {
                m_pending.hasText = m_pending.hasId = false;
                m_pending.startsDocument = true;
                m_pending.documentId = value;
            } else if (equals(key, "text")) {
                m_pending.text = value;
                m_pending.hasText = true;
            } else if (equals(key, "sent_id")) {
                m_pending.id = value;
                m_pending.hasId = true;
            }
            break;
        }
        case ConllLineKind::Data:
            if (!m_layout.checkedUpfront && !isSoundTokenLine(line)) {
                m_failed = true;
                m_open = false;
                return false;
            }
            if (!m_open) {
                sentence.tokens.clear();
                sentence.tags.clear();
                sentence.lines.clear();
                sentence.text = m_pending.text;
                sentence.hasText = m_pending.hasText;
                sentence.id = m_pending.id;
                sentence.hasId = m_pending.hasId;
                sentence.startsDocument = m_pending.startsDocument;
                sentence.documentId = m_pending.documentId;
                m_pending = Sentence();
                m_open = true;
            }
            sentence.tokens.append(line.fields[std::size_t(m_layout.tokenColumn - 1)]);
            sentence.tags.append(line.fields[std::size_t(m_layout.tagColumn - 1)]);
            sentence.lines.append(line.number);
            break;
        case ConllLineKind::Skipped:
            break;
        }
        if (ended) {
            m_open = false;
            return true;
        }
    }
    const bool ended = m_open;
    m_open = false;
    return ended;
}

template class ConllLayout<QStringView>;
template class ConllLayout<QByteArrayView>;

} // namespace Workbench::Core
