// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "metrics/agreementanalysis.h"
#include "metrics/statistics.h"
#include "wnutfixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;

namespace {

// "a b c d": four one-letter tokens.
TokenGrid fourTokens()
{
    return TokenGrid(
        {Document(u"d"_s, u"a b c d"_s, {Sentence{0, 7, {{0, 1}, {2, 3}, {4, 5}, {6, 7}}, {}, 1}})});
}

bool near(double a, double b)
{
    return qAbs(a - b) < 1e-12;
}

} // namespace

class TestAgreementAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void failedDocuments_areLeftOutOfTheirPairs_notReadAsEmpty()
    {
        // Two documents; B could not label the second (a failed piece), where A found an entity.
        const Document first(u"d1"_s, u"a b"_s, {Sentence{0, 3, {{0, 1}, {2, 3}}, {}, 1}});
        const Document second(u"d2"_s, u"c d"_s, {Sentence{0, 3, {{0, 1}, {2, 3}}, {}, 1}});
        const TokenGrid grid({first, second});
        const QList<AnnotatorLayer> read{{u"A"_s, {{{0, 1, u"X"_s}}, {{2, 3, u"Y"_s}}}},
            {u"B"_s, {{{0, 1, u"X"_s}}, {}}}, {u"C"_s, {{{0, 1, u"X"_s}}, {{2, 3, u"Y"_s}}}}};
        const AgreementResult asEmpty =
            AgreementAnalysis::compute(grid, read, std::nullopt, {.bootstrapSamples = 50, .seed = 1});
        QVERIFY(asEmpty.f1[0][1] < 1.0); // the failure counted as a missed entity
        QList<AnnotatorLayer> leftOut = read;
        leftOut[1].missing = {1};
        const AgreementResult r =
            AgreementAnalysis::compute(grid, leftOut, std::nullopt, {.bootstrapSamples = 50, .seed = 1});
        QCOMPARE(r.f1[0][1], 1.0); // over the document both labelled
        QCOMPARE(r.f1[1][2], 1.0);
        QCOMPARE(r.f1[0][2], 1.0); // A and C still compared everywhere
        QCOMPARE(r.f1ByType.value(u"X"_s)[0][1], 1.0);
        QCOMPARE(r.kappa[0][1], 1.0);
        QCOMPARE(r.leftOut, (QList<qsizetype>{0, 1, 0}));

        // B refused every text: its pairs measured nothing and stay out of the means and the pool,
        // which are then A and C's alone (not dragged to 1/3 by two pairs scored 0).
        QList<AnnotatorLayer> refused = read;
        refused[1].spans = {{}, {}};
        refused[1].missing = {0, 1};
        const AgreementResult none =
            AgreementAnalysis::compute(grid, refused, std::nullopt, {.bootstrapSamples = 50, .seed = 1});
        QCOMPARE(none.pool, 1.0);
        QCOMPARE(none.mean.at(0), 1.0);
        QCOMPARE(none.mean.at(2), 1.0);
        QCOMPARE(none.poolInterval, (Interval{1.0, 1.0}));
    }

    void resampleWithoutSharedDocuments_isNotTotalDisagreement()
    {
        // A labels four documents, one PER each; B only the first, as A does. Resamples that do
        // not draw the first document measure nothing of the pair, not an F1 of 0.
        QList<Document> documents;
        for (int d = 0; d < 4; ++d) {
            documents.append(Document(u"d%1"_s.arg(d), u"a b"_s, {Sentence{0, 3, {{0, 1}, {2, 3}}, {}, 1}}));
        }
        const TokenGrid grid(documents);
        const DocumentSpans everywhere(4, {Span{0, 1, u"PER"_s}});
        AnnotatorLayer onlyFirst{u"B"_s, {{Span{0, 1, u"PER"_s}}, {}, {}, {}}};
        onlyFirst.missing = {1, 2, 3};
        const AgreementResult r = AgreementAnalysis::compute(
            grid, {{u"A"_s, everywhere}, onlyFirst}, std::nullopt, {.bootstrapSamples = 200, .seed = 7});
        QCOMPARE(r.pool, 1.0);
        QCOMPARE(r.poolInterval, (Interval{1.0, 1.0}));
        QCOMPARE(r.meanInterval.at(0), (Interval{1.0, 1.0}));
    }

    void unmeasuredFigures_areNullInJson_notZero()
    {
        // B labelled only the first document, C only the second: B and C share none.
        const Document first(u"d1"_s, u"a b"_s, {Sentence{0, 3, {{0, 1}, {2, 3}}, {}, 1}});
        const Document second(u"d2"_s, u"c d"_s, {Sentence{0, 3, {{0, 1}, {2, 3}}, {}, 1}});
        const TokenGrid grid({first, second});
        const QList<AnnotatorLayer> layers{{u"A"_s, {{{0, 1, u"X"_s}}, {{2, 3, u"Y"_s}}}},
            {u"B"_s, {{{0, 1, u"X"_s}}, {}}, {1}}, {u"C"_s, {{}, {{2, 3, u"Y"_s}}}, {0}}};
        const AgreementResult r =
            AgreementAnalysis::compute(grid, layers, std::nullopt, {.bootstrapSamples = 0});
        QVERIFY(r.isMeasured(0, 1) && r.isMeasured(0, 2) && !r.isMeasured(1, 2));
        QVERIFY(r.hasMean(1) && r.hasPool());
        const QJsonObject json = r.toJson();
        QVERIFY(json[u"f1"_s][1][2].isNull());
        QVERIFY(json[u"f1"_s][2][1].isNull());
        QVERIFY(json[u"kappa"_s][1][2].isNull());
        QVERIFY(json[u"f1_by_type"_s][u"X"_s][1][2].isNull());
        QCOMPARE(json[u"f1"_s][0][1].toDouble(), 1.0);
        QCOMPARE(json[u"pool"_s].toDouble(), 1.0); // A-B and A-C, both 1
        QCOMPARE(json[u"mean"_s][1].toDouble(), 1.0);

        // One layer: no pair, so no mean and no pool.
        const AgreementResult one =
            AgreementAnalysis::compute(grid, layers.mid(0, 1), std::nullopt, {.bootstrapSamples = 0});
        QVERIFY(!one.hasMean(0) && !one.hasPool());
        const QJsonObject oneJson = one.toJson();
        QVERIFY(oneJson[u"pool"_s].isNull());
        QVERIFY(oneJson[u"pool_ci"_s].isNull());
        QVERIFY(oneJson[u"mean"_s][0].isNull());
        QVERIFY(oneJson[u"mean_ci"_s][0].isNull());
        QCOMPARE(oneJson[u"f1"_s][0][0].toDouble(), 1.0);
    }

    void goldLackingADocument_scoresTheDocumentsItCovers()
    {
        const Document first(u"d1"_s, u"a b"_s, {Sentence{0, 3, {{0, 1}, {2, 3}}, {}, 1}});
        const Document second(u"d2"_s, u"c d"_s, {Sentence{0, 3, {{0, 1}, {2, 3}}, {}, 1}});
        const TokenGrid grid({first, second});
        // A: right on the first document, an extra Y on the second. B lacks the second.
        const QList<AnnotatorLayer> layers{{u"A"_s, {{{0, 1, u"X"_s}}, {{2, 3, u"Y"_s}}}},
            {u"B"_s, {{{0, 1, u"X"_s}, {2, 3, u"Z"_s}}, {}}, {1}}};
        const DocumentSpans gold{{{0, 1, u"X"_s}}, {}};
        const AgreementResult asEmpty =
            AgreementAnalysis::compute(grid, layers, gold, {.bootstrapSamples = 0});
        QVERIFY(near(asEmpty.goldF1.at(0), 2.0 / 3.0)); // the Y read as spurious
        const AgreementResult r = AgreementAnalysis::compute(
            grid, layers, gold, {.bootstrapSamples = 0, .seed = 42, .eliteCutoff = 0.5, .goldMissing = {1}});
        QCOMPARE(r.goldF1.at(0), 1.0); // over the first document only
        QVERIFY(near(r.goldF1.at(1), 2.0 / 3.0)); // B: X right, Z spurious
    }

    void layerFailingEveryDocument_hasNoGoldF1_andNoPlaceInPearson()
    {
        const Document first(u"d1"_s, u"a b"_s, {Sentence{0, 3, {{0, 1}, {2, 3}}, {}, 1}});
        const Document second(u"d2"_s, u"c d"_s, {Sentence{0, 3, {{0, 1}, {2, 3}}, {}, 1}});
        const TokenGrid grid({first, second});
        const DocumentSpans gold{{{0, 1, u"X"_s}}, {{2, 3, u"Y"_s}}};
        // A right, B half right, C misses one; D could label no document at all.
        const QList<AnnotatorLayer> layers{{u"A"_s, {{{0, 1, u"X"_s}}, {{2, 3, u"Y"_s}}}},
            {u"B"_s, {{{0, 1, u"X"_s}}, {{2, 3, u"X"_s}}}}, {u"C"_s, {{{0, 1, u"X"_s}}, {}}},
            {u"D"_s, {{}, {}}, {0, 1}}};
        const AgreementResult r = AgreementAnalysis::compute(grid, layers, gold, {.bootstrapSamples = 0});
        QVERIFY(!r.hasMean(3));
        QVERIFY(!r.hasGoldF1(3)); // no figure, not an F1 of 0
        QVERIFY(std::isnan(r.goldF1.at(3)));
        QVERIFY(r.hasGoldF1(0) && r.hasGoldF1(1) && r.hasGoldF1(2));
        QCOMPARE(r.goldF1.at(0), 1.0);
        // Pearson over A, B and C only: D's would-be (0, 0) would pull the line towards it.
        QVERIFY(r.pearson.has_value());
        const auto expected = Statistics::pearson(r.mean.mid(0, 3), r.goldF1.mid(0, 3));
        QVERIFY(expected.has_value());
        QVERIFY(near(*r.pearson, *expected));
        QVERIFY(!near(*r.pearson, *Statistics::pearson(r.mean, {1.0, r.goldF1.at(1), r.goldF1.at(2), 0.0})));
        const QJsonObject json = r.toJson();
        QVERIFY(json[u"gold_f1"_s][3].isNull());
        QCOMPARE(json[u"gold_f1"_s][0].toDouble(), 1.0);
        // Gold lacking every document D covers measures nothing either.
        QList<AnnotatorLayer> half = layers;
        half[3] = {u"D"_s, {{{0, 1, u"X"_s}}, {}}, {1}};
        const AgreementResult lacking = AgreementAnalysis::compute(
            grid, half, gold, {.bootstrapSamples = 0, .seed = 42, .eliteCutoff = 0.5, .goldMissing = {0}});
        QVERIFY(!lacking.hasGoldF1(3));
        QVERIFY(lacking.hasGoldF1(0));
    }

    void handExample_f1KappaWeightsElite()
    {
        const QList<AnnotatorLayer> layers{
            {u"L1"_s, {{{0, 1, u"X"_s}, {4, 5, u"Y"_s}}}},
            {u"L2"_s, {{{0, 1, u"X"_s}, {4, 7, u"Y"_s}}}},
            {u"L3"_s, {{{0, 1, u"Z"_s}}}},
        };
        const AgreementResult r =
            AgreementAnalysis::compute(fourTokens(), layers, std::nullopt, {.bootstrapSamples = 0});
        QCOMPARE(r.f1, (Matrix{{1.0, 0.5, 0.0}, {0.5, 1.0, 0.0}, {0.0, 0.0, 1.0}}));
        QCOMPARE(r.mean, (QList<double>{0.25, 0.25, 0.0}));
        QVERIFY(near(r.pool, 0.5 / 3.0));
        QCOMPARE(r.f1ByType.value(u"Y"_s).at(0).at(1), 0.0);
        QCOMPARE(r.f1ByType.value(u"X"_s).at(0).at(1), 1.0);
        // Tokens: L1 B-X O B-Y O; L2 B-X O B-Y I-Y; L3 B-Z O O O.
        QVERIFY(near(r.kappa[0][1], 2.0 / 3.0));
        QVERIFY(near(r.kappa[0][2], 0.2));
        QVERIFY(near(r.kappa[1][2], 1.0 / 13.0));
        QCOMPARE(r.kappa[1][0], r.kappa[0][1]);
        const QList<double> kappaTerm{((2.0 / 3.0 + 0.2) / 2 + 1) / 2, ((2.0 / 3.0 + 1.0 / 13.0) / 2 + 1) / 2,
            ((0.2 + 1.0 / 13.0) / 2 + 1) / 2};
        const double kappaSum = kappaTerm[0] + kappaTerm[1] + kappaTerm[2];
        QVERIFY(near(r.weights[0], 0.5 * 0.5 + 0.5 * kappaTerm[0] / kappaSum));
        QVERIFY(near(r.weights[2], 0.5 * 0.0 + 0.5 * kappaTerm[2] / kappaSum));
        QVERIFY(near(r.weights[0] + r.weights[1] + r.weights[2], 1.0));
        // L1 (0.43) alone stays under 0.5; L2 crosses it and is in.
        QCOMPARE(r.elite, (QStringList{u"L1"_s, u"L2"_s}));
        QVERIFY(r.goldF1.isEmpty());
        QVERIFY(!r.pearson.has_value());
    }

    void spansAreKeyedByDocument()
    {
        const TokenGrid grid({Document(u"a"_s, u"x"_s, {Sentence{0, 1, {{0, 1}}, {}, 1}}),
            Document(u"b"_s, u"x"_s, {Sentence{0, 1, {{0, 1}}, {}, 1}})});
        // The same offsets in different documents are different spans: no agreement at all.
        const AgreementResult r = AgreementAnalysis::compute(grid,
            {{u"A"_s, {{{0, 1, u"X"_s}}, {}}}, {u"B"_s, {{}, {{0, 1, u"X"_s}}}}}, std::nullopt,
            {.bootstrapSamples = 0});
        QCOMPARE(r.f1[0][1], 0.0);
    }

    void wnut17_matrixWeightsAndCorrelation()
    {
        const auto wnut = WnutFixture::load();
        QVERIFY(wnut.has_value());
        const TokenGrid grid(wnut->documents);
        const AgreementResult r = AgreementAnalysis::compute(grid, wnut->systems, wnut->gold, {});
        QCOMPARE(r.layers.size(), 7);
        for (qsizetype i = 0; i < 7; ++i) {
            QCOMPARE(r.f1[i][i], 1.0);
            for (qsizetype j = 0; j < 7; ++j) {
                QCOMPARE(r.f1[i][j], r.f1[j][i]);
            }
            QVERIFY(r.meanInterval[i].first <= r.mean[i] && r.mean[i] <= r.meanInterval[i].second);
            QVERIFY(r.meanInterval[i].second - r.meanInterval[i].first > 0.01);
        }
        // arcada (0) against uh_ritual (6), and the pool, as measured (see the issue note).
        QCOMPARE(qRound(r.f1[0][6] * 10000), 5228);
        QCOMPARE(qRound(r.pool * 10000), 4366);
        QCOMPARE(qRound(r.goldF1[6] * 10000), 4186);
        // The paper's key diagnostic: agreement predicts gold F1 without gold.
        QVERIFY(r.pearson.has_value());
        QCOMPARE(qRound(*r.pearson * 1000), 908);
        QCOMPARE(r.elite, (QStringList{u"uh_ritual"_s, u"arcada"_s, u"sjtu_adapt.txt"_s, u"flytxt"_s}));
        // The bootstrap is seeded: the same seed gives the same intervals, another seed others.
        const AgreementResult again = AgreementAnalysis::compute(grid, wnut->systems, wnut->gold, {});
        QCOMPARE(again.meanInterval, r.meanInterval);
        const AgreementResult other =
            AgreementAnalysis::compute(grid, wnut->systems, wnut->gold, {.seed = 7});
        QVERIFY(other.meanInterval != r.meanInterval);
    }
};

QTEST_APPLESS_MAIN(TestAgreementAnalysis)
#include "tst_agreementanalysis.moc"
