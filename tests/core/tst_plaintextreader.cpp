// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "formats/plaintextreader.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;

class TestPlainTextReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sentencesAndWords()
    {
        const auto document = PlainTextReader::read(
            "Dr. Smith went to Paris. He liked it!\r\nNew line here."_ba, u"/tmp/notes.txt"_s);
        QVERIFY(document.has_value());
        QCOMPARE(document->id(), u"notes"_s);
        QCOMPARE(document->text(), u"Dr. Smith went to Paris. He liked it!\nNew line here."_s);
        QStringList sentences;
        for (const Sentence &sentence : document->sentences()) {
            sentences.append(document->text().mid(sentence.start, sentence.end - sentence.start));
        }
        // UAX #29 has no abbreviation list: "Dr." ends a sentence there, as the standard says.
        QVERIFY(sentences.contains(u"He liked it!"_s));
        QCOMPARE(sentences.last(), u"New line here."_s);
        QCOMPARE(document->sentences().last().sourceLine, 2);
        QStringList tokens;
        for (const Sentence &sentence : document->sentences()) {
            for (const Token &token : sentence.tokens) {
                tokens.append(document->tokenText(token).toString());
            }
        }
        QCOMPARE(tokens.mid(tokens.size() - 4), (QStringList{u"New"_s, u"line"_s, u"here"_s, u"."_s}));
        QVERIFY(tokens.contains(u"Paris"_s));
        QVERIFY(!tokens.contains(u" "_s));
    }

    void unicode_emojiAndCombiningMarksStayWhole()
    {
        const auto document = PlainTextReader::read("Caf\x65\xCC\x81 \xF0\x9F\x98\x80 ok"_ba, u"u.txt"_s);
        QVERIFY(document.has_value());
        QStringList tokens;
        for (const Token &token : document->sentences().first().tokens) {
            tokens.append(document->tokenText(token).toString());
        }
        QCOMPARE(tokens, (QStringList{u"Cafe\u0301"_s, u"\U0001F600"_s, u"ok"_s}));
    }

    void errors()
    {
        const auto empty = PlainTextReader::read(" \n\t\n"_ba, u"e.txt"_s);
        QVERIFY(!empty.has_value());
        QVERIFY(empty.error().message.contains(u"found none"_s));
        const auto invalid = PlainTextReader::read("fine\nbad \xc3\x28 here\n"_ba, u"b.txt"_s);
        QVERIFY(!invalid.has_value());
        QCOMPARE(invalid.error().line, 2);
    }
};

QTEST_APPLESS_MAIN(TestPlainTextReader)
#include "tst_plaintextreader.moc"
