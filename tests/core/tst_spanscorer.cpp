// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "formats/corpusimporter.h"
#include "metrics/spanscorer.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;

class TestSpanScorer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wnut17_reproducesSharedTaskTable_data()
    {
        QTest::addColumn<QString>("system");
        QTest::addColumn<double>("f1");
        // Derczynski et al. (2017), Table 4, entity F1.
        QTest::newRow("UH-RiTUAL") << u"uh_ritual"_s << 41.86;
        QTest::newRow("SpinningBytes") << u"spinningbytes.txt"_s << 40.78;
        QTest::newRow("SJTU-Adapt") << u"sjtu_adapt.txt"_s << 40.42;
        QTest::newRow("Arcada") << u"arcada"_s << 39.98;
        QTest::newRow("FLYTXT") << u"flytxt"_s << 38.35;
        QTest::newRow("MIC-CIS") << u"mic-cis.txt"_s << 37.06;
        QTest::newRow("Drexel-CCI") << u"drexel_cci"_s << 26.30;
    }
    void wnut17_reproducesSharedTaskTable()
    {
        QFETCH(QString, system);
        QFETCH(double, f1);
        const QString dir = QStringLiteral(WORKBENCH_SHARED_DATA) + u"/wnut17/"_s;
        // Through the aligning importer: MIC-CIS respells 1283 tokens and must lose no span.
        const auto corpus =
            CorpusImporter::import({{dir + u"emerging.test.annotated"_s, LayerKind::Gold, {}},
                                       {dir + u"submissions/"_s + system, LayerKind::System, {}}},
                {});
        QVERIFY2(corpus.has_value(), corpus ? "" : qPrintable(corpus.error().toString()));
        QCOMPARE(corpus->layers.size(), 2);
        QVERIFY(corpus->layers.at(1).loss.isEmpty());
        QCOMPARE(corpus->layers.at(1).unalignedTokens, 0);
        const ScoreTable table = SpanScorer::score(corpus->layers.at(0).spans, corpus->layers.at(1).spans);
        QCOMPARE(table.overall.gold, 1079);
        QCOMPARE(qRound(table.overall.f1() * 10000.0), qRound(f1 * 100.0));
        QCOMPARE(table.types.size(), 6);
        ScoreCounts sum;
        for (const ScoreCounts &counts : table.types) {
            sum += counts;
        }
        QCOMPARE(sum, table.overall);
    }

    void strictMatch_keyedByDocument()
    {
        const DocumentSpans gold{{{0, 5, u"PER"_s}, {10, 15, u"LOC"_s}}, {{0, 5, u"PER"_s}}};
        const DocumentSpans pred{{{0, 5, u"PER"_s}, {10, 14, u"LOC"_s}}, {}, {{0, 5, u"PER"_s}}};
        const ScoreTable table = SpanScorer::score(gold, pred);
        // The PER of document 3 does not match document 2's PER: spans are keyed by document.
        QCOMPARE(table.overall.truePositives, 1);
        QCOMPARE(table.overall.gold, 3);
        QCOMPARE(table.overall.predicted, 3);
        QCOMPARE(table.types.value(u"LOC"_s).truePositives, 0);
        QCOMPARE(table.types.value(u"PER"_s).truePositives, 1);
        QCOMPARE(table.overall.f1(), 1.0 / 3.0);
    }

    void typeMismatch_isNoMatch_andTypesAreTheUnion()
    {
        const ScoreTable table = SpanScorer::score({{{0, 5, u"PER"_s}}}, {{{0, 5, u"ORG"_s}}});
        QCOMPARE(table.overall.truePositives, 0);
        QCOMPARE(table.types.keys(), (QStringList{u"ORG"_s, u"PER"_s}));
        QCOMPARE(table.types.value(u"ORG"_s).precision(), 0.0);
        QCOMPARE(table.types.value(u"PER"_s).recall(), 0.0);
    }

    void overlappingSpans_allCount()
    {
        const DocumentSpans both{{{0, 13, u"LOC"_s}, {0, 8, u"GPE"_s}}};
        const ScoreTable table = SpanScorer::score(both, both);
        QCOMPARE(table.overall.truePositives, 2);
        QCOMPARE(table.overall.f1(), 1.0);
    }

    void emptyPrediction_precisionZeroNoNaN()
    {
        const ScoreTable table = SpanScorer::score({{{0, 1, u"X"_s}}}, {});
        QCOMPARE(table.overall.precision(), 0.0);
        QCOMPARE(table.overall.recall(), 0.0);
        QCOMPARE(table.overall.f1(), 0.0);
        const ScoreTable none = SpanScorer::score({}, {});
        QCOMPARE(none.overall.f1(), 0.0);
        QVERIFY(none.types.isEmpty());
    }

    void f1_isSymmetric()
    {
        const DocumentSpans a{{{0, 5, u"PER"_s}, {6, 9, u"LOC"_s}, {10, 12, u"ORG"_s}}};
        const DocumentSpans b{{{0, 5, u"PER"_s}, {6, 8, u"LOC"_s}}};
        QCOMPARE(SpanScorer::score(a, b).overall.f1(), SpanScorer::score(b, a).overall.f1());
        QCOMPARE(SpanScorer::score(a, b).overall.f1(), 2.0 * 1.0 / 5.0);
    }
};

QTEST_APPLESS_MAIN(TestSpanScorer)
#include "tst_spanscorer.moc"
