// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "metrics/roundevidence.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;
using Place = RoundEvidence::Place;

class TestRoundEvidence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        // Four documents; the round's batch is 1 and 3. B did not label document 3 (a failed piece).
        m_corpus = {Document(u"d0"_s, u"Dr. Ada Lovelace visited Paris ."_s, {}),
            Document(u"d1"_s, u"Dr. Alan Turing visited London ."_s, {}),
            Document(u"d2"_s, u"Nothing to see ."_s, {}),
            Document(u"d3"_s, u"Grace Hopper visited Boston ."_s, {})};
        m_layers = {
            {u"A"_s,
                {{}, {{4, 15, u"PER"_s}, {24, 30, u"LOC"_s}}, {}, {{0, 12, u"PER"_s}, {21, 27, u"LOC"_s}}},
                {0, 2}},
            {u"B"_s, {{}, {{0, 15, u"PER"_s}, {24, 30, u"LOC"_s}}, {}, {}}, {0, 2, 3}},
            {u"C"_s,
                {{}, {{4, 15, u"PER"_s}, {24, 30, u"PER"_s}}, {}, {{0, 12, u"PER"_s}, {21, 27, u"PER"_s}}},
                {0, 2}}};
    }

    void disputedIn_onlyAmongTheLayersCoveringTheDocument()
    {
        // Document 1: B's "Dr. Alan Turing", A and C's "Alan Turing", London as LOC and as PER.
        QCOMPARE(RoundEvidence::disputedIn(m_layers, 1),
            (QList<Span>{{0, 15, u"PER"_s}, {4, 15, u"PER"_s}, {24, 30, u"LOC"_s}, {24, 30, u"PER"_s}}));
        // Document 3: B is missing there, not silent: A and C dispute only Boston's type.
        QCOMPARE(
            RoundEvidence::disputedIn(m_layers, 3), (QList<Span>{{21, 27, u"LOC"_s}, {21, 27, u"PER"_s}}));
        QVERIFY(RoundEvidence::disputedIn(m_layers, 2).isEmpty());
    }

    void disputedDocuments_ofAPatternsTypes_atTheFirstSuchSpan()
    {
        QCOMPARE(RoundEvidence::disputedDocuments(m_layers, {1, 3}, {u"per"_s}),
            (QList<Place>{{1, 0, 15, Span{0, 15, u"PER"_s}}, {3, 21, 27, Span{21, 27, u"PER"_s}}}));
        QCOMPARE(RoundEvidence::disputedDocuments(m_layers, {1, 3}, {u"LOC"_s}),
            (QList<Place>{{1, 24, 30, Span{24, 30, u"LOC"_s}}, {3, 21, 27, Span{21, 27, u"LOC"_s}}}));
        QCOMPARE(RoundEvidence::disputedDocuments(m_layers, {1, 3}, {}).size(), 2); // any type
        QVERIFY(RoundEvidence::disputedDocuments(m_layers, {1, 3}, {u"ORG"_s}).isEmpty());
        QVERIFY(RoundEvidence::disputedDocuments(m_layers, {2}, {}).isEmpty()); // outside the disputes
    }

    void quoted_isTheDisputedSpanInsideTheQuote_orTheQuoteItself()
    {
        // The quote as a model writes it, without the tokeniser's spaces: B's title-and-name
        // overlaps it, and comes first.
        QCOMPARE(RoundEvidence::quoted(u"Alan Turing visited London."_s, m_corpus, m_layers, {1, 3}),
            (QList<Place>{{1, 0, 15, Span{0, 15, u"PER"_s}}}));
        // Where the layers agree all along the quote, the quote's own place.
        QCOMPARE(RoundEvidence::quoted(u"Hopper visited"_s, m_corpus, m_layers, {1, 3}),
            (QList<Place>{{3, 6, 20, std::nullopt}}));
        QCOMPARE(RoundEvidence::quoted(u"visited"_s, m_corpus, {}, {1, 3}),
            (QList<Place>{{1, 16, 23, std::nullopt}, {3, 13, 20, std::nullopt}}));
        // Document 0 holds the quote but is not in the batch.
        QVERIFY(RoundEvidence::quoted(u"Ada Lovelace"_s, m_corpus, m_layers, {1, 3}).isEmpty());
    }

private:
    QList<Document> m_corpus;
    QList<AnnotatorLayer> m_layers;
};

QTEST_APPLESS_MAIN(TestRoundEvidence)
#include "tst_roundevidence.moc"
