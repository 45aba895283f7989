// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
// Krippendorff's alpha and Fleiss' kappa on the published examples, worked out by hand.
#include "metrics/fleisskappa.h"
#include "metrics/krippendorffalpha.h"

#include <QTest>

using namespace Workbench::Core;

namespace {

bool near(double a, double b)
{
    return qAbs(a - b) < 1e-12;
}

constexpr int none = KrippendorffAlpha::missing;

// Fleiss (1971) as Wikipedia's "Fleiss' kappa" article tabulates it: 10 subjects, 14 raters,
// 5 categories; n_ij raters put subject i in category j.
const QList<QList<int>> fleissTable{{0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0},
    {2, 2, 8, 1, 1}, {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}};

// One subject's ratings as a value per rater.
QList<int> ratings(const QList<int> &counts)
{
    QList<int> values;
    for (int j = 0; j < counts.size(); ++j) {
        values.append(QList<int>(counts.at(j), j));
    }
    return values;
}

} // namespace

class TestAgreementCoefficients : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void alpha_textbookExample_withMissingValues()
    {
        // Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), section C: four
        // observers, twelve units, values 1-5 (here 0-4), blanks where an observer gave none.
        //   unit  1  2  3  4  5  6  7  8  9 10 11 12
        //   A     1  2  3  3  2  1  4  1  2  .  .  .
        //   B     1  2  3  3  2  2  4  1  2  5  .  3
        //   C     .  3  3  3  2  3  4  2  2  5  1  .
        //   D     1  2  3  3  2  4  4  1  2  5  1  .
        const QList<QList<int>> observers{{0, 1, 2, 2, 1, 0, 3, 0, 1, none, none, none},
            {0, 1, 2, 2, 1, 1, 3, 0, 1, 4, none, 2}, {none, 2, 2, 2, 1, 2, 3, 1, 1, 4, 0, none},
            {0, 1, 2, 2, 1, 3, 3, 0, 1, 4, 0, none}};
        KrippendorffAlpha alpha(5);
        for (int u = 0; u < 12; ++u) {
            alpha.addUnit({observers[0][u], observers[1][u], observers[2][u], observers[3][u]});
        }
        // Unit 12 has one value: not pairable. Each unit with m values adds 1/(m - 1) per ordered
        // pair of values from different observers:
        //   u1 (1,1,1; m=3) o11 += 3*2/2 = 3      u2 (2,2,3,2) o22 += 2, o23 = o32 += 1
        //   u3, u4 (3 x4) o33 += 4 + 4           u5, u9 (2 x4) o22 += 4 + 4
        //   u6 (1,2,3,4) every off-diagonal pair of {1,2,3,4} += 1/3
        //   u7 (4 x4) o44 += 4                    u8 (1,1,2,1) o11 += 2, o12 = o21 += 1
        //   u10 (5,5,5; m=3) o55 += 3             u11 (1,1; m=2) o11 += 2
        // which is the paper's coincidence matrix:
        const double third = 1.0 / 3.0;
        const QList<QList<double>> expected{{7, 4 * third, third, third, 0},
            {4 * third, 10, 4 * third, third, 0}, {third, 4 * third, 8, third, 0},
            {third, third, third, 4, 0}, {0, 0, 0, 0, 3}};
        for (int c = 0; c < 5; ++c) {
            for (int k = 0; k < 5; ++k) {
                QVERIFY2(near(alpha.coincidences().at(c).at(k), expected.at(c).at(k)),
                    qPrintable(
                        QStringLiteral("o[%1][%2] = %3").arg(c).arg(k).arg(alpha.coincidences()[c][k])));
            }
        }
        // n_c = 9, 13, 10, 5, 3; n = 40. Off the diagonal the matrix sums to 8, and
        // sum_{c != k} n_c n_k = 40^2 - (81 + 169 + 100 + 25 + 9) = 1216, so
        // alpha = 1 - 39 * 8 / 1216 = 113/152 = 0.7434... (the paper: 0.743).
        const KrippendorffAlpha::Sums sums = alpha.sums();
        const QList<double> totals{9, 13, 10, 5, 3};
        for (int c = 0; c < 5; ++c) {
            QVERIFY(near(sums.totals.at(c), totals.at(c)));
        }
        QVERIFY(near(sums.disagreement, 8.0));
        QCOMPARE(alpha.pairableUnits(), 11);
        QVERIFY(alpha.value().has_value());
        QVERIFY(near(*alpha.value(), 113.0 / 152.0));
    }

    void alpha_perfectAgreement_isOne_evenWithGaps()
    {
        KrippendorffAlpha alpha(3);
        alpha.addUnit({0, 0, 0});
        alpha.addUnit({1, none, 1});
        alpha.addUnit({2, 2, none});
        alpha.addUnit({none, none, 0}); // one value: drops out
        QCOMPARE(alpha.value(), std::optional<double>(1.0));
        QCOMPARE(alpha.pairableUnits(), 3);
    }

    void alpha_undefinedWithoutVariation()
    {
        KrippendorffAlpha empty(2);
        QVERIFY(!empty.value());
        KrippendorffAlpha oneCoder(2);
        oneCoder.addUnit({0});
        oneCoder.addUnit({1});
        QVERIFY(!oneCoder.value()); // nothing pairable
        KrippendorffAlpha constant(2);
        constant.addUnit({0, 0});
        constant.addUnit({0, 0});
        QVERIFY(!constant.value()); // every value in one category: 0 / 0
    }

    void alpha_systematicDisagreement_isNegative()
    {
        // Units (0,1) and (1,0): o01 = o10 = 2, n_0 = n_1 = 2, n = 4;
        // alpha = 1 - 3 * 4 / (16 - 8) = -0.5.
        KrippendorffAlpha alpha(2);
        alpha.addUnit({0, 1});
        alpha.addUnit({1, 0});
        QCOMPARE(alpha.value(), std::optional<double>(-0.5));
    }

    void alpha_sumsAddUpOverDocuments()
    {
        // The bootstrap adds documents' sums: a document drawn twice counts its units twice.
        KrippendorffAlpha first(2);
        first.addUnit({0, 1, 1});
        KrippendorffAlpha second(2);
        second.addUnit({0, 0});
        KrippendorffAlpha together(2);
        together.addUnit({0, 1, 1});
        together.addUnit({0, 0});
        together.addUnit({0, 0});
        KrippendorffAlpha::Sums sums = first.sums();
        sums.add(second.sums(), 2.0);
        QVERIFY(near(*KrippendorffAlpha::value(sums), *together.value()));
    }

    void fleiss_textbookExample()
    {
        // sum_ij n_ij^2 = 828, N n = 140: P = (828 - 140) / (140 * 13) = 172/455.
        // Column totals 20, 28, 39, 21, 32: P_e = (400 + 784 + 1521 + 441 + 1024) / 140^2 = 417/1960.
        // kappa = (172/455 - 417/1960) / (1 - 417/1960) = (4211/25480) / (20059/25480) = 4211/20059
        // = 0.2099 (Fleiss's 0.210).
        FleissKappa kappa(14, 5);
        for (const QList<int> &counts : fleissTable) {
            QVERIFY(kappa.addUnit(ratings(counts)));
        }
        QCOMPARE(kappa.units(), 10);
        QVERIFY(near(kappa.sums().squares, 828.0));
        QVERIFY(near(*kappa.value(), 4211.0 / 20059.0));
    }

    void alphaAndFleiss_agreeWithoutMissingValues()
    {
        // Without missing values the two differ only by alpha's small-sample correction:
        // alpha = 1 - (1 - kappa) (N n - 1) / (N n). Two formulas, one check of both.
        KrippendorffAlpha alpha(5);
        for (const QList<int> &counts : fleissTable) {
            alpha.addUnit(ratings(counts));
        }
        const double kappa = 4211.0 / 20059.0;
        QVERIFY(near(*alpha.value(), 1.0 - (1.0 - kappa) * 139.0 / 140.0));
    }

    void fleiss_leavesIncompleteUnitsOut()
    {
        FleissKappa kappa(3, 2);
        QVERIFY(kappa.addUnit({0, 0, 0}));
        QVERIFY(kappa.addUnit({1, 1, 1}));
        QVERIFY(!kappa.addUnit({1, none, 0}));
        QVERIFY(!kappa.addUnit({1, 0})); // one rater short
        QVERIFY(!kappa.addUnit({1, 0, 2})); // not a category
        QCOMPARE(kappa.units(), 2);
        QCOMPARE(kappa.value(), std::optional<double>(1.0));
        FleissKappa constant(2, 2);
        QVERIFY(constant.addUnit({1, 1}));
        QVERIFY(!constant.value()); // P_e = 1
        FleissKappa lone(1, 2); // one layer: like alpha's pairable units, no unit at all
        QVERIFY(!lone.addUnit({0}));
        QCOMPARE(lone.units(), 0);
        QVERIFY(!lone.value());
    }
};

QTEST_APPLESS_MAIN(TestAgreementCoefficients)
#include "tst_agreementcoefficients.moc"
