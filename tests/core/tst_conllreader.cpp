// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "formats/conllreader.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;

namespace {

const QString shared = QStringLiteral(WORKBENCH_SHARED_DATA);

qsizetype tokenCount(const ConllData &data)
{
    qsizetype count = 0;
    for (const Document &document : data.documents) {
        count += document.tokenCount();
    }
    return count;
}

QStringList tokenTexts(const ConllData &data)
{
    QStringList texts;
    for (const Document &document : data.documents) {
        for (const Sentence &sentence : document.sentences()) {
            for (const Token &token : sentence.tokens) {
                texts.append(document.tokenText(token).toString());
            }
        }
    }
    return texts;
}

ConllData readOk(const QByteArray &bytes, const ConllReader::Options &options = {})
{
    auto data = ConllReader::read(bytes, u"test.conll"_s, options);
    if (!data) {
        qWarning("%s", qPrintable(data.error().toString()));
        return {};
    }
    return *data;
}

} // namespace

class TestConllReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sharedFiles_readAsPublished_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("documents");
        QTest::addColumn<int>("sentences");
        QTest::addColumn<int>("tokens");
        QTest::addColumn<int>("tagColumn");
        const int wnutTokens = 23394;
        QTest::newRow("wnut17 test gold")
            << u"wnut17/emerging.test.annotated"_s << 1287 << 1287 << wnutTokens << 2;
        QTest::newRow("wnut17 dev") << u"wnut17/emerging.dev.conll"_s << 1009 << 1009 << 15733 << 2;
        // 2394 of train's separators are a lone TAB.
        QTest::newRow("wnut17 train") << u"wnut17/wnut17train.conll"_s << 3394 << 3394 << 62730 << 2;
        for (const char *system : {"arcada", "drexel_cci", "flytxt", "mic-cis.txt", "sjtu_adapt.txt",
                 "spinningbytes.txt", "uh_ritual"}) {
            QTest::newRow(system) << u"wnut17/submissions/"_s + QLatin1String(system) << 1287 << 1287
                                  << wnutTokens << 2;
        }
        // The publisher's .stats: 318/2001/25149 and 316/2077/25097.
        QTest::newRow("uner dev") << u"uner-en-ewt/en_ewt-ud-dev.iob2"_s << 318 << 2001 << 25149 << 3;
        QTest::newRow("uner test") << u"uner-en-ewt/en_ewt-ud-test.iob2"_s << 316 << 2077 << 25097 << 3;
    }
    void sharedFiles_readAsPublished()
    {
        QFETCH(QString, path);
        QFETCH(int, documents);
        QFETCH(int, sentences);
        QFETCH(int, tokens);
        QFETCH(int, tagColumn);
        const auto data = ConllReader::readFile(shared + u'/' + path, {});
        QVERIFY2(data.has_value(), data ? "" : qPrintable(data.error().toString()));
        QCOMPARE(data->documents.size(), documents);
        QCOMPARE(data->sentenceCount(), sentences);
        QCOMPARE(tokenCount(*data), tokens);
        QCOMPARE(data->tagColumn, tagColumn);
        QVERIFY(data->warnings.isEmpty());
        // Offsets are consistent: every token's text is a non-empty slice without spaces.
        for (const Document &document : data->documents) {
            for (const Sentence &sentence : document.sentences()) {
                QCOMPARE(
                    QStringView(document.text()).mid(sentence.start, sentence.end - sentence.start).isEmpty(),
                    false);
                for (const Token &token : sentence.tokens) {
                    QVERIFY(token.start >= sentence.start && token.end <= sentence.end);
                    QVERIFY(!document.tokenText(token).isEmpty());
                }
            }
        }
    }

    void uner_entityCountsMatchPublisherStats_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("loc");
        QTest::addColumn<int>("org");
        QTest::addColumn<int>("per");
        QTest::newRow("dev") << u"uner-en-ewt/en_ewt-ud-dev.iob2"_s << 399 << 224 << 343;
        QTest::newRow("test") << u"uner-en-ewt/en_ewt-ud-test.iob2"_s << 317 << 322 << 449;
    }
    void uner_entityCountsMatchPublisherStats()
    {
        QFETCH(QString, path);
        QFETCH(int, loc);
        QFETCH(int, org);
        QFETCH(int, per);
        const auto data = ConllReader::readFile(shared + u'/' + path, {});
        QVERIFY(data.has_value());
        QMap<QString, int> counts;
        for (const QList<Span> &spans : data->spans) {
            for (const Span &span : spans) {
                ++counts[span.type];
            }
        }
        QCOMPARE(counts.value(u"LOC"_s), loc);
        QCOMPARE(counts.value(u"ORG"_s), org);
        QCOMPARE(counts.value(u"PER"_s), per);
        QCOMPARE(counts.size(), 3);
    }

    void uner_textAndIdsFromComments()
    {
        const auto data = ConllReader::readFile(shared + u"/uner-en-ewt/en_ewt-ud-test.iob2"_s, {});
        QVERIFY(data.has_value());
        QVERIFY(data->hasDocumentMarkers);
        const Document &first = data->documents.first();
        QCOMPARE(first.id(), u"answers-20080426140040AA4YiX5_ans"_s);
        QCOMPARE(first.sentences().first().id, u"answers-20080426140040AA4YiX5_ans-0001"_s);
        QVERIFY(first.text().startsWith(u"What is this Miramar?\nIt is a place in Argentina lol"_s));
        // "Miramar?" has no space before '?': the text comes from '# text =', not from joined tokens.
        const QList<Span> &spans = data->spans.first();
        QCOMPARE(
            first.text().mid(spans.first().start, spans.first().end - spans.first().start), u"Miramar"_s);
        QCOMPARE(spans.first().type, u"LOC"_s);
        QCOMPARE(data->scheme, TagScheme::Iob2);
    }

    void arcada_hashTokensStayData()
    {
        // arcada is space-separated: its 247 lines "# O" are the token '#', not comments.
        const auto gold = ConllReader::readFile(shared + u"/wnut17/emerging.test.annotated"_s, {});
        const auto arcada = ConllReader::readFile(shared + u"/wnut17/submissions/arcada"_s, {});
        QVERIFY(gold && arcada);
        const QStringList goldTokens = tokenTexts(*gold);
        const QStringList arcadaTokens = tokenTexts(*arcada);
        QCOMPARE(arcadaTokens.count(u"#"_s), 247);
        QCOMPARE(arcadaTokens.count(u"#"_s), goldTokens.count(u"#"_s));
        QCOMPARE(arcadaTokens, goldTokens);
    }

    void wnutGold_spansDecoded()
    {
        const auto gold = ConllReader::readFile(shared + u"/wnut17/emerging.test.annotated"_s, {});
        QVERIFY(gold.has_value());
        QCOMPARE(spanCount(gold->spans), 1079);
        QCOMPARE(gold->scheme, TagScheme::Iob2);
        QVERIFY(!gold->hasDocumentMarkers);
        // The first sentence: "... in the northern area of Sonmarg ..." (see the file's line 18).
        const Document &first = gold->documents.first();
        QCOMPARE(first.id(), u"1"_s);
        QCOMPARE(first.sentences().first().sourceLine, 1);
        QStringList mentions;
        for (const Span &span : gold->spans.first()) {
            mentions.append(first.text().mid(span.start, span.end - span.start) + u'/' + span.type);
        }
        QCOMPARE(mentions, QStringList{u"Sonmarg/location"_s});
    }

    void lineEnds_crlfAndWhitespaceSeparators()
    {
        const ConllData data = readOk("Hello O\r\nWorld B-X\r\n \t \r\nNext B-Y\r\n"_ba);
        QCOMPARE(data.documents.size(), 2);
        QCOMPARE(data.documents.at(0).text(), u"Hello World"_s);
        QCOMPARE(data.documents.at(1).text(), u"Next"_s);
        QCOMPARE(data.documents.at(1).sentences().first().sourceLine, 4);
        QCOMPARE(data.spans.at(0), QList<Span>{(Span{6, 11, u"X"_s})});
    }

    void docstart_groupsSentences()
    {
        const ConllData data =
            readOk("-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n\n"
                   "German JJ B-NP B-MISC\n\n-DOCSTART- -X- -X- O\n\nPeter NNP B-NP B-PER\n"_ba);
        QVERIFY(data.hasDocumentMarkers);
        QCOMPARE(data.documents.size(), 2);
        QCOMPARE(data.documents.at(0).sentences().size(), 2);
        QCOMPARE(data.documents.at(0).text(), u"EU rejects\nGerman"_s);
        // Chunk and NE columns both look like tags: the last one is the NE column.
        QCOMPARE(data.tagColumn, 4);
        QCOMPARE(data.columnCount, 4);
        QCOMPARE(data.spans.at(0), (QList<Span>{{0, 2, u"ORG"_s}, {11, 17, u"MISC"_s}}));
        QCOMPARE(data.documents.at(1).id(), u"2"_s);
    }

    void labelStudioHeader_threeFieldDocstart()
    {
        const ConllData data = readOk("-DOCSTART- -X- O\nLondon -X- _ B-LOC\ncalling -X- _ O\n"_ba);
        QCOMPARE(data.documents.size(), 1);
        QCOMPARE(data.spans.at(0), QList<Span>{(Span{0, 6, u"LOC"_s})});
    }

    void hashLines_dataOrComment()
    {
        const ConllData data = readOk("# sent_id = a1\n# text = # rocks #love\n# O\nrocks O\n#love B-X\n\n"
                                      "# newdoc\n# O\n"_ba);
        QCOMPARE(data.documents.size(), 2);
        QCOMPARE(data.documents.at(0).text(), u"# rocks #love"_s);
        QCOMPARE(data.documents.at(0).sentences().first().id, u"a1"_s);
        QCOMPARE(data.spans.at(0), QList<Span>{(Span{8, 13, u"X"_s})});
        QCOMPARE(data.documents.at(1).text(), u"#"_s);
    }

    void textComment_mismatchWarnsAndRebuilds()
    {
        const ConllData data = readOk("# text = something else\nHello O\nthere O\n"_ba);
        QCOMPARE(data.documents.first().text(), u"Hello there"_s);
        QCOMPARE(data.warnings.size(), 1);
        QVERIFY(data.warnings.first().startsWith(u"test.conll:2: warning:"_s));
    }

    void conllu_rangesSkippedTokensLocated()
    {
        QByteArray bytes = "# text = I don't know\n"
                           "1\tI\tI\tPRON\t_\t_\t2\tnsubj\t_\tNE=O\n"
                           "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
                           "2\tdo\tdo\tAUX\t_\t_\t4\taux\t_\tO\n"
                           "3\tn't\tnot\tPART\t_\t_\t4\tadvmod\t_\tO\n"
                           "4\tknow\tknow\tVERB\t_\t_\t0\troot\t_\tO\n"_ba;
        // The MISC column is not all tags ("NE=O"), so name the column; here column 10 is invalid.
        auto failed = ConllReader::read(bytes, u"u.conllu"_s, {.tagColumn = 10});
        QVERIFY(!failed);
        QCOMPARE(failed.error().line, 2);
        bytes.replace("NE=O", "O");
        const ConllData data = readOk(bytes);
        QCOMPARE(data.tokenColumn, 2);
        QCOMPARE(data.tagColumn, 10);
        QCOMPARE(data.documents.first().text(), u"I don't know"_s);
        QCOMPARE(data.documents.first().tokenCount(), 4);
        QCOMPARE(data.documents.first().tokenText(data.documents.first().sentences().first().tokens.at(2)),
            u"n't"_s);
    }

    void unicode_offsetsInUtf16()
    {
        const ConllData data =
            readOk("\xF0\x9F\x98\x80 O\nCafe\xCC\x81 B-LOC\n"_ba); // emoji, combining accent
        const Document &document = data.documents.first();
        QCOMPARE(document.text(), u"\U0001F600 Cafe\u0301"_s);
        QCOMPARE(data.spans.first(), QList<Span>{(Span{3, 8, u"LOC"_s})});
    }

    void userTagColumn_overridesDetection()
    {
        const ConllData data = readOk("a B-X O\nb I-X B-Y\n"_ba, {.tagColumn = 2});
        QCOMPARE(data.tagColumn, 2);
        QCOMPARE(data.spans.first(), QList<Span>{(Span{0, 3, u"X"_s})});
    }

    void errors_nameFileLineAndExpectation_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("tagColumn");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("bad tag") << "a O\nb O\n\nc PERSON\n"_ba << 0 << 4 << u"found 'PERSON'"_s;
        QTest::newRow("column count") << "a O\nb x O\n"_ba << 0 << 2 << u"expected 2 columns as on line 1"_s;
        QTest::newRow("one column") << "\nalone\n"_ba << 0 << 2 << u"expected 2 to 10 columns"_s;
        QTest::newRow("empty file") << " \n\n"_ba << 0 << 0 << u"found none"_s;
        QTest::newRow("invalid utf-8") << "a O\nb\xff O\n"_ba << 0 << 2 << u"UTF-8"_s;
        QTest::newRow("utf-8 cut off at the end") << "a O\nb O\n\xF0\x9F"_ba << 0 << 3 << u"UTF-8"_s;
        QTest::newRow("tag column out of range") << "a O\n"_ba << 5 << 1 << u"tag column 5"_s;
        QTest::newRow("given column not tags") << "a O x\n"_ba << 3 << 1 << u"in column 3, found 'x'"_s;
        QTest::newRow("empty tab field") << "a\t\tO\n"_ba << 0 << 1 << u"column 2"_s;
    }
    void errors_nameFileLineAndExpectation()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, tagColumn);
        QFETCH(int, line);
        QFETCH(QString, fragment);
        const auto data = ConllReader::read(bytes, u"bad.conll"_s, {.tagColumn = tagColumn});
        QVERIFY(!data.has_value());
        QCOMPARE(data.error().file, u"bad.conll"_s);
        QCOMPARE(data.error().line, line);
        QVERIFY2(data.error().message.contains(fragment), qPrintable(data.error().message));
        QVERIFY(data.error().toString().startsWith(u"bad.conll:%1: error: "_s.arg(qMax(line, 1))));
    }

    void missingFile_isAnError()
    {
        const auto data = ConllReader::readFile(u"/nonexistent/file.conll"_s, {});
        QVERIFY(!data.has_value());
        QVERIFY(data.error().message.contains(u"cannot open"_s));
    }
};

QTEST_APPLESS_MAIN(TestConllReader)
#include "tst_conllreader.moc"
