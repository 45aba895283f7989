// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "formats/doccanocodec.h"

#include "formats/jsonlines.h"
#include "formats/offsetcodec.h"
#include "formats/textsegmenter.h"

#include <QJsonArray>

#include <algorithm>
#include <climits>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {

struct RawSpan
{
    qint64 start = -1;
    qint64 end = -1;
    QString label;
};

std::optional<RawSpan> rawSpan(const QJsonValue &value)
{
    if (value.isArray()) {
        const QJsonArray triple = value.toArray();
        if (triple.size() == 3 && triple.at(0).isDouble() && triple.at(1).isDouble()
            && triple.at(2).isString()) {
            return RawSpan{
                qint64(triple.at(0).toDouble()), qint64(triple.at(1).toDouble()), triple.at(2).toString()};
        }
        return std::nullopt;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QJsonValue start =
            object.contains(u"start_offset"_s) ? object.value(u"start_offset"_s) : object.value(u"start"_s);
        const QJsonValue end =
            object.contains(u"end_offset"_s) ? object.value(u"end_offset"_s) : object.value(u"end"_s);
        if (start.isDouble() && end.isDouble() && object.value(u"label"_s).isString()) {
            return RawSpan{
                qint64(start.toDouble()), qint64(end.toDouble()), object.value(u"label"_s).toString()};
        }
    }
    return std::nullopt;
}

} // namespace

std::expected<LayerFile, ParseError> DoccanoCodec::read(const QByteArray &bytes, const QString &fileName)
{
    auto lines = JsonLines::parse(bytes, fileName);
    if (!lines) {
        return std::unexpected(lines.error());
    }
    LayerFile file;
    for (const JsonLines::Line &line : std::as_const(*lines)) {
        const auto fail = [&](const QString &message) {
            return std::unexpected(ParseError{fileName, line.number, message});
        };
        if (!line.object.value(u"text"_s).isString()) {
            return fail(u"expected a \"text\" string"_s);
        }
        const QString text = line.object.value(u"text"_s).toString();
        QJsonValue labels = line.object.value(u"label"_s);
        if (labels.isUndefined()) {
            labels = line.object.value(u"labels"_s);
        }
        if (labels.isUndefined()) {
            labels = line.object.value(u"entities"_s);
        }
        if (!labels.isUndefined() && !labels.isArray()) {
            return fail(u"expected \"label\" to be an array of [start, end, \"TYPE\"]"_s);
        }
        const OffsetCodec codec(text);
        QList<Span> spans;
        for (const QJsonValue &value : labels.toArray()) {
            const auto raw = rawSpan(value);
            if (!raw) {
                return fail(
                    u"expected each label as [start, end, \"TYPE\"] or {\"start_offset\", \"end_offset\", "
                    u"\"label\"}"_s);
            }
            const int start = raw->start > INT_MAX ? -1 : codec.toUtf16(int(raw->start));
            const int end = raw->end > INT_MAX ? -1 : codec.toUtf16(int(raw->end));
            if (start < 0 || end < 0 || start >= end) {
                return fail(u"expected 0 <= start < end <= %1 (code points), found [%2, %3)"_s
                                .arg(codec.codePointCount())
                                .arg(raw->start)
                                .arg(raw->end));
            }
            spans.append(Span{start, end, raw->label});
        }
        std::ranges::sort(spans);
        spans.erase(std::unique(spans.begin(), spans.end()), spans.end());
        const QJsonValue id = line.object.value(u"id"_s);
        const QString documentId = id.isString() ? id.toString()
            : id.isDouble()                      ? QString::number(qint64(id.toDouble()))
                                                 : QString::number(line.number);
        Document document(documentId, text, TextSegmenter::segment(text, spans));
        document.setMetadata(u"source"_s, fileName);
        document.setMetadata(u"offsetUnit"_s, u"code points (file), utf-16 (workbench)"_s);
        document.setMetadata(u"tokenizer"_s, u"QTextBoundaryFinder (UAX #29), cut at span boundaries"_s);
        file.documents.append(document);
        file.spans.append(spans);
    }
    return file;
}

QByteArray DoccanoCodec::write(const QList<Document> &documents, const DocumentSpans &spans)
{
    QList<QJsonObject> objects;
    for (qsizetype d = 0; d < documents.size(); ++d) {
        const Document &document = documents.at(d);
        const OffsetCodec codec(document.text());
        QJsonArray labels;
        for (const Span &span : spans.value(d)) {
            labels.append(
                QJsonArray{codec.toCodePoints(span.start), codec.toCodePoints(span.end), span.type});
        }
        objects.append(
            QJsonObject{{u"id"_s, document.id()}, {u"text"_s, document.text()}, {u"label"_s, labels}});
    }
    return JsonLines::write(objects);
}

} // namespace Workbench::Core
