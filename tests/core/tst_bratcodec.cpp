// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "formats/bratcodec.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

class TestBratCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void read_textBoundDiscontinuousAndOthers()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(u"a.txt"_s), "\xF0\x9F\x98\x80 Ada Lovelace met\nCharles Babbage.\n"_ba);
        writeFile(dir.filePath(u"a.ann"_s),
            "T1\tPER 2 14\tAda Lovelace\n"
            "T2\tPER 19 34\tCharles Babbage\n"
            "T3\tPER 2 5;19 26\tAda Charles\n"
            "R1\tKnows Arg1:T1 Arg2:T2\n"
            "#1\tAnnotatorNotes T1\tfirst programmer\n"_ba);
        writeFile(dir.filePath(u"b.txt"_s), "Nothing here.\n"_ba); // no .ann: no spans
        const auto file = BratCodec::read(dir.path());
        QVERIFY2(file.has_value(), file ? "" : qPrintable(file.error().toString()));
        QCOMPARE(file->documents.size(), 2);
        QCOMPARE(file->documents.at(0).id(), u"a"_s);
        QCOMPARE(file->spans.at(0).size(), 2);
        const Span &ada = file->spans.at(0).first();
        QCOMPARE(file->documents.at(0).text().mid(ada.start, ada.end - ada.start), u"Ada Lovelace"_s);
        QCOMPARE(ada.start, 3); // code point 2 is UTF-16 unit 3 after the emoji
        QCOMPARE(file->loss.count(u"discontinuous"_s), 1);
        QCOMPARE(file->loss.entries().first().line, 3);
        QCOMPARE(file->warnings.size(), 1);
        QVERIFY(file->warnings.first().contains(u"a.ann:4: warning: 2 "_s));
        QVERIFY(file->spans.at(1).isEmpty());
    }

    void read_errorsNameTheLine_data()
    {
        QTest::addColumn<QByteArray>("ann");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("surface mismatch") << "T1\tPER 0 3\tBob\n"_ba << u"expected the text 'Bob'"_s;
        QTest::newRow("offset past end") << "T1\tPER 0 99\tAda\n"_ba << u"START < END"_s;
        QTest::newRow("malformed T") << "T1 PER 0 3 Ada\n"_ba << u"T<n><TAB>TYPE"_s;
        QTest::newRow("unknown kind") << "X1\tfoo\n"_ba << u"brat annotation line"_s;
    }
    void read_errorsNameTheLine()
    {
        QFETCH(QByteArray, ann);
        QFETCH(QString, fragment);
        QTemporaryDir dir;
        writeFile(dir.filePath(u"d.txt"_s), "Ada rocks\n"_ba);
        writeFile(dir.filePath(u"d.ann"_s), ann);
        const auto file = BratCodec::read(dir.path());
        QVERIFY(!file.has_value());
        QCOMPARE(file.error().file, dir.filePath(u"d.ann"_s));
        QCOMPARE(file.error().line, 1);
        QVERIFY2(file.error().message.contains(fragment), qPrintable(file.error().message));
    }

    void read_neverLeavesTheDirectory()
    {
        QTemporaryDir outside;
        writeFile(outside.filePath(u"secret.txt"_s), "outside\n"_ba);
        QTemporaryDir dir;
        writeFile(dir.filePath(u"in.txt"_s), "inside\n"_ba);
        QVERIFY(QFile::link(outside.filePath(u"secret.txt"_s), dir.filePath(u"link.txt"_s)));
        QVERIFY(QDir(dir.path()).mkdir(u"sub.txt"_s));
        const auto file = BratCodec::read(dir.path());
        QVERIFY(file.has_value());
        QCOMPARE(file->documents.size(), 1);
        QCOMPARE(file->documents.first().id(), u"in"_s);
        QVERIFY(!BratCodec::read(dir.filePath(u"missing"_s)).has_value());
    }

    void read_documentsInTheOrderTheirNamesCount()
    {
        QTemporaryDir dir;
        for (const QString &name : {u"doc10"_s, u"doc9"_s, u"doc009b"_s, u"doc1"_s, u"notes"_s}) {
            writeFile(dir.filePath(name + u".txt"_s), name.toUtf8() + '\n');
        }
        const auto file = BratCodec::read(dir.path());
        QVERIFY(file.has_value());
        QStringList ids;
        for (const Document &document : file->documents) {
            ids.append(document.id());
        }
        QCOMPARE(ids, (QStringList{u"doc1"_s, u"doc9"_s, u"doc009b"_s, u"doc10"_s, u"notes"_s}));
    }

    void write_roundTripWithSafeNames()
    {
        const QString text = u"\U0001F600 Ada\nBob"_s;
        Document a(u"../evil/name"_s, text,
            {Sentence{0, 6, {{0, 2}, {3, 6}}, {}, 1}, Sentence{7, 10, {{7, 10}}, {}, 2}});
        Document b(u"../evil/name"_s, u"x"_s, {Sentence{0, 1, {{0, 1}}, {}, 1}});
        QTemporaryDir dir;
        const QString out = dir.filePath(u"out"_s);
        QVERIFY(BratCodec::write(out, {a, b}, {{{3, 6, u"PER"_s}, {7, 10, u"PER"_s}}, {}}).has_value());
        const QStringList files = QDir(out).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files,
            (QStringList{u"annotation.conf"_s, u"doc.._evil_name-2.ann"_s, u"doc.._evil_name-2.txt"_s,
                u"doc.._evil_name.ann"_s, u"doc.._evil_name.txt"_s}));
        QFile ann(QDir(out).filePath(u"doc.._evil_name.ann"_s));
        QVERIFY(ann.open(QIODevice::ReadOnly));
        QCOMPARE(ann.readAll(), "T1\tPER 2 5\tAda\nT2\tPER 6 9\tBob\n"_ba);
        const auto again = BratCodec::read(out);
        QVERIFY(again.has_value());
        QCOMPARE(again->spans.at(1), (QList<Span>{{3, 6, u"PER"_s}, {7, 10, u"PER"_s}}));
    }
};

QTEST_APPLESS_MAIN(TestBratCodec)
#include "tst_bratcodec.moc"
