// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "formats/bratcodec.h"

#include "formats/offsetcodec.h"
#include "formats/safefilenames.h"
#include "formats/textsegmenter.h"
#include "formats/utf8decoder.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {

std::expected<QString, ParseError> readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::unexpected(ParseError{path, 0, u"cannot open the file: %1"_s.arg(file.errorString())});
    }
    return Utf8Decoder::decode(file.readAll(), path);
}

std::expected<void, ParseError> writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return std::unexpected(ParseError{path, 0, u"cannot write the file: %1"_s.arg(file.errorString())});
    }
    return {};
}

bool isAsciiDigit(const QChar c)
{
    return c >= u'0' && c <= u'9';
}

//! Whether \a a comes before \a b with their runs of digits read as numbers ("doc9" < "doc10").
bool countingLess(const QString &a, const QString &b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (!isAsciiDigit(a.at(i)) || !isAsciiDigit(b.at(j))) {
            if (a.at(i) != b.at(j)) {
                return a.at(i) < b.at(j);
            }
            ++i;
            ++j;
            continue;
        }
        const auto number = [](const QString &text, qsizetype &at) {
            while (at + 1 < text.size() && text.at(at) == u'0' && isAsciiDigit(text.at(at + 1))) {
                ++at; // leading zeros count for nothing
            }
            const qsizetype first = at;
            while (at < text.size() && isAsciiDigit(text.at(at))) {
                ++at;
            }
            return QStringView(text).mid(first, at - first);
        };
        const QStringView x = number(a, i);
        const QStringView y = number(b, j);
        if (x.size() != y.size()) {
            return x.size() < y.size();
        }
        if (const int order = x.compare(y); order != 0) {
            return order < 0;
        }
    }
    return a.size() - i < b.size() - j;
}

} // namespace

