// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "plaintextreader.h"

#include "utf8decoder.h"

#include <QFile>
#include <QFileInfo>
#include <QTextBoundaryFinder>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {

QList<Token> tokenize(const QString &text, const int start, const int end)
{
    QList<Token> tokens;
    const QString sentence = text.mid(start, end - start);
    QTextBoundaryFinder words(QTextBoundaryFinder::Word, sentence);
    qsizetype from = 0;
    for (qsizetype to = words.toNextBoundary(); to >= 0; to = words.toNextBoundary()) {
        const QStringView segment = QStringView(sentence).mid(from, to - from);
        if (!segment.trimmed().isEmpty()) {
            tokens.append(Token{start + int(from), start + int(to)});
        }
        from = to;
    }
    return tokens;
}

} // namespace

std::expected<Document, ParseError> PlainTextReader::read(const QByteArray &bytes, const QString &fileName)
{
    auto decoded = Utf8Decoder::decode(bytes, fileName);
    if (!decoded) {
        return std::unexpected(decoded.error());
    }
    QString text = *decoded;
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');

    QList<Sentence> sentences;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, text);
    qsizetype from = 0;
    qsizetype counted = 0; // newlines before 'counted', kept incrementally for source lines
    int line = 1;
    for (qsizetype to = finder.toNextBoundary(); to >= 0; to = finder.toNextBoundary()) {
        int start = int(from);
        int end = int(to);
        while (start < end && text.at(start).isSpace()) {
            ++start;
        }
        while (end > start && text.at(end - 1).isSpace()) {
            --end;
        }
        from = to;
        if (start == end) {
            continue;
        }
        QList<Token> tokens = tokenize(text, start, end);
        if (!tokens.isEmpty()) {
            line += int(QStringView(text).mid(counted, start - counted).count(u'\n'));
            counted = start;
            sentences.append(Sentence{start, end, tokens, {}, line});
        }
    }
    if (sentences.isEmpty()) {
        return std::unexpected(ParseError{fileName, 0, u"expected text, found none"_s});
    }
    Document document(QFileInfo(fileName).completeBaseName(), text, sentences);
    document.setMetadata(u"source"_s, fileName);
    document.setMetadata(u"offsetUnit"_s, u"utf-16"_s);
    document.setMetadata(u"tokenizer"_s, u"QTextBoundaryFinder (UAX #29 words and sentences)"_s);
    return document;
}

std::expected<Document, ParseError> PlainTextReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::unexpected(ParseError{path, 0, u"cannot open the file: %1"_s.arg(file.errorString())});
    }
    return read(file.readAll(), path);
}

} // namespace Workbench::Core
