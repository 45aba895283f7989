// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "model/textlocator.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Workbench::Core::Document;
using Workbench::Core::TextLocator;
using Match = TextLocator::Match;

class TestTextLocator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void find_data()
    {
        QTest::addColumn<QString>("quote");
        QTest::addColumn<QList<Match>>("expected");
        // Document 1: "Dr. Ada Lovelace visited Paris last week ." (tokenised, as CoNLL gives it);
        // a match runs from its first letter or digit to its last.
        QTest::newRow("verbatim") << u"Dr. Ada Lovelace visited Paris last week ."_s
                                  << QList<Match>{{1, 0, 40}};
        QTest::newRow("untokenised") << u"Dr. Ada Lovelace visited Paris last week."_s
                                     << QList<Match>{{1, 0, 40}};
        QTest::newRow("a part, other spacing and case")
            << u"ada  LOVELACE\nvisited"_s << QList<Match>{{1, 4, 24}};
        QTest::newRow("other quotes and hyphens") << u"\"Paris\" -- last-week"_s << QList<Match>{{1, 25, 40}};
        QTest::newRow("shortened with an ellipsis")
            << u"Dr. Ada … visited Paris last week"_s << QList<Match>{{1, 17, 40}};
        QTest::newRow("in two documents") << u"visited Paris"_s << QList<Match>{{1, 17, 30}, {3, 6, 19}};
        QTest::newRow("reworded") << u"Ada Lovelace went to Paris"_s << QList<Match>{};
        QTest::newRow("too short to place") << u"Dr."_s << QList<Match>{};
        QTest::newRow("outside the positions searched") << u"Oslo"_s << QList<Match>{};
    }

    void find()
    {
        QFETCH(QString, quote);
        QFETCH(QList<Match>, expected);
        const QList<Document> corpus{Document(u"d0"_s, u"Oslo is cold ."_s, {}),
            Document(u"d1"_s, u"Dr. Ada Lovelace visited Paris last week ."_s, {}),
            Document(u"d2"_s, u"Nothing here ."_s, {}),
            Document(u"d3"_s, u"Grace visited Paris too ."_s, {})};
        QCOMPARE(TextLocator::find(quote, corpus, {1, 2, 3}), expected);
    }

    void find_wholeWordsOnly()
    {
        const QList<Document> corpus{Document(u"d0"_s, u"Their comparison was fair ."_s, {}),
            Document(u"d1"_s, u"A comparison of Parisian and Paris food ."_s, {}),
            Document(u"d2"_s, u"Paris2 and Paris ."_s, {})};
        // Inside "comparison", "Parisian" and "Paris2" the letters are there, the word is not: the
        // first place that begins and ends a word is taken.
        QCOMPARE(TextLocator::find(u"Paris"_s, corpus, {0, 1, 2}), (QList<Match>{{1, 29, 34}, {2, 11, 16}}));
        QCOMPARE(TextLocator::find(u"parison"_s, corpus, {0, 1}), QList<Match>{});
    }

    void find_offsetsAreUtf16_andIgnorePositionsOutOfRange()
    {
        const QList<Document> corpus{Document(u"d0"_s, u"😀 Ünïcödé straße ."_s, {})};
        const QList<Match> matches = TextLocator::find(u"ünïcödé STRASSE"_s, corpus, {0, 7, -1});
        // Case folding turns "ß" to "ss" only in full folding; a per-character fold keeps it, so
        // the quote with "ss" is a different text and the one with "ß" is found.
        QVERIFY(matches.isEmpty());
        QCOMPARE(TextLocator::find(u"ünïcödé STRAßE"_s, corpus, {0, 7, -1}), (QList<Match>{{0, 3, 17}}));
    }
};

QTEST_APPLESS_MAIN(TestTextLocator)
#include "tst_textlocator.moc"