std::expected<LayerFile, ParseError> BratCodec::read(const QString &directory)
{
    const QDir dir(directory);
    if (!dir.exists()) {
        return std::unexpected(
            ParseError{directory, 0, u"expected a brat directory of .txt and .ann files"_s});
    }
    // Regular files only, directly in the directory; links are not followed out of it.
    QStringList texts = dir.entryList({u"*.txt"_s}, QDir::Files | QDir::NoSymLinks, QDir::Name);
    // In the order their names count (doc9 before doc10, as the workbench numbers them).
    std::ranges::stable_sort(texts, countingLess);
    if (texts.isEmpty()) {
        return std::unexpected(
            ParseError{directory, 0, u"expected .txt files in the brat directory, found none"_s});
    }
    static const QRegularExpression textBound(
        u"^T\\S*\\t(\\S+) ([0-9]+ [0-9]+(?:;[0-9]+ [0-9]+)*)\\t(.*)$"_s);
    LayerFile file;
    int otherAnnotations = 0;
    QString firstOther;
    for (const QString &textName : texts) {
        const QString textPath = dir.filePath(textName);
        auto text = readText(textPath);
        if (!text) {
            return std::unexpected(text.error());
        }
        const QString baseName = textName.chopped(4);
        const QString annPath = dir.filePath(baseName + u".ann"_s);
        QList<Span> spans;
        const OffsetCodec codec(*text);
        if (QFileInfo(annPath).isFile()) {
            auto ann = readText(annPath);
            if (!ann) {
                return std::unexpected(ann.error());
            }
            const QStringList lines = ann->split(u'\n');
            for (qsizetype i = 0; i < lines.size(); ++i) {
                QString line = lines.at(i);
                if (line.endsWith(u'\r')) {
                    line.chop(1);
                }
                const int number = int(i) + 1;
                if (line.trimmed().isEmpty()) {
                    continue;
                }
                const QChar kind = line.at(0);
                if (kind != u'T') {
                    if (QStringLiteral("REAMN#*").contains(kind)) {
                        if (otherAnnotations++ == 0) {
                            firstOther = u"%1:%2"_s.arg(annPath).arg(number);
                        }
                        continue;
                    }
                    return std::unexpected(ParseError{
                        annPath, number, u"expected a brat annotation line (T, R, E, A, M, N, # or *)"_s});
                }
                const QRegularExpressionMatch match = textBound.match(line);
                if (!match.hasMatch()) {
                    return std::unexpected(
                        ParseError{annPath, number, u"expected 'T<n><TAB>TYPE START END<TAB>text'"_s});
                }
                const QStringList fragments = match.captured(2).split(u';');
                if (fragments.size() > 1) {
                    file.loss.add({u"discontinuous"_s, baseName, number,
                        u"%1 '%2' has %3 fragments"_s.arg(match.captured(1), match.captured(3))
                            .arg(fragments.size())});
                    continue;
                }
                const QStringList offsets = fragments.first().split(u' ');
                const int start = codec.toUtf16(offsets.at(0).toInt());
                const int end = codec.toUtf16(offsets.at(1).toInt());
                if (start < 0 || end < 0 || start >= end) {
                    return std::unexpected(ParseError{annPath, number,
                        u"expected 0 <= START < END <= %1 (code points of %2)"_s.arg(codec.codePointCount())
                            .arg(textName)});
                }
                QString surface = text->mid(start, end - start);
                surface.replace(u'\n', u' '); // brat writes a line break in a surface as a space
                if (surface != match.captured(3)) {
                    return std::unexpected(ParseError{annPath, number,
                        u"expected the text '%1' at these offsets of %2, found '%3'"_s.arg(
                            match.captured(3), textName, surface)});
                }
                spans.append(Span{start, end, match.captured(1)});
            }
        }
        std::ranges::sort(spans);
        spans.erase(std::unique(spans.begin(), spans.end()), spans.end());
        Document document(baseName, *text, TextSegmenter::segment(*text, spans));
        document.setMetadata(u"source"_s, textPath);
        document.setMetadata(u"tokenizer"_s, u"QTextBoundaryFinder (UAX #29), cut at span boundaries"_s);
        file.documents.append(document);
        file.spans.append(spans);
    }
    if (otherAnnotations > 0) {
        file.warnings.append(
            u"%1: warning: %2 relation, event, attribute or note lines are not span annotations and were skipped"_s
                .arg(firstOther)
                .arg(otherAnnotations));
    }
    return file;
}

std::expected<void, ParseError> BratCodec::write(
    const QString &directory, const QList<Document> &documents, const DocumentSpans &spans)
{
    if (!QDir().mkpath(directory)) {
        return std::unexpected(ParseError{directory, 0, u"cannot create the directory"_s});
    }
    const QDir dir(directory);
    SafeFileNames names;
    QSet<QString> types;
    for (qsizetype d = 0; d < documents.size(); ++d) {
        const Document &document = documents.at(d);
        const QString unique = names.take(document.id());
        const OffsetCodec codec(document.text());
        QString ann;
        int n = 0;
        for (const Span &span : spans.value(d)) {
            types.insert(span.type);
            ann += u"T%1\t%2 %3 %4\t%5\n"_s.arg(++n)
                       .arg(span.type)
                       .arg(codec.toCodePoints(span.start))
                       .arg(codec.toCodePoints(span.end))
                       .arg(document.text().mid(span.start, span.end - span.start).replace(u'\n', u' '));
        }
        if (auto ok = writeFile(dir.filePath(unique + u".txt"_s), document.text().toUtf8()); !ok) {
            return ok;
        }
        if (auto ok = writeFile(dir.filePath(unique + u".ann"_s), ann.toUtf8()); !ok) {
            return ok;
        }
    }
    QStringList sorted(types.cbegin(), types.cend());
    std::ranges::sort(sorted);
    const QString conf =
        u"[entities]\n"_s + sorted.join(u'\n') + u"\n\n[relations]\n\n[events]\n\n[attributes]\n"_s;
    return writeFile(dir.filePath(u"annotation.conf"_s), conf.toUtf8());
}

} // namespace Workbench::Core
