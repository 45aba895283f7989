// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "base/tagcodec.h"
#include "formats/conllreader.h"
#include "formats/conllwriter.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;

class TestConllWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_sharedData_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<TagScheme>("scheme");
        QTest::addColumn<bool>("docstart");
        for (const char *path : {"wnut17/emerging.test.annotated", "uner-en-ewt/en_ewt-ud-dev.iob2"}) {
            QTest::addRow("%s iob2", path) << QString::fromLatin1(path) << TagScheme::Iob2 << false;
            QTest::addRow("%s iob1", path) << QString::fromLatin1(path) << TagScheme::Iob1 << true;
            QTest::addRow("%s bioes", path) << QString::fromLatin1(path) << TagScheme::Bioes << true;
        }
    }
    void roundTrip_sharedData()
    {
        QFETCH(QString, path);
        QFETCH(TagScheme, scheme);
        QFETCH(bool, docstart);
        const auto original = ConllReader::readFile(QStringLiteral(WORKBENCH_SHARED_DATA) + u'/' + path, {});
        QVERIFY(original.has_value());
        const ConllWriter::Output out = ConllWriter::write(
            original->documents, original->spans, {.scheme = scheme, .docstart = docstart});
        QVERIFY(out.loss.isEmpty());
        const auto reread = ConllReader::read(out.bytes, u"written.conll"_s, {});
        QVERIFY2(reread.has_value(), reread ? "" : qPrintable(reread.error().toString()));
        QCOMPARE(reread->sentenceCount(), original->sentenceCount());
        QCOMPARE(reread->hasDocumentMarkers, docstart);
        // Spans survive per sentence; compare on token indices, since '# text' spacing is not written.
        const auto chunksOf = [](const QList<QStringList> &all) {
            QList<QList<TokenChunk>> result;
            for (const QStringList &tags : all) {
                result.append(TagCodec::decode(tags));
            }
            return result;
        };
        QCOMPARE(chunksOf(reread->tags), chunksOf(original->tags));
        if (scheme != TagScheme::Iob1) {
            QCOMPARE(reread->scheme, scheme);
        }
        if (scheme == TagScheme::Iob2 && !path.startsWith(u"uner"_s)) {
            // IOB2 in, IOB2 out, same tokens: the written file reproduces the original tags exactly.
            QCOMPARE(reread->tags, original->tags);
            QCOMPARE(reread->spans, original->spans);
            for (qsizetype d = 0; d < original->documents.size(); ++d) {
                QCOMPARE(reread->documents.at(d).text(), original->documents.at(d).text());
            }
        }
    }

    void output_isTokenTabTagWithLf()
    {
        const auto data = ConllReader::read("New B-LOC\nYork I-LOC\nis O\nbig O\n"_ba, u"in"_s, {});
        QVERIFY(data.has_value());
        const auto out =
            ConllWriter::write(data->documents, data->spans, {.scheme = TagScheme::Bioes, .docstart = true});
        QCOMPARE(out.bytes, "-DOCSTART-\tO\n\nNew\tB-LOC\nYork\tE-LOC\nis\tO\nbig\tO\n\n"_ba);
    }

    void overlaps_keepLongestAndReportLoss()
    {
        const auto data = ConllReader::read("New O\nYork O\nCity O\n"_ba, u"in"_s, {});
        QVERIFY(data.has_value());
        // "New York City"/LOC contains "New York"/GPE; "York"/X snaps nothing but overlaps too.
        const DocumentSpans spans{{{0, 8, u"GPE"_s}, {0, 13, u"LOC"_s}, {4, 8, u"X"_s}}};
        const auto out = ConllWriter::write(data->documents, spans, {});
        QCOMPARE(out.bytes, "New\tB-LOC\nYork\tI-LOC\nCity\tI-LOC\n\n"_ba);
        QCOMPARE(out.loss.size(), 2);
        QCOMPARE(out.loss.count(u"overlap-dropped"_s), 2);
        QVERIFY(out.loss.entries().first().detail.contains(u"New York"_s));
    }

    void offTokenSpans_snapAndReport()
    {
        const auto data = ConllReader::read("Hello O\nWorld O\n"_ba, u"in"_s, {});
        QVERIFY(data.has_value());
        const DocumentSpans spans{{{1, 8, u"X"_s}}}; // "ello Wo"
        const auto out = ConllWriter::write(data->documents, spans, {});
        QCOMPARE(out.bytes, "Hello\tB-X\nWorld\tI-X\n\n"_ba);
        QCOMPARE(out.loss.count(u"snapped-to-tokens"_s), 1);
    }

    void crossSentenceSpan_droppedOnce()
    {
        const auto data = ConllReader::read("-DOCSTART- O\n\nA O\n\nB O\n"_ba, u"in"_s, {});
        QVERIFY(data.has_value());
        QCOMPARE(data->documents.first().text(), u"A\nB"_s);
        const DocumentSpans spans{{{0, 3, u"X"_s}}};
        const auto out = ConllWriter::write(data->documents, spans, {});
        QCOMPARE(out.loss.size(), 1);
        QCOMPARE(out.loss.entries().first().reason, u"crosses-sentence"_s);
        QVERIFY(!out.bytes.contains("-X"));
    }
};

QTEST_APPLESS_MAIN(TestConllWriter)
#include "tst_conllwriter.moc"
