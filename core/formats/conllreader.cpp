// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "conllreader.h"

#include "tagcodec.h"
#include "utf8decoder.h"

#include <QFile>
#include <QHash>

#include <optional>
#include <span>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {

constexpr int minColumns = 2;
constexpr int maxColumns = 10;
const QString expectedTag = u"a tag (O, B-TYPE, I-TYPE, E-TYPE or S-TYPE)"_s;

enum class LineKind { Blank, DocStart, Comment, Data, Skipped };

// The fields of every line live in one flat array (a million-token file has a million lines:
// one allocation per line would cost more than the rest of the parse).
using Fields = std::span<const QStringView>;

struct Line
{
    int number = 0;
    QStringView text;
    LineKind kind = LineKind::Blank;
    qsizetype firstField = 0; //!< into the flat field array
    int fieldCount = 0;
};

// Tab-separated when the line has a tab (fields trimmed, empty ones kept), else split on spaces.
void splitFields(const QStringView line, QList<QStringView> &fields)
{
    const bool tabs = line.contains(u'\t');
    const QChar separator = tabs ? u'\t' : u' ';
    qsizetype start = 0;
    while (start <= line.size()) {
        qsizetype end = line.indexOf(separator, start);
        if (end < 0) {
            end = line.size();
        }
        const QStringView field = line.mid(start, end - start);
        if (tabs) {
            fields.append(field.trimmed());
        } else if (!field.isEmpty()) {
            fields.append(field);
        }
        start = end + 1;
    }
}

bool isDocStart(const Fields fields)
{
    return !fields.empty() && fields.front() == u"-DOCSTART-";
}

bool isUnsignedInteger(const QStringView text)
{
    if (text.isEmpty()) {
        return false;
    }
    for (const QChar c : text) {
        if (!c.isDigit()) {
            return false;
        }
    }
    return true;
}

// CoNLL-U multiword ranges ("1-2") and empty nodes ("3.1") carry no token of their own.
bool isConlluRangeOrEmptyNode(const QStringView id)
{
    qsizetype sep = id.indexOf(u'-');
    if (sep < 0) {
        sep = id.indexOf(u'.');
    }
    return sep > 0 && isUnsignedInteger(id.left(sep)) && isUnsignedInteger(id.mid(sep + 1));
}

// A line starting with '#' is data when it has the file's column count, is not a "key = value"
// comment, and holds a tag: "# O" in a space-separated file is the token '#'.
bool hashLineIsData(const Fields fields, const int columnCount, const int tagColumn)
{
    if (qsizetype(fields.size()) != columnCount) {
        return false;
    }
    if (fields.size() > 1 && (fields[1] == u"=" || fields[1].endsWith(u'='))) {
        return false;
    }
    if (fields.size() > 2 && fields[2] == u"=") {
        return false;
    }
    if (tagColumn > 0) {
        return TagCodec::isTag(fields[tagColumn - 1]);
    }
    for (std::size_t i = 1; i < fields.size(); ++i) {
        if (TagCodec::isTag(fields[i])) {
            return true;
        }
    }
    return false;
}

struct CommentValue
{
    QString key;
    QString value;
};

// "# key = value" or "# newdoc" (the value may be absent).
CommentValue parseComment(const QStringView text)
{
    QStringView body = text.mid(1).trimmed();
    const qsizetype eq = body.indexOf(u'=');
    if (eq < 0) {
        return {body.toString(), {}};
    }
    return {body.left(eq).trimmed().toString(), body.mid(eq + 1).trimmed().toString()};
}

class Builder
{
public:
    Builder(const QString &fileName, ConllData &data)
        : m_fileName(fileName)
        , m_data(data)
    {
        m_metadata.insert(u"source"_s, m_fileName);
        m_metadata.insert(u"offsetUnit"_s, u"utf-16"_s);
        m_metadata.insert(u"tokenizer"_s, u"pre-tokenized (CoNLL)"_s);
    }

