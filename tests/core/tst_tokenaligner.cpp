// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "formats/conllreader.h"
#include "formats/layerprojector.h"
#include "formats/tokenaligner.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;

namespace {

QStringList words(const QString &spaced)
{
    return spaced.split(u' ', Qt::SkipEmptyParts);
}

} // namespace

class TestTokenAligner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void align_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("other");
        QTest::addColumn<QList<qsizetype>>("expected");
        QTest::addColumn<qsizetype>("substituted");
        QTest::newRow("identical") << u"a b c"_s << u"a b c"_s << QList<qsizetype>{0, 1, 2} << qsizetype(0);
        QTest::newRow("respelt") << u"& gt ; x"_s << u"& get ; x"_s << QList<qsizetype>{0, 1, 2, 3}
                                 << qsizetype(1);
        QTest::newRow("missing token") << u"New York City is big"_s << u"New York is big"_s
                                       << QList<qsizetype>{0, 1, 3, 4} << qsizetype(0);
        QTest::newRow("extra token") << u"I like it"_s << u"I really like it"_s
                                     << QList<qsizetype>{0, -1, 1, 2} << qsizetype(0);
        // A split token: the more similar half ("n't") pairs, the rest stays unaligned.
        QTest::newRow("split token") << u"do n't go"_s << u"don't go"_s << QList<qsizetype>{1, 2}
                                     << qsizetype(1);
        QTest::newRow("repeated tokens") << u"the cat the dog the end"_s << u"the cat the dog end"_s
                                         << QList<qsizetype>{0, 1, 2, 3, 5} << qsizetype(0);
        QTest::newRow("respelt among repeats")
            << u"a x a y a"_s << u"a x a Y a"_s << QList<qsizetype>{0, 1, 2, 3, 4} << qsizetype(1);
    }
    void align()
    {
        QFETCH(QString, reference);
        QFETCH(QString, other);
        QFETCH(QList<qsizetype>, expected);
        QFETCH(qsizetype, substituted);
        const TokenAligner::Result result = TokenAligner::align(words(reference), words(other));
        QCOMPARE(result.otherToReference, expected);
        QCOMPARE(result.substituted, substituted);
        QCOMPARE(result.unalignedOther, std::ranges::count(expected, -1));
    }

    void wnut_micCisRespellingsAllAlign()
    {
        const QString dir = QStringLiteral(WORKBENCH_SHARED_DATA) + u"/wnut17/"_s;
        const auto gold = ConllReader::readFile(dir + u"emerging.test.annotated"_s, {});
        const auto mic = ConllReader::readFile(dir + u"submissions/mic-cis.txt"_s, {});
        QVERIFY(gold && mic);
        const LayerProjector::Result projected =
            LayerProjector::project(TokenGrid(gold->documents), mic->documents, mic->spans);
        QCOMPARE(projected.unalignedTokens, 0);
        QCOMPARE(projected.substitutedTokens, 1283);
        QVERIFY(projected.loss.isEmpty());
        qsizetype before = 0;
        qsizetype after = 0;
        for (const auto &spans : mic->spans) {
            before += spans.size();
        }
        for (const auto &spans : projected.spans) {
            after += spans.size();
        }
        QCOMPARE(after, before);
    }

    void project_sameCharactersOtherTokens_movesByCharacters()
    {
        const auto reference = ConllReader::read("New O\nYork O\nis O\nbig O\n\nGo O\n"_ba, u"ref"_s, {});
        // Merged "NewYork", split "bi g": the same characters, so every span moves exactly.
        const auto other =
            ConllReader::read("NewYork B-LOC\nis O\nbi B-X\ng I-X\n\nGo B-V\n"_ba, u"oth"_s, {});
        QVERIFY(reference && other);
        const LayerProjector::Result projected =
            LayerProjector::project(TokenGrid(reference->documents), other->documents, other->spans);
        QVERIFY(projected.loss.isEmpty());
        QCOMPARE(projected.spans.at(0), (QList<Span>{{0, 8, u"LOC"_s}, {12, 15, u"X"_s}}));
        QCOMPARE(projected.spans.at(1), QList<Span>{(Span{0, 2, u"V"_s})});

        // A span ending inside a reference token cannot move exactly: listed, not snapped.
        const auto inside = ConllReader::read("Ne B-LOC\nwYork O\nis O\nbig O\n\nGo O\n"_ba, u"oth2"_s, {});
        QVERIFY(inside.has_value());
        const LayerProjector::Result cut =
            LayerProjector::project(TokenGrid(reference->documents), inside->documents, inside->spans);
        QVERIFY(cut.spans.at(0).isEmpty());
        QCOMPARE(cut.loss.count(u"endpoint-inside-token"_s), 1);
    }

    void project_respeltText_lossesAreListedNeverShifted()
    {
        const auto reference =
            ConllReader::read("New O\nYork O\nis O\nbig O\n. O\n\nGo O\n"_ba, u"ref"_s, {});
        // Other characters ("!"), so tokens are aligned: "NewYork" pairs only by guess with "York"
        // and "bi g" has an unpaired half. Neither span moves to a neighbour; both are listed.
        const auto other =
            ConllReader::read("NewYork B-LOC\nis O\nbi B-X\ng I-X\n! O\n\nGo B-V\n"_ba, u"oth"_s, {});
        QVERIFY(reference && other);
        const LayerProjector::Result projected =
            LayerProjector::project(TokenGrid(reference->documents), other->documents, other->spans);
        QCOMPARE(projected.spans.at(1), QList<Span>{(Span{0, 2, u"V"_s})});
        QVERIFY(projected.spans.at(0).isEmpty());
        QCOMPARE(projected.loss.size(), 2);
        QCOMPARE(projected.loss.count(u"tokenisation-differs"_s), 1);
        QCOMPARE(projected.loss.count(u"endpoint-unaligned"_s), 1);
        QCOMPARE(projected.loss.entries().first().line, 1);
        QVERIFY(projected.loss.entries().first().detail.contains(u"NewYork"_s));
    }
};

QTEST_APPLESS_MAIN(TestTokenAligner)
#include "tst_tokenaligner.moc"
