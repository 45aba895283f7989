// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "formats/plaintextreader.h"

#include "formats/textsegmenter.h"
#include "formats/utf8decoder.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

std::expected<Document, ParseError> PlainTextReader::read(const QByteArray &bytes, const QString &fileName)
{
    auto decoded = Utf8Decoder::decode(bytes, fileName);
    if (!decoded) {
        return std::unexpected(decoded.error());
    }
    QString text = *decoded;
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');

    const QList<Sentence> sentences = TextSegmenter::segment(text);
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