    void addToken(const int lineNumber, const Fields fields)
    {
        if (m_tokens.isEmpty()) {
            m_firstLine = lineNumber;
        }
        m_tokens.append(fields[m_data.tokenColumn - 1]);
        // A file has a handful of distinct tags: each is one shared string, not one per token.
        const QStringView tag = fields[m_data.tagColumn - 1];
        auto interned = m_tagNames.constFind(tag);
        if (interned == m_tagNames.cend()) {
            interned = m_tagNames.insert(tag, tag.toString());
        }
        m_tags.append(*interned);
    }

    void setSentenceText(const QString &text) { m_sentenceText = text; }
    void setSentenceId(const QString &id) { m_sentenceId = id; }

    void endSentence()
    {
        if (m_tokens.isEmpty()) {
            m_sentenceText.reset();
            m_sentenceId.clear();
            return;
        }
        QString text;
        QList<Token> tokens;
        if (m_sentenceText && locateTokens(*m_sentenceText, tokens)) {
            text = *m_sentenceText;
        } else {
            if (m_sentenceText) {
                m_data.warnings.append(u"%1:%2: warning: the tokens do not match the '# text' comment; "
                                       u"the sentence text is rebuilt from the tokens"_s.arg(m_fileName)
                                           .arg(m_firstLine));
            }
            tokens.clear();
            tokens.reserve(m_tokens.size());
            qsizetype length = m_tokens.size();
            for (const QStringView token : std::as_const(m_tokens)) {
                length += token.size();
            }
            text.reserve(length);
            for (const QStringView token : std::as_const(m_tokens)) {
                if (!text.isEmpty()) {
                    text += u' ';
                }
                tokens.append(Token{int(text.size()), int(text.size() + token.size())});
                text += token;
            }
        }
        if (!m_docText.isEmpty()) {
            m_docText += u'\n';
        }
        const int offset = int(m_docText.size());
        for (Token &token : tokens) {
            token.start += offset;
            token.end += offset;
        }
        m_docText += text;

        QList<Span> &spans = m_docSpans;
        for (const TokenChunk &chunk : TagCodec::decode(m_tags)) {
            spans.append(Span{tokens.at(chunk.begin).start, tokens.at(chunk.end - 1).end, chunk.type});
        }
        m_sentences.append(Sentence{offset, offset + int(text.size()), tokens, m_sentenceId, m_firstLine});
        const qsizetype sentenceLength = m_tokens.size();
        m_data.tags.append(std::move(m_tags));
        m_tags = QStringList();
        m_tags.reserve(sentenceLength); // the next sentence is likely as long
        m_tokens.clear();
        m_sentenceText.reset();
        m_sentenceId.clear();
        if (!m_data.hasDocumentMarkers) {
            flushDocument(); // without markers each sentence is a document
        }
    }

    void startDocument(const QString &id)
    {
        endDocument();
        m_documentId = id;
    }

    void endDocument()
    {
        endSentence();
        flushDocument();
    }

private:
    void flushDocument()
    {
        if (m_sentences.isEmpty()) {
            return;
        }
        QString id = m_documentId;
        if (id.isEmpty() && !m_data.hasDocumentMarkers) {
            id = m_sentences.first().id;
        }
        if (id.isEmpty()) {
            id = QString::number(m_data.documents.size() + 1);
        }
        Document document(id, m_docText, m_sentences);
        document.setMetadata(m_metadata);
        std::ranges::sort(m_docSpans);
        m_data.documents.append(document);
        m_data.spans.append(m_docSpans);
        m_docText.clear();
        m_sentences.clear();
        m_docSpans.clear();
        m_documentId.clear();
    }

    // Finds each token in \a text in order, skipping only whitespace between them.
    bool locateTokens(const QString &text, QList<Token> &tokens) const
    {
        qsizetype cursor = 0;
        for (const QStringView token : std::as_const(m_tokens)) {
            while (cursor < text.size() && text.at(cursor).isSpace()) {
                ++cursor;
            }
            if (!QStringView(text).mid(cursor).startsWith(token)) {
                return false;
            }
            tokens.append(Token{int(cursor), int(cursor + token.size())});
            cursor += token.size();
        }
        return true;
    }

