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
};

QTEST_MAIN(TestMatrixModel)
#include "tst_matrixmodel.moc"
