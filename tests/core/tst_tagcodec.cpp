// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "base/tagcodec.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;

Q_DECLARE_METATYPE(Workbench::Core::TokenChunk)

namespace {

QStringList tags(const QString &spaced)
{
    return spaced.split(u' ', Qt::SkipEmptyParts);
}

// "0-2:PER 3-4:LOC" -> chunks
QList<TokenChunk> chunks(const QString &spec)
{
    QList<TokenChunk> result;
    for (const QString &item : spec.split(u' ', Qt::SkipEmptyParts)) {
        const QStringList rangeType = item.split(u':');
        const QStringList range = rangeType.at(0).split(u'-');
        result.append(TokenChunk{range.at(0).toInt(), range.at(1).toInt(), rangeType.at(1)});
    }
    return result;
}

} // namespace

class TestTagCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isTag_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<bool>("expected");
        QTest::newRow("O") << u"O"_s << true;
        QTest::newRow("B-PER") << u"B-PER"_s << true;
        QTest::newRow("I-creative-work") << u"I-creative-work"_s << true;
        QTest::newRow("S-X") << u"S-X"_s << true;
        QTest::newRow("U-X bilou") << u"U-X"_s << true;
        QTest::newRow("B- without type") << u"B-"_s << false;
        QTest::newRow("lowercase o") << u"o"_s << false;
        QTest::newRow("word") << u"Obama"_s << false;
        QTest::newRow("X-PER") << u"X-PER"_s << false;
        QTest::newRow("underscore") << u"_"_s << false;
    }
    void isTag()
    {
        QFETCH(QString, tag);
        QFETCH(bool, expected);
        QCOMPARE(TagCodec::isTag(tag), expected);
    }

    void decode_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("iob2 two chunks") << u"B-PER I-PER O B-LOC"_s << u"0-2:PER 3-4:LOC"_s;
        QTest::newRow("iob2 adjacent same type") << u"B-PER B-PER"_s << u"0-1:PER 1-2:PER"_s;
        // conlleval's lenient chunking: I- after O starts a chunk (seqeval default mode).
        QTest::newRow("I after O starts") << u"I-NP I-NP O"_s << u"0-2:NP"_s;
        QTest::newRow("iob1 split by B") << u"I-PER I-PER B-PER O"_s << u"0-2:PER 2-3:PER"_s;
        QTest::newRow("type change splits") << u"B-PER I-LOC"_s << u"0-1:PER 1-2:LOC"_s;
        QTest::newRow("bioes") << u"B-ORG I-ORG E-ORG S-PER O"_s << u"0-3:ORG 3-4:PER"_s;
        QTest::newRow("bioes E then B same type") << u"B-X E-X B-X E-X"_s << u"0-2:X 2-4:X"_s;
        QTest::newRow("S after S") << u"S-X S-X"_s << u"0-1:X 1-2:X"_s;
        QTest::newRow("bilou") << u"B-X L-X U-Y"_s << u"0-2:X 2-3:Y"_s;
        QTest::newRow("chunk runs to the end") << u"O B-X I-X"_s << u"1-3:X"_s;
        QTest::newRow("all O") << u"O O O"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void decode()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(TagCodec::decode(tags(input)), chunks(expected));
    }

    void encode_data()
    {
        QTest::addColumn<QString>("chunkSpec");
        QTest::addColumn<int>("tokens");
        QTest::addColumn<QString>("iob2");
        QTest::addColumn<QString>("iob1");
        QTest::addColumn<QString>("bioes");
        QTest::newRow("single and multi")
            << u"0-1:PER 2-5:ORG"_s << 6 << u"B-PER O B-ORG I-ORG I-ORG O"_s
            << u"I-PER O I-ORG I-ORG I-ORG O"_s << u"S-PER O B-ORG I-ORG E-ORG O"_s;
        QTest::newRow("adjacent same type")
            << u"0-2:X 2-3:X"_s << 3 << u"B-X I-X B-X"_s << u"I-X I-X B-X"_s << u"B-X E-X S-X"_s;
        QTest::newRow("adjacent other type")
            << u"0-1:X 1-2:Y"_s << 2 << u"B-X B-Y"_s << u"I-X I-Y"_s << u"S-X S-Y"_s;
    }
    void encode()
    {
        QFETCH(QString, chunkSpec);
        QFETCH(int, tokens);
        QFETCH(QString, iob2);
        QFETCH(QString, iob1);
        QFETCH(QString, bioes);
        const QList<TokenChunk> input = chunks(chunkSpec);
        QCOMPARE(TagCodec::encode(input, tokens, TagScheme::Iob2), tags(iob2));
        QCOMPARE(TagCodec::encode(input, tokens, TagScheme::Iob1), tags(iob1));
        QCOMPARE(TagCodec::encode(input, tokens, TagScheme::Bioes), tags(bioes));
        // Every encoding decodes back to the same chunks.
        QCOMPARE(TagCodec::decode(tags(iob2)), input);
        QCOMPARE(TagCodec::decode(tags(iob1)), input);
        QCOMPARE(TagCodec::decode(tags(bioes)), input);
    }

    void detect_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<TagScheme>("expected");
        QTest::newRow("iob2") << u"B-X I-X O B-Y"_s << TagScheme::Iob2;
        QTest::newRow("iob1") << u"I-X I-X B-X O I-Y"_s << TagScheme::Iob1;
        QTest::newRow("bioes") << u"S-X O B-Y E-Y"_s << TagScheme::Bioes;
        QTest::newRow("sloppy iob2 stays iob2") << u"B-X O I-Y"_s << TagScheme::Iob2;
        QTest::newRow("no chunks") << u"O O"_s << TagScheme::Iob2;
    }
    void detect()
    {
        QFETCH(QString, sentence);
        QFETCH(TagScheme, expected);
        QCOMPARE(TagCodec::detect({tags(sentence)}), expected);
    }
};

QTEST_APPLESS_MAIN(TestTagCodec)
#include "tst_tagcodec.moc"
