// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "model/entityscheme.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;

class TestEntityScheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void json_roundTrip()
    {
        const EntityScheme scheme({EntityType{.code = u"PER"_s,
                                       .definition = u"A person"_s,
                                       .positiveExamples = {u"Ada Lovelace"_s},
                                       .negativeExamples = {u"the author"_s},
                                       .colour = u"#E69F00"_s},
            EntityType{.code = u"creative-work"_s,
                .definition = {},
                .positiveExamples = {},
                .negativeExamples = {},
                .colour = {}}});
        const auto back = EntityScheme::fromJson(scheme.toJson());
        QVERIFY(back.has_value());
        QCOMPARE(*back, scheme);
        QCOMPARE(back->codes(), (QStringList{u"PER"_s, u"creative-work"_s}));
    }

    void json_errorsSayWhatWasExpected_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("no types") << R"({})"_ba << u"types: expected an array"_s;
        QTest::newRow("type not object") << R"({"types":[1]})"_ba << u"types[0]: expected an object"_s;
        QTest::newRow("empty code") << R"({"types":[{"code":""}]})"_ba << u"types[0].code"_s;
        QTest::newRow("bad examples")
            << R"({"types":[{"code":"X","positive":"a"}]})"_ba << u"types[0].positive"_s;
        QTest::newRow("duplicate") << R"({"types":[{"code":"X"},{"code":"X"}]})"_ba << u"share a code"_s;
    }
    void json_errorsSayWhatWasExpected()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, fragment);
        const auto scheme = EntityScheme::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(!scheme.has_value());
        QVERIFY2(scheme.error().contains(fragment), qPrintable(scheme.error()));
    }

    void ensureType_addsOnce()
    {
        EntityScheme scheme;
        scheme.ensureType(u"LOC"_s);
        scheme.ensureType(u"LOC"_s);
        QCOMPARE(scheme.types().size(), 1);
        QVERIFY(scheme.contains(u"LOC"_s));
    }
};

QTEST_APPLESS_MAIN(TestEntityScheme)
#include "tst_entityscheme.moc"
