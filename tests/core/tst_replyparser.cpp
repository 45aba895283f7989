// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "pilot/mentionaligner.h"
#include "pilot/replyparser.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;

using Mention = ReplyParser::Mention;

class TestReplyParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tolerantParsing_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::addColumn<int>("mentions");
        QTest::addColumn<bool>("repaired");
        const QString plain =
            u"{\"entities\": [{\"text\": \"Ada\", \"type\": \"PER\", \"start\": 0, \"end\": 3}]}"_s;
        QTest::newRow("plain") << plain << 1 << false;
        QTest::newRow("think block") << u"<think>\nIs Ada a person? Yes.\n</think>\n"_s + plain << 1 << true;
        QTest::newRow("code fence and prose")
            << u"Here you go:\n```json\n"_s + plain + u"\n```\nDone."_s << 1 << true;
        QTest::newRow("trailing commas")
            << u"{\"entities\": [{\"text\": \"Ada\", \"type\": \"PER\",},],}"_s << 1 << true;
        QTest::newRow("brace in a string")
            << u"{\"entities\": [{\"text\": \"a}b{\", \"type\": \"ORG\"}]}"_s << 1 << false;
        QTest::newRow("empty") << u"{\"entities\": []}"_s << 0 << false;
    }
    void tolerantParsing()
    {
        QFETCH(QString, reply);
        QFETCH(int, mentions);
        QFETCH(bool, repaired);
        const auto result = ReplyParser::parse(reply, {u"PER"_s, u"ORG"_s});
        QVERIFY2(result.has_value(), result ? "" : qPrintable(result.error()));
        QCOMPARE(result->mentions.size(), mentions);
        QCOMPARE(result->repaired, repaired);
    }

    void failures_areErrorsNotEmptyResults_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::newRow("prose") << u"I found Ada Lovelace, a person."_s;
        QTest::newRow("unbalanced") << u"{\"entities\": [{\"text\": \"Ada\""_s;
        QTest::newRow("wrong schema") << u"{\"people\": [\"Ada\"]}"_s;
        QTest::newRow("unfinished think") << u"<think>still thinking"_s;
    }
    void failures_areErrorsNotEmptyResults()
    {
        QFETCH(QString, reply);
        QVERIFY(!ReplyParser::parse(reply, {u"PER"_s}).has_value());
    }

    void types_outsideTheSchemeAreDroppedAndCounted()
    {
        const auto result = ReplyParser::parse(
            u"{\"entities\": [{\"text\": \"Ada\", \"type\": \"per\"}, {\"text\": \"Mars\", \"type\": "
            u"\"PLANET\"}, "
            u"{\"text\": \"\", \"type\": \"PER\"}, {\"text\": \"IBM\", \"type\": \"ORG\", \"start\": \"4\", \"confidence\": 0.5}]}"_s,
            {u"PER"_s, u"ORG"_s});
        QVERIFY(result.has_value());
        QCOMPARE(result->droppedUnknownType, 1);
        QCOMPARE(result->droppedMalformed, 1);
        QCOMPARE(result->mentions.size(), 2);
        QCOMPARE(result->mentions.at(0).type, u"PER"_s); // the scheme's spelling
        QCOMPARE(result->mentions.at(1).start.value(), 4);
        QCOMPARE(result->mentions.at(1).confidence, 0.5);
    }

    void aligner_prefersReportedOffset()
    {
        const QString text = u"Paris is in France. Paris Hilton is not."_s;
        const auto aligned = MentionAligner::align(text, {Mention{u"Paris"_s, u"PER"_s, 20, 25, 1.0}});
        QCOMPARE(aligned.spans, QList<Span>{(Span{20, 25, u"PER"_s})});
        QVERIFY(aligned.issues.isEmpty());
        // A slightly wrong offset still picks the nearer occurrence.
        const auto near = MentionAligner::align(text, {Mention{u"Paris"_s, u"LOC"_s, 2, 7, 1.0}});
        QCOMPARE(near.spans.first().start, 0);
    }

    void aligner_wordBoundariesWhitespaceAndReadingOrder()
    {
        const QString text = u"New  York and York and Yorkshire. York!"_s;
        // "York" never matches inside "Yorkshire"; "New York" matches across two spaces.
        const auto aligned = MentionAligner::align(text,
            {Mention{u"New York"_s, u"LOC"_s, {}, {}, 1.0}, Mention{u"York"_s, u"LOC"_s, {}, {}, 1.0},
                Mention{u"York"_s, u"LOC"_s, {}, {}, 1.0}});
        QCOMPARE(aligned.spans, (QList<Span>{{0, 9, u"LOC"_s}, {14, 18, u"LOC"_s}, {34, 38, u"LOC"_s}}));
        // Two "York" mentions for two free occurrences (the third is inside "New York"): no guess.
        QVERIFY(aligned.issues.isEmpty());
    }

    void aligner_recordsNotFoundAndAmbiguous()
    {
        const QString text = u"Ada met Ada."_s;
        const auto aligned = MentionAligner::align(
            text, {Mention{u"Ada"_s, u"PER"_s, {}, {}, 1.0}, Mention{u"Grace"_s, u"PER"_s, {}, {}, 1.0}});
        QCOMPARE(aligned.spans, QList<Span>{(Span{0, 3, u"PER"_s})}); // placed, at the first
        QCOMPARE(aligned.issues.size(), 2);
        QCOMPARE(aligned.issues.at(0).kind, MentionAligner::Issue::Kind::Ambiguous);
        QCOMPARE(aligned.issues.at(0).candidates, 2);
        QCOMPARE(aligned.issues.at(1).kind, MentionAligner::Issue::Kind::NotFound);
        // Offsets in code points: after an emoji the UTF-16 offset is one more.
        const auto emoji =
            MentionAligner::align(u"\U0001F600 Ada and Ada"_s, {Mention{u"Ada"_s, u"PER"_s, 10, 13, 1.0}});
        QCOMPARE(emoji.spans.first().start, 11);
    }

    void snapToTokens_widensToWholeTokens_andCounts()
    {
        // Tokens as a CoNLL file gives them: "#Obama" and "\"Vienna\"." are one token each.
        const QString text = u"Thanks #Obama for \"Vienna\". Ok"_s;
        QList<Token> tokens{{0, 6}, {7, 13}, {14, 17}, {18, 27}, {28, 30}};
        const Document document(u"d"_s, text, {Sentence{0, 30, tokens, {}, 0}});
        const auto aligned = MentionAligner::align(text,
            {Mention{u"Obama"_s, u"PER"_s, {}, {}, 1.0}, Mention{u"Vienna"_s, u"LOC"_s, {}, {}, 1.0},
                Mention{u"Thanks"_s, u"ORG"_s, {}, {}, 1.0}});
        QList<Span> spans = aligned.spans;
        const QList<MentionAligner::Widening> widened = MentionAligner::snapToTokens(spans, document);
        QCOMPARE(widened.size(), 2); // what a round's loss report lists
        QCOMPARE(widened.first().before, (Span{8, 13, u"PER"_s}));
        QCOMPARE(widened.first().after, (Span{7, 13, u"PER"_s}));
        QCOMPARE(widened.last().after, (Span{18, 27, u"LOC"_s}));
        QCOMPARE(spans, (QList<Span>{{0, 6, u"ORG"_s}, {7, 13, u"PER"_s}, {18, 27, u"LOC"_s}}));
        // Already whole: nothing to count. A second mention snapped onto the same tokens merges.
        QList<Span> twice{{7, 13, u"PER"_s}, {8, 13, u"PER"_s}};
        QCOMPARE(MentionAligner::snapToTokens(twice, document).size(), 1);
        QCOMPARE(twice, QList<Span>{(Span{7, 13, u"PER"_s})});
        // Without tokens (a corpus never tokenized) spans stay as placed.
        QList<Span> untouched{{8, 13, u"PER"_s}};
        QCOMPARE(MentionAligner::snapToTokens(untouched, Document(u"d"_s, text, {})).size(), 0);
        QCOMPARE(untouched.first().start, 8);
    }
};

QTEST_APPLESS_MAIN(TestReplyParser)
#include "tst_replyparser.moc"
