// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
// Alpha and Fleiss' kappa over tokens: small cases worked out by hand, and the seven WNUT-17
// systems against a direct computation from their files.
#include "metrics/reliabilityanalysis.h"
#include "wnutfixture.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;

namespace {

bool near(double a, double b, double tolerance = 1e-12)
{
    return qAbs(a - b) < tolerance;
}

bool near(const std::optional<double> &a, double b, double tolerance = 1e-12)
{
    return a && near(*a, b, tolerance);
}

// "a b c d" and "e f": one-letter tokens.
TokenGrid twoDocuments()
{
    return TokenGrid(
        {Document(u"d1"_s, u"a b c d"_s, {Sentence{0, 7, {{0, 1}, {2, 3}, {4, 5}, {6, 7}}, {}, 1}}),
            Document(u"d2"_s, u"e f"_s, {Sentence{0, 3, {{0, 1}, {2, 3}}, {}, 1}})});
}

// --- A direct computation from the files, sharing no code with the workbench's. ---

// The tags of a CoNLL file: the last field of each non-blank line, sentences between blank
// lines; an I-X that does not continue an X chunk starts one (conlleval's reading), so it is B-X.
QList<QStringList> readSentences(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    static const QRegularExpression whitespace(u"\\s+"_s);
    QList<QStringList> sentences;
    QStringList current;
    for (const QByteArray &raw : file.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty()) {
            if (!current.isEmpty()) {
                sentences.append(current);
                current.clear();
            }
            continue;
        }
        QString tag = line.split(whitespace).last();
        const QString previous = current.isEmpty() ? u"O"_s : current.last();
        if (tag.startsWith(u"I-"_s) && previous.mid(2) != tag.mid(2)) {
            tag = u"B-"_s + tag.mid(2);
        }
        current.append(tag);
    }
    if (!current.isEmpty()) {
        sentences.append(current);
    }
    return sentences;
}

// Krippendorff's alpha from its definition over pairable values (empty strings are missing):
// D_o = 1/n sum_u (ordered pairs of different values in u) / (m_u - 1),
// D_e = 1/(n (n - 1)) (ordered pairs of different values among all n pairable values).
std::optional<double> directAlpha(const QList<QStringList> &units)
{
    QHash<QString, double> frequency;
    double n = 0.0;
    double observed = 0.0;
    for (const QStringList &unit : units) {
        QStringList values;
        for (const QString &value : unit) {
            if (!value.isEmpty()) {
                values.append(value);
            }
        }
        if (values.size() < 2) {
            continue;
        }
        n += double(values.size());
        double differing = 0.0;
        for (qsizetype i = 0; i < values.size(); ++i) {
            frequency[values.at(i)] += 1.0;
            for (qsizetype j = 0; j < values.size(); ++j) {
                differing += i != j && values.at(i) != values.at(j) ? 1.0 : 0.0;
            }
        }
        observed += differing / double(values.size() - 1);
    }
    double differentPairs = 0.0;
    for (auto a = frequency.cbegin(); a != frequency.cend(); ++a) {
        for (auto b = frequency.cbegin(); b != frequency.cend(); ++b) {
            differentPairs += a.key() != b.key() ? a.value() * b.value() : 0.0;
        }
    }
    if (differentPairs == 0.0) {
        return std::nullopt;
    }
    return 1.0 - (observed / n) / (differentPairs / (n * (n - 1.0)));
}

// Fleiss' kappa as Fleiss wrote it, over the units no rater left empty.
std::optional<double> directFleiss(const QList<QStringList> &units)
{
    QHash<QString, double> perCategory;
    double sumP = 0.0;
    double subjects = 0.0;
    double raters = 0.0;
    for (const QStringList &unit : units) {
        if (unit.contains(QString())) {
            continue;
        }
        raters = double(unit.size());
        QHash<QString, double> counts;
        for (const QString &value : unit) {
            counts[value] += 1.0;
            perCategory[value] += 1.0;
        }
        double agreeing = 0.0;
        for (const double count : std::as_const(counts)) {
            agreeing += count * (count - 1.0);
        }
        sumP += agreeing / (raters * (raters - 1.0));
        subjects += 1.0;
    }
    if (subjects == 0.0) {
        return std::nullopt;
    }
    double chance = 0.0;
    for (const double total : std::as_const(perCategory)) {
        chance += (total / (subjects * raters)) * (total / (subjects * raters));
    }
    const double mean = sumP / subjects;
    return (mean - chance) / (1.0 - chance);
}

} // namespace

class TestReliabilityAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void missingDocument_isMissingValues_notEmpty()
    {
        // One-token spans, so BIO and type say the same. C did not label d2 (a failed piece).
        //   token    a  b  c  d | e  f
        //   A        X  O  O  O | O  Y
        //   B        X  O  X  O | O  O
        //   C        X  O  O  O | .  .
        const QList<AnnotatorLayer> layers{{u"A"_s, {{{0, 1, u"X"_s}}, {{2, 3, u"Y"_s}}}},
            {u"B"_s, {{{0, 1, u"X"_s}, {4, 5, u"X"_s}}, {}}}, {u"C"_s, {{{0, 1, u"X"_s}}, {}}, {1}}};
        const ReliabilityResult r =
            ReliabilityAnalysis::compute(twoDocuments(), layers, {.bootstrapSamples = 0});
        // Coincidences (O, X, Y): a o_XX 3; b, d o_OO 3 + 3; c (O,X,O) o_OO 1, o_OX = o_XO 1;
        // e (O,O) o_OO 2; f (Y,O) o_OY = o_YO 1. n_O 11, n_X 4, n_Y 1, n 16; off-diagonal 4;
        // sum n_c n_k = 256 - 121 - 16 - 1 = 118: alpha = 1 - 15 * 4 / 118 = 29/59.
        QVERIFY(near(r.alpha.type.value, 29.0 / 59.0));
        QVERIFY(near(r.alpha.bio.value, 29.0 / 59.0));
        QCOMPARE(r.alpha.units, 6);
        // X alone (Y is "not X"): o_XX 3, o_OO 11, o_OX = o_XO 1; n 16 (12 + 4):
        // 1 - 15 * 2 / (2 * 12 * 4) = 11/16. Y alone: o_OO 14, o_OY = o_YO 1; n_O 15, n_Y 1:
        // 1 - 15 * 2 / (2 * 15) = 0.
        QVERIFY(near(r.alpha.byType.value(u"X"_s).value, 11.0 / 16.0));
        QVERIFY(near(r.alpha.byType.value(u"Y"_s).value, 0.0));
        // Fleiss: a-d only (all three labelled them). sum n_ij^2 = 9 + 9 + 5 + 9 = 32, N n = 12:
        // P = (32 - 12) / 24 = 5/6; p_O = 8/12, p_X = 4/12: P_e = 5/9; kappa = (5/6 - 5/9) / (4/9) = 5/8.
        QCOMPARE(r.fleiss.units, 4);
        QVERIFY(near(r.fleiss.type.value, 5.0 / 8.0));
        QVERIFY(near(r.fleiss.bio.value, 5.0 / 8.0));
        QVERIFY(near(r.fleiss.byType.value(u"X"_s).value, 5.0 / 8.0));
        QVERIFY(!r.fleiss.byType.value(u"Y"_s).value); // no Y in a-d: undefined
        QVERIFY(!r.fleiss.byType.value(u"Y"_s).interval);
        QVERIFY(!r.alpha.type.interval); // no bootstrap, no interval (not a zero-width one)
        QVERIFY(!r.fleiss.bio.interval);

        // Read as "no entities", C's gap is agreement with B: e (O,O,O) o_OO 3; f (Y,O,O) o_OO 1,
        // o_OY = o_YO 1. n_O 13, n_X 4, n_Y 1, n 18: 1 - 17 * 4 / (324 - 169 - 16 - 1) = 35/69.
        QList<AnnotatorLayer> empty = layers;
        empty[2].missing.clear();
        const ReliabilityResult asEmpty =
            ReliabilityAnalysis::compute(twoDocuments(), empty, {.bootstrapSamples = 0});
        QVERIFY(near(asEmpty.alpha.type.value, 35.0 / 69.0));
    }

    void bootstrap_resamplesDocuments()
    {
        const QList<AnnotatorLayer> layers{{u"A"_s, {{{0, 1, u"X"_s}}, {{2, 3, u"Y"_s}}}},
            {u"B"_s, {{{0, 1, u"X"_s}, {4, 5, u"X"_s}}, {}}}, {u"C"_s, {{{0, 1, u"X"_s}}, {}}, {1}}};
        // Two documents: a resample is d1 twice, both, or d2 twice. d1 twice: n_O 16, n_X 8,
        // off-diagonal 4: 1 - 23 * 4 / 256 = 41/64. d2 twice: n_O 6, n_Y 2, off-diagonal 4:
        // 1 - 7 * 4 / 24 = -1/6. A thousand resamples reach both ends.
        const ReliabilityResult r =
            ReliabilityAnalysis::compute(twoDocuments(), layers, {.bootstrapSamples = 1000, .seed = 7});
        QVERIFY(r.alpha.type.interval);
        QVERIFY(near(r.alpha.type.interval->first, -1.0 / 6.0));
        QVERIFY(near(r.alpha.type.interval->second, 41.0 / 64.0));
        const ReliabilityResult again =
            ReliabilityAnalysis::compute(twoDocuments(), layers, {.bootstrapSamples = 1000, .seed = 7});
        QCOMPARE(again.alpha.byType.value(u"X"_s).interval, r.alpha.byType.value(u"X"_s).interval);
    }

    void boundaries_showInBio_notInType()
    {
        // "a b c": A marks "a b" as one X; B marks "a" and "b" as two.
        const TokenGrid grid(
            {Document(u"d"_s, u"a b c"_s, {Sentence{0, 5, {{0, 1}, {2, 3}, {4, 5}}, {}, 1}})});
        const QList<AnnotatorLayer> layers{
            {u"A"_s, {{{0, 3, u"X"_s}}}}, {u"B"_s, {{{0, 1, u"X"_s}, {2, 3, u"X"_s}}}}};
        const ReliabilityResult r = ReliabilityAnalysis::compute(grid, layers, {.bootstrapSamples = 0});
        QVERIFY(near(r.alpha.type.value, 1.0));
        QVERIFY(near(r.fleiss.type.value, 1.0));
        // BIO units (B,B), (I,B), (O,O): o_BB 2, o_IB = o_BI 1, o_OO 2; n_B 3, n_I 1, n_O 2, n 6:
        // alpha = 1 - 5 * 2 / (36 - 9 - 1 - 4) = 6/11. Fleiss: P = (4 + 2 + 4 - 6) / 6 = 2/3,
        // P_e = (9 + 1 + 4) / 36 = 7/18: kappa = (12/18 - 7/18) / (11/18) = 5/11.
        QVERIFY(near(r.alpha.bio.value, 6.0 / 11.0));
        QVERIFY(near(r.fleiss.bio.value, 5.0 / 11.0));
    }

    void perfectAgreement_isOne()
    {
        const DocumentSpans spans{{{0, 3, u"X"_s}, {6, 7, u"Y"_s}}, {{2, 3, u"X"_s}}};
        const QList<AnnotatorLayer> layers{{u"A"_s, spans}, {u"B"_s, spans}, {u"C"_s, spans, {1}}};
        const ReliabilityResult r =
            ReliabilityAnalysis::compute(twoDocuments(), layers, {.bootstrapSamples = 200, .seed = 1});
        for (const ReliabilityResult::Coefficient *c : {&r.alpha, &r.fleiss}) {
            for (const ReliabilityResult::Estimate &e : {c->bio, c->type, c->byType.value(u"X"_s)}) {
                QCOMPARE(e.value, std::optional<double>(1.0));
                QCOMPARE(e.interval, std::optional<Interval>(Interval{1.0, 1.0}));
            }
        }
    }

    void fewerThanTwoLayers_isUndefined()
    {
        const QList<AnnotatorLayer> one{{u"A"_s, {{{0, 1, u"X"_s}}, {}}}};
        const ReliabilityResult r = ReliabilityAnalysis::compute(twoDocuments(), one, {});
        QVERIFY(!r.alpha.bio.value && !r.alpha.type.value && !r.fleiss.bio.value);
        QVERIFY(!r.alpha.bio.interval);
        QCOMPARE(r.alpha.units, 0); // one layer compares nothing, by either coefficient
        QCOMPARE(r.fleiss.units, 0);
        const QJsonObject json = r.alpha.toJson();
        QVERIFY(json.value(u"bio"_s).isNull());
        QVERIFY(json.value(u"bio_ci"_s).isNull());
        QVERIFY(ReliabilityAnalysis::compute(twoDocuments(), {}, {}).fleiss.type.value == std::nullopt);
    }

    void wnut17_matchesADirectComputationFromTheFiles_data()
    {
        QTest::addColumn<bool>("withGaps");
        QTest::newRow("every system everywhere") << false;
        // System l did not label the sentences whose index ends in l (l = 0..6): only those
        // ending in 7-9 are Fleiss's.
        QTest::newRow("with missing sentences") << true;
    }
    void wnut17_matchesADirectComputationFromTheFiles()
    {
        QFETCH(bool, withGaps);
        const auto wnut = WnutFixture::load();
        QVERIFY(wnut);
        const QString dir = QStringLiteral(WORKBENCH_SHARED_DATA) + u"/wnut17/submissions/"_s;
        const QStringList files{u"arcada"_s, u"drexel_cci"_s, u"flytxt"_s, u"mic-cis.txt"_s,
            u"sjtu_adapt.txt"_s, u"spinningbytes.txt"_s, u"uh_ritual"_s};
        QList<QList<QStringList>> systems;
        for (const QString &file : files) {
            systems.append(readSentences(dir + file));
            QCOMPARE(systems.last().size(), 1287);
        }
        QCOMPARE(wnut->documents.size(), 1287); // a sentence is a document
        QList<AnnotatorLayer> layers = wnut->systems;
        QCOMPARE(layers.size(), files.size());
        const auto gap = [withGaps](qsizetype sentence, qsizetype system) {
            return withGaps && sentence % 10 == system;
        };
        for (qsizetype l = 0; l < layers.size(); ++l) {
            for (qsizetype d = 0; d < 1287; ++d) {
                if (gap(d, l)) {
                    layers[l].missing.insert(d);
                }
            }
        }

        // Units of the direct computation: tokens, one value per system ("" where missing).
        QList<QStringList> bio;
        QList<QStringList> type;
        QSet<QString> types;
        for (qsizetype s = 0; s < 1287; ++s) {
            for (qsizetype t = 0; t < systems.first().at(s).size(); ++t) {
                QStringList bioUnit;
                QStringList typeUnit;
                for (qsizetype l = 0; l < systems.size(); ++l) {
                    const QString tag = gap(s, l) ? QString() : systems.at(l).at(s).at(t);
                    bioUnit.append(tag);
                    typeUnit.append(tag.isEmpty() ? QString() : tag == u"O" ? u"O"_s : tag.mid(2));
                    if (tag.size() > 2) {
                        types.insert(tag.mid(2));
                    }
                }
                bio.append(bioUnit);
                type.append(typeUnit);
            }
        }
        QCOMPARE(bio.size(), 23394);

        const ReliabilityResult r = ReliabilityAnalysis::compute(
            TokenGrid(wnut->documents), layers, {.bootstrapSamples = 1000, .seed = 42});
        const auto expectAlphaBio = directAlpha(bio);
        const auto expectAlphaType = directAlpha(type);
        const auto expectFleissBio = directFleiss(bio);
        const auto expectFleissType = directFleiss(type);
        QVERIFY(expectAlphaBio && expectAlphaType && expectFleissBio && expectFleissType);
        QVERIFY2(near(r.alpha.bio.value, *expectAlphaBio, 1e-9),
            qPrintable(u"%1 vs %2"_s.arg(r.alpha.bio.value.value_or(-9)).arg(*expectAlphaBio)));
        QVERIFY(near(r.alpha.type.value, *expectAlphaType, 1e-9));
        QVERIFY(near(r.fleiss.bio.value, *expectFleissBio, 1e-9));
        QVERIFY(near(r.fleiss.type.value, *expectFleissType, 1e-9));
        QStringList typeNames(types.cbegin(), types.cend());
        typeNames.sort();
        QCOMPARE(typeNames.size(), 6);
        QCOMPARE(r.alpha.byType.keys(), typeNames);
        QCOMPARE(r.fleiss.byType.keys(), typeNames);
        for (const QString &name : r.alpha.byType.keys()) {
            QList<QStringList> alone = type;
            for (QStringList &unit : alone) {
                for (QString &value : unit) {
                    value = value.isEmpty() ? QString() : value == name ? u"1"_s : u"0"_s;
                }
            }
            QVERIFY2(near(r.alpha.byType.value(name).value, *directAlpha(alone), 1e-9), qPrintable(name));
            QVERIFY2(near(r.fleiss.byType.value(name).value, *directFleiss(alone), 1e-9), qPrintable(name));
        }
        QCOMPARE(r.fleiss.units,
            withGaps ? qsizetype(
                std::ranges::count_if(bio, [](const QStringList &u) { return !u.contains(QString()); }))
                     : 23394);
        qInfo("alpha bio %.6f [%.6f, %.6f], type %.6f [%.6f, %.6f]; Fleiss bio %.6f, type %.6f",
            *r.alpha.bio.value, r.alpha.bio.interval->first, r.alpha.bio.interval->second,
            *r.alpha.type.value, r.alpha.type.interval->first, r.alpha.type.interval->second,
            *r.fleiss.bio.value, *r.fleiss.type.value);

        // The intervals hold their estimate and are reproducible from the seed alone.
        for (const ReliabilityResult::Estimate &e :
            {r.alpha.bio, r.alpha.type, r.fleiss.bio, r.fleiss.type}) {
            QVERIFY(e.interval);
            QVERIFY(e.interval->first < *e.value && *e.value < e.interval->second);
        }
        const ReliabilityResult other = ReliabilityAnalysis::compute(
            TokenGrid(wnut->documents), layers, {.bootstrapSamples = 1000, .seed = 43});
        QCOMPARE(other.alpha.bio.value, r.alpha.bio.value);
        QVERIFY(other.alpha.bio.interval != r.alpha.bio.interval);
    }
};

QTEST_GUILESS_MAIN(TestReliabilityAnalysis)
#include "tst_reliabilityanalysis.moc"
