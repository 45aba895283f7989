// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "pilot/proposal.h"
#include "pilot/worddiff.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Workbench::Core::Proposal;
using Workbench::Core::WordDiff;
using Op = WordDiff::Piece::Op;

class TestWordDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compare_keepsRemovesAdds()
    {
        const QList<WordDiff::Piece> pieces = WordDiff::compare(u"Leave titles such as Dr. outside names."_s,
            u"Leave titles such as Dr. or Prof. outside\tnames."_s);
        const QList<WordDiff::Piece> expected{
            {Op::Same, {u"Leave"_s, u"titles"_s, u"such"_s, u"as"_s, u"Dr."_s}},
            {Op::Added, {u"or"_s, u"Prof."_s}}, {Op::Same, {u"outside"_s, u"names."_s}}};
        QCOMPARE(pieces, expected);
    }

    void compare_replacementIsRemovalThenAddition()
    {
        const QList<WordDiff::Piece> pieces = WordDiff::compare(u"Cities are LOC."_s, u"Towns are LOC."_s);
        const QList<WordDiff::Piece> expected{
            {Op::Removed, {u"Cities"_s}}, {Op::Added, {u"Towns"_s}}, {Op::Same, {u"are"_s, u"LOC."_s}}};
        QCOMPARE(pieces, expected);
        QCOMPARE(WordDiff::compare({}, u"new text"_s),
            (QList<WordDiff::Piece>{{Op::Added, {u"new"_s, u"text"_s}}}));
        QVERIFY(WordDiff::compare({}, {}).isEmpty());
    }

    void changeFraction_countsChangedWordsOfBoth()
    {
        QCOMPARE(Proposal::changeFraction(u"a b c"_s, u"a b c"_s), 0.0);
        QCOMPARE(Proposal::changeFraction(u"a b"_s, u"c d"_s), 1.0);
        QCOMPARE(Proposal::changeFraction(u"a b c d"_s, u"a b c e"_s), 2.0 / 8.0);
        QCOMPARE(Proposal::changeFraction({}, {}), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestWordDiff)
#include "tst_worddiff.moc"
