// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "formats/conllreader.h"

#include "base/tagcodec.h"
#include "formats/conlllayout.h"
#include "formats/utf8decoder.h"

#include <QFile>
#include <QHash>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {

using Layout = ConllLayout<QStringView>;

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

    void addToken(const int lineNumber, const QStringView token, const QStringView tag)
    {
        if (m_tokens.isEmpty()) {
            m_firstLine = lineNumber;
        }
        m_tokens.append(token);
        // A file has a handful of distinct tags: each is one shared string, not one per token.
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

} // namespace

std::expected<ConllData, ParseError> ConllReader::read(
    const QByteArray &bytes, const QString &fileName, const Options &options)
{
    auto decoded = Utf8Decoder::decode(bytes, fileName);
    if (!decoded) {
        return std::unexpected(decoded.error());
    }
    const QString &content = *decoded;
    auto scanned = Layout::scan(content, fileName, options.tagColumn);
    if (!scanned) {
        return std::unexpected(scanned.error());
    }
    const Layout &layout = *scanned;

    ConllData data;
    data.columnCount = layout.columnCount;
    data.tokenColumn = layout.tokenColumn;
    data.tagColumn = layout.tagColumn;
    data.hasDocumentMarkers = layout.hasDocumentMarkers;
    Builder builder(fileName, data);
    Layout::Sentence sentence;
    for (Layout::SentenceWalker walker(layout, content); walker.next(sentence);) {
        if (sentence.startsDocument) {
            builder.startDocument(sentence.documentId.toString());
        }
        if (sentence.hasText) {
            builder.setSentenceText(sentence.text.toString());
        }
        if (sentence.hasId) {
            builder.setSentenceId(sentence.id.toString());
        }
        for (qsizetype t = 0; t < sentence.tokens.size(); ++t) {
            builder.addToken(sentence.lines.at(t), sentence.tokens.at(t), sentence.tags.at(t));
        }
        builder.endSentence();
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
