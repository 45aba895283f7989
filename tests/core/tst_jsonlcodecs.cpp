// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
// doccano and Prodigy JSONL: the two JSONL codecs, read and written, with their quirks.
#include "formats/annotationformat.h"
#include "formats/doccanocodec.h"
#include "formats/prodigycodec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;

namespace {

QString spanText(const LayerFile &file, qsizetype d, qsizetype s)
{
    const Span &span = file.spans.at(d).at(s);
    return file.documents.at(d).text().mid(span.start, span.end - span.start);
}

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(WORKBENCH_TEST_DATA) + u'/' + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestJsonlCodecs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatIsTold_byTheFirstRecord()
    {
        const QString data = QStringLiteral(WORKBENCH_TEST_DATA);
        QCOMPARE(jsonLinesFormat(data + u"/doccano-forms.jsonl"_s), AnnotationFormat::Doccano);
        QCOMPARE(jsonLinesFormat(data + u"/prodigy-tasks.jsonl"_s), AnnotationFormat::Prodigy);
        QCOMPARE(annotationFormatForPath(data + u"/prodigy-tasks.jsonl"_s), AnnotationFormat::Prodigy);
        QTemporaryDir dir;
        QFile other(dir.filePath(u"other.jsonl"_s));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("\n{\"sentence\": \"no text field\"}\n");
        other.close();
        QCOMPARE(jsonLinesFormat(other.fileName()), std::nullopt);
        QCOMPARE(jsonLinesFormat(dir.filePath(u"missing.jsonl"_s)), std::nullopt);
    }

    void doccano_readsEveryForm()
    {
        const QByteArray bytes = fixture(u"doccano-forms.jsonl"_s);
        const auto file = DoccanoCodec::read(bytes, u"d.jsonl"_s);
        QVERIFY2(file.has_value(), file ? "" : qPrintable(file.error().toString()));
        QCOMPARE(file->documents.size(), 5);
        QCOMPARE(file->documents.at(0).id(), u"7"_s);
        QCOMPARE(file->documents.at(1).id(), u"x"_s);
        QCOMPARE(file->documents.at(2).id(), u"4"_s); // the line number
        QCOMPARE(spanText(*file, 0, 1), u"Bob"_s);
        QCOMPARE(spanText(*file, 1, 0), u"Paris"_s);
        QCOMPARE(spanText(*file, 2, 0), u"Kyiv"_s);
        QCOMPARE(file->spans.at(3).first().type, u"ORG"_s);
        QVERIFY(file->spans.at(4).isEmpty());
    }

    void doccano_codePointOffsets_roundTrip()
    {
        // Offsets count code points: the emoji is one, so "Café" starts at 2.
        const QByteArray bytes =
            "{\"text\": \"\xF0\x9F\x98\x80 Cafe\xCC\x81 ok\", \"label\": [[2, 7, \"LOC\"]]}\n"_ba;
        const auto file = DoccanoCodec::read(bytes, u"e.jsonl"_s);
        QVERIFY(file.has_value());
        QCOMPARE(spanText(*file, 0, 0), u"Cafe\u0301"_s);
        QCOMPARE(file->spans.at(0).first().start, 3);
        const QByteArray written = DoccanoCodec::write(file->documents, file->spans);
        const QJsonObject object = QJsonDocument::fromJson(written.trimmed()).object();
        QCOMPARE(object.value(u"label"_s).toArray().at(0).toArray(), (QJsonArray{2, 7, u"LOC"_s}));
        const auto again = DoccanoCodec::read(written, u"w.jsonl"_s);
        QVERIFY(again.has_value());
        QCOMPARE(again->spans, file->spans);
        QCOMPARE(again->documents.first().text(), file->documents.first().text());
    }

    void doccano_spanCutsTokens()
    {
        // "Obama's" is one UAX #29 word; the span boundary cuts it so the span covers whole tokens.
        const auto file =
            DoccanoCodec::read("{\"text\": \"Obama's dog\", \"label\": [[0, 5, \"PER\"]]}"_ba, u"c.jsonl"_s);
        QVERIFY(file.has_value());
        const Document &document = file->documents.first();
        QCOMPARE(document.tokenText(document.sentences().first().tokens.first()), u"Obama"_s);
    }

