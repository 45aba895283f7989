// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "formats/offsetcodec.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;

class TestOffsetCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emojiAndCombiningMarks()
    {
        // "😀 Café" with a combining acute: the emoji is 2 UTF-16 units and 1 code point; the
        // accent is a code point of its own in both units.
        const QString text = u"\U0001F600 Cafe\u0301!"_s;
        const OffsetCodec codec(text);
        QCOMPARE(text.size(), 9);
        QCOMPARE(codec.codePointCount(), 8);
        QCOMPARE(codec.toUtf16(0), 0);
        QCOMPARE(codec.toUtf16(1), 2);
        QCOMPARE(codec.toUtf16(2), 3);
        QCOMPARE(codec.toUtf16(8), 9);
        QCOMPARE(codec.toUtf16(9), -1);
        QCOMPARE(codec.toCodePoints(2), 1);
        QCOMPARE(codec.toCodePoints(1), -1); // inside the surrogate pair
        QCOMPARE(codec.toCodePoints(8), 7);
        QCOMPARE(codec.toCodePoints(9), 8);
        for (int cp = 0; cp <= codec.codePointCount(); ++cp) {
            QCOMPARE(codec.toCodePoints(codec.toUtf16(cp)), cp);
        }
    }

    void emptyText()
    {
        const OffsetCodec codec(QString{});
        QCOMPARE(codec.codePointCount(), 0);
        QCOMPARE(codec.toUtf16(0), 0);
        QCOMPARE(codec.toCodePoints(0), 0);
    }
};

QTEST_APPLESS_MAIN(TestOffsetCodec)
#include "tst_offsetcodec.moc"
