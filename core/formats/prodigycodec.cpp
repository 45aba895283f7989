// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "formats/prodigycodec.h"

#include "formats/jsonlines.h"
#include "formats/offsetcodec.h"
#include "formats/textsegmenter.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

std::expected<LayerFile, ParseError> ProdigyCodec::read(const QByteArray &bytes, const QString &fileName)
{
    auto lines = JsonLines::parse(bytes, fileName);
    if (!lines) {
        return std::unexpected(lines.error());
    }
    LayerFile file;
    int skipped = 0;
    int firstSkippedLine = 0;
    for (const JsonLines::Line &line : std::as_const(*lines)) {
        const auto fail = [&](const QString &message) {
            return std::unexpected(ParseError{fileName, line.number, message});
        };
        const QJsonObject &task = line.object;
        if (!task.value(u"text"_s).isString()) {
            return fail(u"expected a \"text\" string"_s);
        }
        const QString answer = task.value(u"answer"_s).toString();
        if (answer == u"reject" || answer == u"ignore") {
            if (skipped++ == 0) {
                firstSkippedLine = line.number;
            }
            continue;
        }
        const QString text = task.value(u"text"_s).toString();
        const OffsetCodec codec(text);
        const auto offset = [&codec](const QJsonValue &value) {
            return value.isDouble() && value.toDouble() <= double(codec.codePointCount())
                ? codec.toUtf16(int(value.toDouble()))
                : -1;
        };
        QList<Span> spans;
        for (const QJsonValue &value : task.value(u"spans"_s).toArray()) {
            const QJsonObject span = value.toObject();
            const int start = offset(span.value(u"start"_s));
            const int end = offset(span.value(u"end"_s));
            if (start < 0 || end <= start || !span.value(u"label"_s).isString()) {
                return fail(
                    u"expected each span as {\"start\", \"end\", \"label\"} with 0 <= start < end <= %1"_s
                        .arg(codec.codePointCount()));
            }
            spans.append(Span{start, end, span.value(u"label"_s).toString()});
        }
        std::ranges::sort(spans);
        spans.erase(std::unique(spans.begin(), spans.end()), spans.end());

        QList<Sentence> sentences;
        const QJsonArray tokens = task.value(u"tokens"_s).toArray();
        if (!tokens.isEmpty()) {
            Sentence sentence;
            sentence.sourceLine = line.number;
            for (const QJsonValue &value : tokens) {
                const QJsonObject token = value.toObject();
                const int start = offset(token.value(u"start"_s));
                const int end = offset(token.value(u"end"_s));
                const int previousEnd = sentence.tokens.isEmpty() ? 0 : sentence.tokens.last().end;
                if (start < previousEnd || end <= start) {
                    return fail(u"expected tokens in order with 0 <= start < end <= %1"_s.arg(
                        codec.codePointCount()));
                }
                sentence.tokens.append(Token{start, end});
            }
            sentence.start = sentence.tokens.first().start;
            sentence.end = sentence.tokens.last().end;
            sentences.append(sentence);
        } else {
            sentences = TextSegmenter::segment(text, spans);
        }
        const QJsonValue id = task.value(u"meta"_s).toObject().value(u"id"_s);
        const QString documentId = id.isString() ? id.toString()
            : id.isDouble()                      ? QString::number(qint64(id.toDouble()))
                                                 : QString::number(line.number);
        Document document(documentId, text, sentences);
        document.setMetadata(u"source"_s, fileName);
        document.setMetadata(
            u"tokenizer"_s, tokens.isEmpty() ? u"QTextBoundaryFinder (UAX #29)"_s : u"Prodigy"_s);
        file.documents.append(document);
        file.spans.append(spans);
    }
    if (skipped > 0) {
        file.warnings.append(
            u"%1:%2: warning: %3 tasks answered reject or ignore were skipped"_s.arg(fileName)
                .arg(firstSkippedLine)
                .arg(skipped));
    }
    return file;
}

ProdigyCodec::Output ProdigyCodec::write(const QList<Document> &documents, const DocumentSpans &spans)
{
    Output output;
    QList<QJsonObject> objects;
    for (qsizetype d = 0; d < documents.size(); ++d) {
        const Document &document = documents.at(d);
        const OffsetCodec codec(document.text());
        QList<Token> tokens;
        for (const Sentence &sentence : document.sentences()) {
            tokens.append(sentence.tokens);
        }
        QJsonArray tokenArray;
        for (qsizetype t = 0; t < tokens.size(); ++t) {
            const Token &token = tokens.at(t);
            const int next = t + 1 < tokens.size() ? tokens.at(t + 1).start : int(document.text().size());
            tokenArray.append(QJsonObject{{u"text"_s, document.tokenText(token).toString()},
                {u"start"_s, codec.toCodePoints(token.start)}, {u"end"_s, codec.toCodePoints(token.end)},
                {u"id"_s, t}, {u"ws"_s, next > token.end}});
        }
        QJsonArray spanArray;
        for (const Span &span : spans.value(d)) {
            const auto first =
                std::ranges::find_if(tokens, [&span](const Token &t) { return t.end > span.start; });
            const auto last =
                std::ranges::find_if(tokens, [&span](const Token &t) { return t.end >= span.end; });
            QJsonObject object{{u"start"_s, codec.toCodePoints(span.start)},
                {u"end"_s, codec.toCodePoints(span.end)}, {u"label"_s, span.type}};
            if (first != tokens.end() && last != tokens.end() && first->start == span.start
                && last->end == span.end) {
                object.insert(u"token_start"_s, std::distance(tokens.begin(), first));
                object.insert(u"token_end"_s, std::distance(tokens.begin(), last)); // inclusive
            } else {
                output.loss.add({u"endpoint-inside-token"_s, document.id(), 0,
                    u"%1 '%2': written without token indices"_s.arg(
                        span.type, document.text().mid(span.start, span.end - span.start))});
            }
            spanArray.append(object);
        }
        objects.append(
            QJsonObject{{u"text"_s, document.text()}, {u"tokens"_s, tokenArray}, {u"spans"_s, spanArray},
                {u"answer"_s, u"accept"_s}, {u"meta"_s, QJsonObject{{u"id"_s, document.id()}}}});
    }
    output.bytes = JsonLines::write(objects);
    return output;
}

} // namespace Workbench::Core
