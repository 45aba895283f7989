// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "metrics/aggregator.h"
#include "metrics/cascade.h"
#include "metrics/spanscorer.h"
#include "wnutfixture.h"

#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;

namespace {

// Four one-sentence documents "a b c d".
TokenGrid fourDocuments()
{
    QList<Document> documents;
    for (const QString &id : {u"d0"_s, u"d1"_s, u"d2"_s, u"d3"_s}) {
        documents.append(
            Document(id, u"a b c d"_s, {Sentence{0, 7, {{0, 1}, {2, 3}, {4, 5}, {6, 7}}, {}, 1}}));
    }
    return TokenGrid(documents);
}

/* Four layers, already in cascade order (first and second are K = 2):
 * - d0: first and second agree on X at "a"; third and fourth say Y there: the vote of all four
 *   would tie (O), the cascade keeps X.
 * - d1: first and second disagree: escalated, all four vote.
 * - d2: second lacks it: escalated, the three that have it vote.
 * - d3: nobody finds anything: the first two agree on no entities. */
QList<AnnotatorLayer> handMade()
{
    return {
        {u"first"_s, {{{0, 1, u"X"_s}}, {{0, 3, u"X"_s}}, {{4, 5, u"Z"_s}}, {}}},
        {u"second"_s, {{{0, 1, u"X"_s}}, {{2, 3, u"Y"_s}}, {}, {}}, {2}},
        {u"third"_s, {{{0, 1, u"Y"_s}}, {{2, 3, u"Y"_s}}, {{4, 5, u"Z"_s}}, {}}},
        {u"fourth"_s, {{{0, 1, u"Y"_s}}, {{2, 3, u"Y"_s}, {6, 7, u"W"_s}}, {{6, 7, u"Z"_s}}, {}}},
    };
}

// The layers as a real cascade has them: the later ones lack every document outside \a documents.
QList<AnnotatorLayer> onlyOn(QList<AnnotatorLayer> layers, const QSet<qsizetype> &documents, qsizetype count)
{
    for (AnnotatorLayer &layer : layers) {
        for (qsizetype d = 0; d < count; ++d) {
            if (!documents.contains(d)) {
                layer.missing.insert(d);
            }
        }
    }
    return layers;
}

} // namespace