    const QString &m_fileName;
    ConllData &m_data;
    QList<QStringView> m_tokens;
    QStringList m_tags;
    int m_firstLine = 0;
    std::optional<QString> m_sentenceText;
    QString m_sentenceId;
    QString m_documentId;
    QString m_docText;
    QList<Sentence> m_sentences;
    QList<Span> m_docSpans;
    QHash<QStringView, QString> m_tagNames;
    QMap<QString, QString> m_metadata; //!< the same for every document: shared, not copied
};

std::expected<int, ParseError> detectTagColumn(const QList<Line> &lines, const QList<QStringView> &fieldStore,
    const ConllData &data, const QString &fileName)
{
    const auto fieldsOf = [&fieldStore](const Line &line) {
        return Fields(fieldStore.constData() + line.firstField, std::size_t(line.fieldCount));
    };
    int detected = 0;
    for (int column = data.columnCount; column >= 1; --column) {
        if (column == data.tokenColumn) {
            continue;
        }
        bool allTags = true;
        for (const Line &line : lines) {
            if (line.kind == LineKind::Data && !TagCodec::isTag(fieldsOf(line)[column - 1])) {
                allTags = false;
                break;
            }
        }
        if (allTags) {
            detected = column;
            break;
        }
    }
    if (detected > 0) {
        return detected;
    }
    // Name the first value that keeps the last column from being the tag column.
    for (const Line &line : lines) {
        if (line.kind == LineKind::Data && !TagCodec::isTag(fieldsOf(line).back())) {
            return std::unexpected(ParseError{fileName, line.number,
                u"expected %1 in column %2, found '%3' (no column holds only tags; name the tag column)"_s
                    .arg(expectedTag)
                    .arg(data.columnCount)
                    .arg(fieldsOf(line).back())});
        }
    }
    return std::unexpected(ParseError{fileName, 0, u"no column holds only tags"_s});
}

} // namespace

