// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "models/calllogmodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench;
using Model = Ui::CallLogModel;

namespace {

Core::LlmCallRecord record(const QString &annotator, const QString &failure = {})
{
    Core::LlmCallRecord made;
    made.created = QDateTime(QDate(2026, 12, 1), QTime(9, 30), QTimeZone::utc());
    made.annotator = annotator;
    made.document = u"doc-7"_s;
    made.model = u"model-x"_s;
    made.failure = failure;
    made.promptTokens = 1200;
    made.completionTokens = 34;
    made.reasoningTokens = 5;
    made.cost = 0.01234;
    made.request = R"({"messages": []})";
    made.response = R"({"content": "[]"})";
    return made;
}

} // namespace

class TestCallLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c()); // numbers as the expectations below write them
    }

    void setRecords_resets_andAppendInsertsOneRowAtTheEnd()
    {
        Model model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy aboutToInsert(&model, &QAbstractItemModel::rowsAboutToBeInserted);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(Model::ColumnCount));

        model.setRecords({record(u"a"_s), record(u"b"_s)});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        model.append(record(u"supervisor"_s, u"timeout"_s));
        QCOMPARE(aboutToInsert.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 2);
        QCOMPARE(inserted.first().at(2).toInt(), 2);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.records().last().annotator, u"supervisor"_s);
        QCOMPARE(model.rowCount(model.index(0, 0)), 0); // a table: no children
        QCOMPARE(model.columnCount(model.index(0, 0)), 0);

        model.setRecords({});
        QCOMPARE(reset.size(), 2);
        QCOMPARE(model.rowCount(), 0);
    }

    void data_saysTheStatusInWords_andTheTokensInTheTooltip()
    {
        Model model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecords({record(u"a"_s), record(u"b"_s, u"HTTP 429"_s)});
        QCOMPARE(model.index(0, Model::AnnotatorColumn).data().toString(), u"a"_s);
        QCOMPARE(model.index(0, Model::DocumentColumn).data().toString(), u"doc-7"_s);
        QCOMPARE(model.index(0, Model::ModelColumn).data().toString(), u"model-x"_s);
        QCOMPARE(model.index(0, Model::StatusColumn).data().toString(), u"ok"_s);
        QCOMPARE(model.index(1, Model::StatusColumn).data().toString(), u"failed: HTTP 429"_s);
        QCOMPARE(model.index(0, Model::TokensColumn).data().toString(), u"1234"_s);
        QCOMPARE(model.index(0, Model::CostColumn).data().toString(), u"0.0123"_s);
        QCOMPARE(model.index(0, Model::TokensColumn).data(Qt::ToolTipRole).toString(),
            u"1200 in, 34 out, 5 reasoning"_s);
        QVERIFY(!model.index(0, Model::TimeColumn).data().toString().isEmpty());
        QCOMPARE(model.index(0, Model::CostColumn).data(Qt::TextAlignmentRole).toInt(),
            int(Qt::AlignRight | Qt::AlignVCenter));
        QVERIFY(!model.index(0, Model::AnnotatorColumn).data(Qt::TextAlignmentRole).isValid());
        QCOMPARE(model.headerData(Model::CostColumn, Qt::Horizontal).toString(), u"Cost (USD)"_s);
        QVERIFY(model.headerData(0, Qt::Vertical).isValid()); // row numbers, as the base class gives

        QVERIFY(model.detail(1).contains(u"\"messages\""_s));
        QVERIFY(model.detail(1).contains(u"Response:\n{\"content\": \"[]\"}"_s));
        QCOMPARE(model.detail(2), QString());
        QCOMPARE(model.detail(-1), QString());
    }
};

QTEST_GUILESS_MAIN(TestCallLogModel)
#include "tst_calllogmodel.moc"