class TestCascade : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void run_keepsWhatTheFirstAgreeOn_escalatesTheRest()
    {
        const TokenGrid grid = fourDocuments();
        const Aggregator::Options plurality{
            .method = Aggregator::Method::Plurality, .minVotes = 0, .weights = {}};
        const Cascade::Result result = Cascade::run(grid, handMade(), {.first = 2, .aggregate = plurality});
        QCOMPARE(result.order, (QStringList{u"first"_s, u"second"_s, u"third"_s, u"fourth"_s}));
        QCOMPARE(result.escalated, (QList<bool>{false, true, true, false}));
        QCOMPARE(result.annotators, (QList<int>{2, 4, 3, 2}));
        // Agreeing documents are what the first two gave, though the vote of all would differ.
        QCOMPARE(result.spans.at(0), QList<Span>{(Span{0, 1, u"X"_s})});
        const DocumentSpans all = Aggregator::aggregate(grid, handMade(), plurality);
        QVERIFY(all.at(0).isEmpty());
        QVERIFY(result.spans.at(3).isEmpty());
        // Escalated documents are what the vote of all of them gives.
        QCOMPARE(result.spans.at(1), all.at(1));
        QCOMPARE(result.spans.at(2), all.at(2));
        QCOMPARE(result.spans.at(1), (QList<Span>{{2, 3, u"Y"_s}}));
        QCOMPARE(result.spans.at(2), (QList<Span>{{4, 5, u"Z"_s}}));
        QCOMPARE(result.escalatedCount(), 2);
        QCOMPARE(result.escalatedShare(), 0.5);
        QCOMPARE(result.callsPerDocument(), 2 + 0.5 * (4 - 2));
        QVERIFY(result.uncovered().isEmpty());
    }

    void run_defaultAggregate_isTheWeightedVoteOverTheEscalatedDocuments()
    {
        // The weights of the default aggregate are the agreement where every layer labelled: on
        // the escalated documents, as a real cascade only has them.
        const TokenGrid grid = fourDocuments();
        const Cascade::Result result = Cascade::run(grid, handMade(), {});
        QCOMPARE(result.first, 2);
        const DocumentSpans expected =
            Aggregator::aggregate(grid, onlyOn(handMade(), {1, 2}, 4), Aggregator::Options{});
        QCOMPARE(result.escalated, (QList<bool>{false, true, true, false}));
        QCOMPARE(result.spans.at(1), expected.at(1));
        QCOMPARE(result.spans.at(2), expected.at(2));
        QCOMPARE(result.spans.at(0), QList<Span>{(Span{0, 1, u"X"_s})});
        // Given weights decide instead: "fourth" alone outweighs the rest.
        const Cascade::Result heavy = Cascade::run(grid, handMade(),
            {.first = 2,
                .aggregate = {
                    .method = Aggregator::Method::Weighted, .minVotes = 0, .weights = {0.1, 0.1, 0.1, 0.7}}});
        QCOMPARE(heavy.spans.at(1), (QList<Span>{{2, 3, u"Y"_s}, {6, 7, u"W"_s}}));
        QCOMPARE(heavy.spans.at(2), (QList<Span>{{6, 7, u"Z"_s}}));
        QCOMPARE(heavy.spans.at(0), result.spans.at(0));
    }

    void run_escalationWeights_areTheAgreementWhereEveryLayerLabelled()
    {
        // d0-d2: a and b agree, and so does c, while d says something else: over the whole corpus
        // d weighs little. d3 is split a+c (X) against b+d (Y); on d4 only b and d agree. Where
        // every layer labelled (d3, d4), b and d agree most, so Y wins: the whole corpus's weights,
        // which a real cascade never has, would give X.
        QList<Document> documents;
        for (int d = 0; d < 5; ++d) {
            documents.append(Document(
                u"d%1"_s.arg(d), u"a b c d"_s, {Sentence{0, 7, {{0, 1}, {2, 3}, {4, 5}, {6, 7}}, {}, 1}}));
        }
        const TokenGrid grid(documents);
        const QList<Span> x{{0, 1, u"X"_s}};
        const QList<AnnotatorLayer> layers{
            {u"a"_s, {x, x, x, x, {{2, 3, u"P"_s}}}},
            {u"b"_s, {x, x, x, {{0, 1, u"Y"_s}}, {{6, 7, u"Q"_s}}}},
            {u"c"_s, {x, x, x, x, {{4, 5, u"R"_s}}}},
            {u"d"_s,
                {{{4, 5, u"Z"_s}}, {{4, 5, u"Z"_s}}, {{4, 5, u"Z"_s}}, {{0, 1, u"Y"_s}}, {{6, 7, u"Q"_s}}}},
        };
        const Cascade::Result result = Cascade::run(grid, layers, {});
        QCOMPARE(result.escalated, (QList<bool>{false, false, false, true, true}));
        QCOMPARE(result.spans.at(3), (QList<Span>{{0, 1, u"Y"_s}}));
        QCOMPARE(Aggregator::aggregate(grid, layers, {}).at(3), x);
    }

    void run_realCascadeLayers_giveTheSimulation()
    {
        // Layers that never labelled the agreed documents (a real run) give what complete ones do.
        const TokenGrid grid = fourDocuments();
        QList<AnnotatorLayer> real = handMade();
        for (qsizetype l = 2; l < real.size(); ++l) {
            real[l].missing.unite({0, 3});
            real[l].spans[0] = {{6, 7, u"never"_s}}; // whatever is there is never read
        }
        const Cascade::Result simulated = Cascade::run(grid, handMade(), {});
        const Cascade::Result labelled = Cascade::run(grid, real, {});
        QCOMPARE(labelled.spans, simulated.spans);
        QCOMPARE(labelled.escalated, simulated.escalated);
        QCOMPARE(labelled.annotators, simulated.annotators);
    }

    void run_moreFirst_escalatesWhereAnyOfThemDiffers()
    {
        const Cascade::Result result =
            Cascade::run(fourDocuments(), handMade(), {.first = 3, .aggregate = {}});
        // d0: the third says Y where the first two say X; d3: all three find nothing.
        QCOMPARE(result.escalated, (QList<bool>{true, true, true, false}));
        QCOMPARE(result.annotators, (QList<int>{4, 4, 3, 3}));
        QCOMPARE(result.callsPerDocument(), 3 + 0.75 * (4 - 3));
    }

    void run_documentNoLayerLabelled_isUncovered()
    {
        QList<AnnotatorLayer> layers = handMade();
        for (AnnotatorLayer &layer : layers) {
            layer.missing.insert(3);
        }
        const Cascade::Result result = Cascade::run(fourDocuments(), layers, {});
        QVERIFY(result.escalated.at(3));
        QCOMPARE(result.annotators.at(3), 0);
        QVERIFY(result.spans.at(3).isEmpty());
        QCOMPARE(result.uncovered(), QSet<qsizetype>{3});
        const ImportedLayer layer = Cascade::cascadeLayer(
            result, {}, u"cascade"_s, QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc()));
        QCOMPARE(layer.kind, LayerKind::Aggregate);
        QCOMPARE(layer.uncoveredDocuments, QSet<qsizetype>{3});
        QCOMPARE(layer.spans, result.spans);
        QCOMPARE(layer.provenance.source, u"first, second, third, fourth"_s);
        QCOMPARE(layer.provenance.tool, u"workbench cascade (first 2, then weighted)"_s);
    }

    void disputed_comparesSpanSets()
    {
        // The same spans listed in another order, or one twice, are the same answer.
        const QList<AnnotatorLayer> first{
            {u"a"_s, {{{0, 1, u"X"_s}, {2, 3, u"Y"_s}}, {{0, 1, u"X"_s}}}},
            {u"b"_s, {{{2, 3, u"Y"_s}, {0, 1, u"X"_s}, {0, 1, u"X"_s}}, {{0, 1, u"Y"_s}}}},
        };
        QCOMPARE(Cascade::disputed(first, 2), QSet<qsizetype>{1});
    }

    void agreementOrder_mostAgreeingFirst()
    {
        // "odd" agrees with nobody; "x", "y" and "z" agree on d0, "z" and "y" on d1 as well.
        const QList<AnnotatorLayer> layers{
            {u"odd"_s, {{{6, 7, u"Q"_s}}, {{6, 7, u"Q"_s}}, {}, {}}},
            {u"x"_s, {{{0, 1, u"X"_s}}, {}, {}, {}}},
            {u"z"_s, {{{0, 1, u"X"_s}}, {{2, 3, u"Y"_s}}, {}, {}}},
            {u"y"_s, {{{0, 1, u"X"_s}}, {{2, 3, u"Y"_s}}, {}, {}}},
        };
        const QList<qsizetype> order = Cascade::agreementOrder(fourDocuments(), layers);
        QCOMPARE(order, (QList<qsizetype>{2, 3, 1, 0})); // z and y tie: the given order stays
        QCOMPARE(Cascade::ordered(layers, order).first().name, u"z"_s);
    }

    void wnut17_matchesAReferenceComputedFromTheFiles_data()
    {
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("escalatedDocuments");
        QTest::addColumn<int>("f1Basis"); // F1 x 10000, rounded
        // The figures README states (bench_cascade); the default aggregate of all seven is 45.11.
        QTest::newRow("K = 2") << 2 << 368 << 4524;
        QTest::newRow("K = 3") << 3 << 518 << 4536;
    }

    void wnut17_matchesAReferenceComputedFromTheFiles()
    {
        QFETCH(int, first);
        QFETCH(int, escalatedDocuments);
        QFETCH(int, f1Basis);
        const auto wnut = WnutFixture::load();
        QVERIFY(wnut.has_value());
        const TokenGrid grid(wnut->documents);
        const QList<AnnotatorLayer> &systems = wnut->systems;
        const qsizetype n = systems.size();
        const qsizetype documents = grid.documentCount();

        // The reference, from the spans alone: mean pairwise strict F1 orders the systems...
        QList<std::pair<double, qsizetype>> means;
        for (qsizetype i = 0; i < n; ++i) {
            double sum = 0.0;
            for (qsizetype j = 0; j < n; ++j) {
                if (i != j) {
                    sum += SpanScorer::score(systems.at(i).spans, systems.at(j).spans).overall.f1();
                }
            }
            means.append({sum / double(n - 1), i});
        }
        std::ranges::stable_sort(means, [](const auto &a, const auto &b) { return a.first > b.first; });
        // ... the first K agree on a document when their span sets are equal ...
        const auto spanSet = [&](qsizetype rank, qsizetype d) {
            const QList<Span> spans = systems.at(means.at(rank).second).spans.value(d);
            return QSet<Span>(spans.cbegin(), spans.cend());
        };
        QSet<qsizetype> escalated;
        for (qsizetype d = 0; d < documents; ++d) {
            for (qsizetype rank = 1; rank < first; ++rank) {
                if (spanSet(rank, d) != spanSet(0, d)) {
                    escalated.insert(d);
                }
            }
        }
        // ... and the escalated documents take the default aggregate of all seven over them.
        const DocumentSpans vote = Aggregator::aggregate(grid, onlyOn(systems, escalated, documents), {});
        DocumentSpans expected(documents);
        for (qsizetype d = 0; d < documents; ++d) {
            expected[d] = escalated.contains(d) ? vote.at(d) : systems.at(means.first().second).spans.at(d);
        }
        const double expectedF1 = SpanScorer::score(wnut->gold, expected).overall.f1();
        const double expectedCalls = first + double(escalated.size()) / double(documents) * double(n - first);

        const QList<qsizetype> order = Cascade::agreementOrder(grid, systems);
        for (qsizetype rank = 0; rank < n; ++rank) {
            QCOMPARE(order.at(rank), means.at(rank).second);
        }
        const Cascade::Result result =
            Cascade::run(grid, Cascade::ordered(systems, order), {.first = first, .aggregate = {}});
        QCOMPARE(result.escalatedCount(), escalated.size());
        const double f1 = SpanScorer::score(wnut->gold, result.spans).overall.f1();
        QVERIFY2(std::abs(f1 - expectedF1) < 1e-9, qPrintable(u"%1 vs %2"_s.arg(f1).arg(expectedF1)));
        QVERIFY(std::abs(result.callsPerDocument() - expectedCalls) < 1e-9);
        QCOMPARE(result.escalatedCount(), escalatedDocuments);
        QCOMPARE(qRound(f1 * 10000), f1Basis);
        if (first == 2) {
            // Issue 22's goal: at least the aggregate of all seven, at no more than half its calls.
            const double all =
                SpanScorer::score(wnut->gold, Aggregator::aggregate(grid, systems, {})).overall.f1();
            QVERIFY2(f1 >= all, qPrintable(u"%1 < %2"_s.arg(f1).arg(all)));
            QVERIFY(result.callsPerDocument() <= double(n) / 2);
        }
    }
};

QTEST_APPLESS_MAIN(TestCascade)
#include "tst_cascade.moc"
