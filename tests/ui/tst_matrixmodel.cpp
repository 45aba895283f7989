// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "models/matrixmodel.h"
#include "models/matrixroles.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench;

class TestMatrixModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void heatMap_numbersColoursAndHeaders()
    {
        Ui::MatrixModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        Core::AgreementResult result;
        result.layers = {u"a"_s, u"b"_s};
        result.f1 = {{1.0, 0.25}, {0.25, 1.0}};
        result.mean = {0.25, 0.25};
        model.setResult(result);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 1).data().toString(), u"0.25"_s);
        QCOMPARE(model.index(0, 1).data(Ui::MatrixRoles::ValueRole).toDouble(), 0.25);
        const QColor low = model.index(0, 1).data(Qt::BackgroundRole).value<QColor>();
        const QColor high = model.index(0, 0).data(Qt::BackgroundRole).value<QColor>();
        QVERIFY(high.lightness() < low.lightness()); // darker is more agreement
        QCOMPARE(model.index(0, 0).data(Qt::ForegroundRole).value<QColor>(), QColor(Qt::white));
        QCOMPARE(model.headerData(1, Qt::Vertical).toString(), u"2. b (mean 0.25)"_s);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"2"_s);
        QVERIFY(model.index(0, 1).data(Qt::ToolTipRole).toString().contains(u"a and b"_s));

        // One type's matrix instead of the overall one; back to overall with an empty type.
        result.f1ByType.insert(u"PER"_s, {{1.0, 0.75}, {0.75, 1.0}});
        model.setResult(result);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setType(u"PER"_s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0, 1).data(Ui::MatrixRoles::ValueRole).toDouble(), 0.75);
        QVERIFY(model.index(0, 1).data(Qt::ToolTipRole).toString().contains(u"on PER"_s));
        model.setType({});
        QCOMPARE(model.index(0, 1).data(Ui::MatrixRoles::ValueRole).toDouble(), 0.25);
        model.setType(u"LOC"_s); // no such type in the result: the overall matrix, never garbage
        QCOMPARE(model.index(0, 1).data(Ui::MatrixRoles::ValueRole).toDouble(), 0.25);
    }

    void pairWithoutADocumentInCommon_isBlank_notZero()
    {
        // Two rounds' layers (disjoint batches) and a layer over every document.
        Ui::MatrixModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Core::AgreementResult result;
        result.layers = {u"round0/a"_s, u"round1/a"_s, u"all"_s, u"lonely"_s};
        result.f1 = {
            {1.0, 0.0, 0.5, 0.0}, {0.0, 1.0, 0.75, 0.0}, {0.5, 0.75, 1.0, 0.0}, {0.0, 0.0, 0.0, 1.0}};
        result.mean = {0.5, 0.75, 0.625, 0.0};
        result.shared = {{true, false, true, false}, {false, true, true, false}, {true, true, true, false},
            {false, false, false, true}};
        model.setResult(result);
        const QModelIndex apart = model.index(0, 1);
        QCOMPARE(apart.data().toString(), QString());
        QVERIFY(!apart.data(Ui::MatrixRoles::ValueRole).isValid());
        QVERIFY(!apart.data(Qt::BackgroundRole).isValid());
        QVERIFY2(apart.data(Qt::ToolTipRole).toString().contains(u"no document in common"_s),
            qPrintable(apart.data(Qt::ToolTipRole).toString()));
        QCOMPARE(model.index(0, 2).data().toString(), u"0.50"_s); // measured: as before
        QCOMPARE(model.headerData(0, Qt::Vertical).toString(), u"1. round0/a (mean 0.50)"_s);
        // A layer measured against none has no mean, not a mean of 0.
        QVERIFY2(!model.headerData(3, Qt::Vertical).toString().contains(u"0.00"_s),
            qPrintable(model.headerData(3, Qt::Vertical).toString()));
    }
};

QTEST_MAIN(TestMatrixModel)
#include "tst_matrixmodel.moc"