std::expected<ConllData, ParseError> ConllReader::read(
    const QByteArray &bytes, const QString &fileName, const Options &options)
{
    auto decoded = Utf8Decoder::decode(bytes, fileName);
    if (!decoded) {
        return std::unexpected(decoded.error());
    }
    const QString &content = *decoded;

    // Pass 1: lines, fields, and the column count of the first plain data line.
    QList<Line> lines;
    QList<QStringView> fieldStore;
    const auto fieldsOf = [&fieldStore](const Line &line) {
        return Fields(fieldStore.constData() + line.firstField, std::size_t(line.fieldCount));
    };
    int columnCount = 0;
    int columnLine = 0;
    {
        const qsizetype estimatedLines = content.count(u'\n') + 1;
        lines.reserve(estimatedLines);
        fieldStore.reserve(estimatedLines * 2);
        int number = 0;
        const QStringView all(content);
        for (qsizetype start = 0; start <= all.size();) {
            qsizetype end = all.indexOf(u'\n', start);
            if (end < 0) {
                end = all.size();
            }
            QStringView text = all.mid(start, end - start);
            start = end + 1;
            ++number;
            if (text.endsWith(u'\r')) {
                text.chop(1);
            }
            Line line{number, text, LineKind::Blank, fieldStore.size(), 0};
            const QStringView trimmed = text.trimmed();
            if (!trimmed.isEmpty()) {
                splitFields(trimmed, fieldStore);
                line.fieldCount = int(fieldStore.size() - line.firstField);
                line.kind = isDocStart(fieldsOf(line)) ? LineKind::DocStart
                    : text.startsWith(u'#')            ? LineKind::Comment
                                                       : LineKind::Data;
                if (line.kind == LineKind::Data && columnCount == 0) {
                    columnCount = line.fieldCount;
                    columnLine = number;
                }
            }
            lines.append(line);
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
    if (options.tagColumn < 0 || options.tagColumn > columnCount) {
        return std::unexpected(ParseError{fileName, columnLine,
            u"tag column %1 requested, but the file has %2 columns"_s.arg(options.tagColumn)
                .arg(columnCount)});
    }

    // Pass 2: '#' lines that are tokens, CoNLL-U ranges, and a consistent column count.
    bool firstColumnIsIndex = columnCount >= 3;
    for (Line &line : lines) {
        const Fields fields = fieldsOf(line);
        if (line.kind == LineKind::Comment && hashLineIsData(fields, columnCount, options.tagColumn)) {
            line.kind = LineKind::Data;
        }
        if (line.kind != LineKind::Data) {
            continue;
        }
        if (columnCount == maxColumns && isConlluRangeOrEmptyNode(fields.front())) {
            line.kind = LineKind::Skipped;
            continue;
        }
        if (line.fieldCount != columnCount) {
            return std::unexpected(ParseError{fileName, line.number,
                u"expected %1 columns as on line %2, found %3"_s.arg(columnCount)
                    .arg(columnLine)
                    .arg(line.fieldCount)});
        }
        for (std::size_t i = 0; i < fields.size(); ++i) {
            if (fields[i].isEmpty()) {
                return std::unexpected(ParseError{
                    fileName, line.number, u"expected a value in column %1, found it empty"_s.arg(i + 1)});
            }
        }
        firstColumnIsIndex = firstColumnIsIndex && isUnsignedInteger(fields.front());
    }

    ConllData data;
    data.columnCount = columnCount;
    data.tokenColumn = firstColumnIsIndex ? 2 : 1;
    if (options.tagColumn > 0) {
        data.tagColumn = options.tagColumn;
        for (const Line &line : std::as_const(lines)) {
            if (line.kind == LineKind::Data && !TagCodec::isTag(fieldsOf(line)[data.tagColumn - 1])) {
                return std::unexpected(ParseError{fileName, line.number,
                    u"expected %1 in column %2, found '%3'"_s.arg(expectedTag)
                        .arg(data.tagColumn)
                        .arg(fieldsOf(line)[data.tagColumn - 1])});
            }
        }
        if (data.tagColumn == data.tokenColumn) {
            data.tokenColumn = data.tagColumn == 1 ? 2 : 1;
        }
    } else {
        auto column = detectTagColumn(lines, fieldStore, data, fileName);
        if (!column) {
            return std::unexpected(column.error());
        }
        data.tagColumn = *column;
    }

    for (const Line &line : std::as_const(lines)) {
        if (line.kind == LineKind::DocStart
            || (line.kind == LineKind::Comment && parseComment(line.text).key.startsWith(u"newdoc"))) {
            data.hasDocumentMarkers = true;
            break;
        }
    }

    // Pass 3: sentences and documents.
    Builder builder(fileName, data);
    bool sentenceOpen = false;
    for (const Line &line : std::as_const(lines)) {
        switch (line.kind) {
        case LineKind::Blank:
            builder.endSentence();
            sentenceOpen = false;
            break;
        case LineKind::DocStart:
            builder.startDocument({});
            sentenceOpen = false;
            break;
        case LineKind::Comment: {
            if (sentenceOpen) { // a comment after tokens begins the next sentence
                builder.endSentence();
                sentenceOpen = false;
            }
            const CommentValue comment = parseComment(line.text);
            if (comment.key.startsWith(u"newdoc")) {
                builder.startDocument(comment.value);
            } else if (comment.key == u"text") {
                builder.setSentenceText(comment.value);
            } else if (comment.key == u"sent_id") {
                builder.setSentenceId(comment.value);
            }
            break;
        }
        case LineKind::Data:
            builder.addToken(line.number, fieldsOf(line));
            sentenceOpen = true;
            break;
        case LineKind::Skipped:
            break;
        }
    }
    builder.endDocument();
    data.scheme = TagCodec::detect(data.tags);
    return data;
}

std::expected<ConllData, ParseError> ConllReader::readFile(const QString &path, const Options &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::unexpected(ParseError{path, 0, u"cannot open the file: %1"_s.arg(file.errorString())});
    }
    return read(file.readAll(), path, options);
}

} // namespace Workbench::Core
