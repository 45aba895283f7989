// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
// Annotate All Occurrences in the core: which token runs match (exactly, case and all) and what a
// curated layer makes of them (added, already there, or skipped for overlapping another span).
#include "model/occurrenceplan.h"
#include "model/tokenoccurrences.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;
using Occurrence = TokenOccurrences::Occurrence;

Q_DECLARE_METATYPE(QList<Occurrence>)

namespace {

// A document of one sentence per line, tokens split at spaces.
Document document(const QString &text)
{
    QList<Sentence> sentences;
    int start = 0;
    for (const QString &line : text.split(u'\n')) {
        Sentence sentence{start, start + int(line.size()), {}, {}, 0};
        int at = start;
        for (const QString &word : line.split(u' ', Qt::SkipEmptyParts)) {
            at = int(text.indexOf(word, at));
            sentence.tokens.append({at, at + int(word.size())});
            at += int(word.size());
        }
        sentences.append(sentence);
        start += int(line.size()) + 1;
    }
    return Document(u"d"_s, text, sentences);
}

} // namespace

class TestTokenOccurrences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void find_matchesWholeTokensExactly_data()
    {
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QStringList>("tokens");
        QTest::addColumn<QList<Occurrence>>("expected");
        QTest::newRow("across documents and sentences")
            << QStringList{u"I saw New York .\nNew York is big"_s, u"to New York"_s}
            << QStringList{u"New"_s, u"York"_s} << QList<Occurrence>{{0, 6, 14}, {0, 17, 25}, {1, 3, 11}};
        QTest::newRow("case is evidence") << QStringList{u"Apple sells apple juice"_s, u"APPLE"_s}
                                          << QStringList{u"Apple"_s} << QList<Occurrence>{{0, 0, 5}};
        QTest::newRow("whole tokens, not substrings")
            << QStringList{u"York Yorkshire NewYork"_s} << QStringList{u"York"_s}
            << QList<Occurrence>{{0, 0, 4}};
        QTest::newRow("runs may overlap") << QStringList{u"la la la"_s} << QStringList{u"la"_s, u"la"_s}
                                          << QList<Occurrence>{{0, 0, 5}, {0, 3, 8}};
        QTest::newRow("no tokens, nothing") << QStringList{u"a b"_s} << QStringList{} << QList<Occurrence>{};
    }
    void find_matchesWholeTokensExactly()
    {
        QFETCH(QStringList, texts);
        QFETCH(QStringList, tokens);
        QFETCH(QList<Occurrence>, expected);
        QList<Document> documents;
        for (const QString &text : texts) {
            documents.append(document(text));
        }
        QCOMPARE(TokenOccurrences::find(documents, tokens), expected);
    }

    void tokensAt_theTokensARangeTouches()
    {
        const Document text = document(u"I saw New York ."_s);
        QCOMPARE(TokenOccurrences::tokensAt(text, 7, 12), (QStringList{u"New"_s, u"York"_s}));
        QCOMPARE(TokenOccurrences::tokensAt(text, 8, 8), QStringList{u"New"_s}); // a cursor
        QVERIFY(TokenOccurrences::tokensAt(text, 5, 6).isEmpty()); // the space between
    }

    void plan_addsTheRest_skipsOverlaps_andLeavesTheSpanThere()
    {
        // "New York" in documents 0 (the source, and again), 1 (already LOC), 2 (York is PER: an
        // overlap), 3 (new york: not the same tokens) and 4 (free).
        const QList<Document> documents{document(u"New York and New York"_s), document(u"New York"_s),
            document(u"New York"_s), document(u"new york"_s), document(u"in New York"_s)};
        const DocumentSpans curated{{{0, 8, u"LOC"_s}}, {{0, 8, u"LOC"_s}}, {{4, 8, u"PER"_s}}};
        const auto found = TokenOccurrences::find(documents, {u"New"_s, u"York"_s});
        QCOMPARE(found.size(), 5);
        const OccurrencePlan plan = OccurrencePlan::make(found, {0, 0, 8}, u"LOC"_s, curated);
        QCOMPARE(plan.toAnnotate, (QList<Occurrence>{{0, 13, 21}, {4, 3, 11}}));
        QCOMPARE(plan.alreadyAnnotated, 1);
        QCOMPARE(plan.overlapping, 1);
    }

    void plan_overlappingRuns_theLaterSkipped()
    {
        const QList<Document> documents{document(u"la"_s), document(u"la la la"_s)};
        const auto found = TokenOccurrences::find(documents, {u"la"_s, u"la"_s});
        QCOMPARE(found.size(), 2);
        // The source is elsewhere; of the two runs of document 1, the second overlaps the first.
        const OccurrencePlan plan = OccurrencePlan::make(found, {0, 0, 2}, u"X"_s, {{{0, 2, u"X"_s}}});
        QCOMPARE(plan.toAnnotate, (QList<Occurrence>{{1, 0, 5}}));
        QCOMPARE(plan.overlapping, 1);
    }
};

QTEST_GUILESS_MAIN(TestTokenOccurrences)
#include "tst_tokenoccurrences.moc"