    void doccano_errors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("not json") << "{\"text\": \"a\"}\n{oops\n"_ba << 2 << u"invalid JSON"_s;
        QTest::newRow("array line") << "[1, 2]\n"_ba << 1 << u"JSON object"_s;
        QTest::newRow("no text") << "{\"label\": []}\n"_ba << 1 << u"\"text\""_s;
        QTest::newRow("offset past end")
            << "{\"text\": \"ab\", \"label\": [[0, 3, \"X\"]]}\n"_ba << 1 << u"<= 2"_s;
        QTest::newRow("bad label form")
            << "{\"text\": \"ab\", \"label\": [[0, \"X\"]]}\n"_ba << 1 << u"[start, end"_s;
        QTest::newRow("empty") << "\n\n"_ba << 0 << u"found none"_s;
    }
    void doccano_errors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(QString, fragment);
        const auto file = DoccanoCodec::read(bytes, u"bad.jsonl"_s);
        QVERIFY(!file.has_value());
        QCOMPARE(file.error().line, line);
        QVERIFY2(file.error().message.contains(fragment), qPrintable(file.error().message));
    }

    void prodigy_tokensSpansAndAnswers()
    {
        const QByteArray bytes = fixture(u"prodigy-tasks.jsonl"_s);
        const auto file = ProdigyCodec::read(bytes, u"p.jsonl"_s);
        QVERIFY2(file.has_value(), file ? "" : qPrintable(file.error().toString()));
        QCOMPARE(file->documents.size(), 2);
        QCOMPARE(file->documents.at(0).id(), u"t1"_s);
        QCOMPARE(file->documents.at(0).tokenCount(), 3);
        QCOMPARE(spanText(*file, 0, 0), u"Apple Inc."_s);
        QCOMPARE(spanText(*file, 1, 0), u"Berlin"_s);
        QCOMPARE(file->warnings.size(), 1);
        QVERIFY(file->warnings.first().startsWith(u"p.jsonl:2: warning: 1 tasks"_s));

        const ProdigyCodec::Output out = ProdigyCodec::write(file->documents, file->spans);
        QVERIFY(out.loss.isEmpty());
        const QJsonObject first = QJsonDocument::fromJson(out.bytes.split('\n').first()).object();
        const QJsonObject span = first.value(u"spans"_s).toArray().first().toObject();
        QCOMPARE(span.value(u"token_start"_s).toInt(), 1);
        QCOMPARE(span.value(u"token_end"_s).toInt(), 2); // inclusive
        QCOMPARE(first.value(u"tokens"_s).toArray().at(2).toObject().value(u"ws"_s).toBool(), false);
        QCOMPARE(first.value(u"answer"_s).toString(), u"accept"_s);
        const auto again = ProdigyCodec::read(out.bytes, u"w.jsonl"_s);
        QVERIFY(again.has_value());
        QCOMPARE(again->spans, file->spans);
    }

    void prodigy_spanOffTokens_isReportedOnWrite()
    {
        Document document(u"d"_s, u"Hello world"_s, {Sentence{0, 11, {{0, 5}, {6, 11}}, {}, 1}});
        const ProdigyCodec::Output out = ProdigyCodec::write({document}, {{{1, 5, u"X"_s}}});
        QCOMPARE(out.loss.count(u"endpoint-inside-token"_s), 1);
        QVERIFY(out.bytes.contains("\"start\":1"));
    }

    void prodigy_errors()
    {
        const auto badToken = ProdigyCodec::read(
            "{\"text\": \"ab\", \"tokens\": [{\"start\": 1, \"end\": 2}, {\"start\": 0, \"end\": 1}]}"_ba,
            u"p.jsonl"_s);
        QVERIFY(!badToken.has_value());
        QVERIFY(badToken.error().message.contains(u"tokens in order"_s));
        const auto badSpan = ProdigyCodec::read(
            "{\"text\": \"ab\", \"spans\": [{\"start\": 1, \"end\": 1, \"label\": \"X\"}]}"_ba, u"p.jsonl"_s);
        QVERIFY(!badSpan.has_value());
        QCOMPARE(badSpan.error().line, 1);
    }
};

QTEST_APPLESS_MAIN(TestJsonlCodecs)
#include "tst_jsonlcodecs.moc"
