// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "metrics/aggregator.h"
#include "metrics/spanscorer.h"
#include "wnutfixture.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;

Q_DECLARE_METATYPE(Workbench::Core::Aggregator::Method)

namespace {

TokenGrid fourTokens()
{
    return TokenGrid(
        {Document(u"d"_s, u"a b c d"_s, {Sentence{0, 7, {{0, 1}, {2, 3}, {4, 5}, {6, 7}}, {}, 1}})});
}

// Three one-sentence documents "a b c d".
TokenGrid threeDocuments()
{
    QList<Document> documents;
    for (const QString &id : {u"d0"_s, u"d1"_s, u"d2"_s}) {
        documents.append(
            Document(id, u"a b c d"_s, {Sentence{0, 7, {{0, 1}, {2, 3}, {4, 5}, {6, 7}}, {}, 1}}));
    }
    return TokenGrid(documents);
}

} // namespace

class TestAggregator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plurality_oVotesCountAndTiesGiveO()
    {
        const QList<AnnotatorLayer> layers{
            {u"1"_s, {{{0, 1, u"X"_s}, {2, 3, u"X"_s}, {4, 5, u"X"_s}}}},
            {u"2"_s, {{{0, 1, u"X"_s}, {2, 3, u"Y"_s}}}},
            {u"3"_s, {{{0, 1, u"X"_s}, {6, 7, u"Z"_s}}}},
        };
        const DocumentSpans result = Aggregator::aggregate(
            fourTokens(), layers, {.method = Aggregator::Method::Plurality, .minVotes = 0, .weights = {}});
        // a: X by all. b: X, Y, O tie: O. c: X against two O: O. d: Z against two O: O.
        QCOMPARE(result.at(0), QList<Span>{(Span{0, 1, u"X"_s})});
    }

    void spanVote_minVotesAndOverlaps()
    {
        const QList<AnnotatorLayer> layers{
            {u"1"_s, {{{0, 3, u"X"_s}, {4, 5, u"Y"_s}}}},
            {u"2"_s, {{{0, 3, u"X"_s}, {2, 5, u"Y"_s}}}},
            {u"3"_s, {{{2, 5, u"Y"_s}, {6, 7, u"Z"_s}}}},
        };
        const auto run = [&layers](int minVotes) {
            return Aggregator::aggregate(fourTokens(), layers,
                {.method = Aggregator::Method::SpanVote, .minVotes = minVotes, .weights = {}})
                .at(0);
        };
        // Default: a majority (2 of 3). "a b"/X and "b c"/Y both have 2 votes and overlap: equal
        // length, so the earlier stays.
        QCOMPARE(run(0), QList<Span>{(Span{0, 3, u"X"_s})});
        QCOMPARE(run(1), (QList<Span>{{0, 3, u"X"_s}, {4, 5, u"Y"_s}, {6, 7, u"Z"_s}}));
        QVERIFY(run(3).isEmpty());
    }

    void aggregateLayer_isTheAggregateAsAnAggregateLayerNamingItsSources()
    {
        const QList<AnnotatorLayer> layers{
            {u"1"_s, {{{0, 3, u"X"_s}, {4, 5, u"Y"_s}}}},
            {u"2"_s, {{{0, 3, u"X"_s}, {2, 5, u"Y"_s}}}},
            {u"3"_s, {{{2, 5, u"Y"_s}, {6, 7, u"Z"_s}}}},
        };
        const Aggregator::Options options{
            .method = Aggregator::Method::SpanVote, .minVotes = 1, .weights = {}};
        const QDateTime created(QDate(2026, 12, 1), QTime(9, 30), QTimeZone::utc());
        const ImportedLayer layer =
            Aggregator::aggregateLayer(fourTokens(), layers, options, u"majority"_s, created);
        QCOMPARE(layer.name, u"majority"_s);
        QCOMPARE(layer.kind, LayerKind::Aggregate);
        QCOMPARE(layer.spans, Aggregator::aggregate(fourTokens(), layers, options));
        QCOMPARE(layer.provenance.source, u"1, 2, 3"_s);
        QCOMPARE(layer.provenance.tool, u"workbench aggregate (span-vote)"_s);
        QCOMPARE(layer.provenance.created, created);
        QVERIFY(layer.loss.isEmpty());
    }

    void weighted_followsWeights()
    {
        const QList<AnnotatorLayer> layers{
            {u"heavy"_s, {{{0, 1, u"X"_s}}}},
            {u"light1"_s, {{}}},
            {u"light2"_s, {{}}},
        };
        const auto run = [&](QList<double> weights) {
            return Aggregator::aggregate(fourTokens(), layers,
                {.method = Aggregator::Method::Weighted, .minVotes = 0, .weights = weights})
                .at(0);
        };
        QCOMPARE(run({0.6, 0.2, 0.2}), QList<Span>{(Span{0, 1, u"X"_s})});
        QVERIFY(run({0.4, 0.3, 0.3}).isEmpty());
        QVERIFY(run({0.5, 0.25, 0.25}).isEmpty()); // a tie gives O
    }

    void everyMethod_votesAmongTheLayersCoveringADocument_data()
    {
        QTest::addColumn<Aggregator::Method>("method");
        QTest::addColumn<QList<double>>("weights");
        QTest::newRow("plurality") << Aggregator::Method::Plurality << QList<double>{};
        QTest::newRow("span-vote") << Aggregator::Method::SpanVote << QList<double>{};
        QTest::newRow("weighted") << Aggregator::Method::Weighted << QList<double>{0.2, 0.4, 0.4};
        QTest::newRow("weighted, agreement weights") << Aggregator::Method::Weighted << QList<double>{};
    }

    void everyMethod_votesAmongTheLayersCoveringADocument()
    {
        QFETCH(Aggregator::Method, method);
        QFETCH(QList<double>, weights);
        // Document 0: all three cover it and agree. Document 1: only "1" covers it (the others
        // lack it, their empty lists are no votes for O). Document 2: no layer covers it.
        const QList<AnnotatorLayer> layers{
            {u"1"_s, {{{0, 3, u"X"_s}}, {{2, 5, u"Y"_s}, {6, 7, u"Z"_s}}, {{0, 1, u"X"_s}}}, {2}},
            {u"2"_s, {{{0, 3, u"X"_s}}, {}, {{0, 1, u"X"_s}}}, {1, 2}},
            {u"3"_s, {{{0, 3, u"X"_s}}, {}, {}}, {1, 2}},
        };
        const DocumentSpans result = Aggregator::aggregate(
            threeDocuments(), layers, {.method = method, .minVotes = 0, .weights = weights});
        QCOMPARE(result.size(), 3);
        QCOMPARE(result.at(0), QList<Span>{(Span{0, 3, u"X"_s})});
        QCOMPARE(result.at(1), (QList<Span>{{2, 5, u"Y"_s}, {6, 7, u"Z"_s}}));
        QVERIFY(result.at(2).isEmpty());
        // As a layer, the aggregate does not cover the document no layer covers: it had no vote
        // there, which is not a vote for "no entities" (and an export leaves it out).
        const ImportedLayer layer = Aggregator::aggregateLayer(threeDocuments(), layers,
            {.method = method, .minVotes = 0, .weights = weights}, u"aggregate"_s, QDateTime());
        QCOMPARE(layer.uncoveredDocuments, QSet<qsizetype>{2});
    }

    void spanVote_majorityIsOfTheCoveringLayers()
    {
        // Document 0 is covered by "1" and "2" only: the default majority there is 2 of 2, so the
        // span only "1" has is out and the shared one is in; "3" lacking it changes nothing.
        const QList<AnnotatorLayer> layers{
            {u"1"_s, {{{0, 1, u"X"_s}, {4, 5, u"Y"_s}}}},
            {u"2"_s, {{{0, 1, u"X"_s}}}},
            {u"3"_s, {{}}, {0}},
            {u"4"_s, {{}}, {0}},
        };
        const auto run = [&layers](int minVotes) {
            return Aggregator::aggregate(fourTokens(), layers,
                {.method = Aggregator::Method::SpanVote, .minVotes = minVotes, .weights = {}})
                .at(0);
        };
        QCOMPARE(run(0), QList<Span>{(Span{0, 1, u"X"_s})});
        QCOMPARE(run(1), (QList<Span>{{0, 1, u"X"_s}, {4, 5, u"Y"_s}}));
        QVERIFY(run(3).isEmpty()); // an explicit count stays a count of votes
    }

    void wnut17_defaultBeatsEverySystem()
    {
        const auto wnut = WnutFixture::load();
        QVERIFY(wnut.has_value());
        const TokenGrid grid(wnut->documents);
        double best = 0.0;
        for (const AnnotatorLayer &system : wnut->systems) {
            best = std::max(best, SpanScorer::score(wnut->gold, system.spans).overall.f1());
        }
        QCOMPARE(qRound(best * 10000), 4186); // UH-RiTUAL
        const Aggregator::Options defaults;
        QCOMPARE(defaults.method, Aggregator::Method::Weighted);
        const double weighted =
            SpanScorer::score(wnut->gold, Aggregator::aggregate(grid, wnut->systems, defaults)).overall.f1();
        QVERIFY2(weighted > best, qPrintable(QString::number(weighted)));
        QCOMPARE(qRound(weighted * 10000), 4511);
        const double plurality = SpanScorer::score(wnut->gold,
            Aggregator::aggregate(grid, wnut->systems,
                {.method = Aggregator::Method::Plurality,
                    .minVotes = 0,
                    .weights = {}})).overall.f1();
        const double majority = SpanScorer::score(wnut->gold,
            Aggregator::aggregate(grid, wnut->systems,
                {.method = Aggregator::Method::SpanVote,
                    .minVotes = 0,
                    .weights = {}})).overall.f1();
        QCOMPARE(qRound(plurality * 10000), 4450);
        QCOMPARE(qRound(majority * 10000), 4348);
    }
};

QTEST_APPLESS_MAIN(TestAggregator)
#include "tst_aggregator.moc"
