// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "model/corpus.h"
#include "models/documentlistmodel.h"
#include "models/documentroles.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include <limits>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;
using namespace Workbench::Ui;

namespace {

Document document(const QString &id, const QString &text)
{
    return Document(id, text, {Sentence{0, int(text.size()), {{0, int(text.size())}}, {}, 1}});
}

} // namespace

class TestDocumentListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsCorpus()
    {
        Corpus corpus;
        DocumentListModel model(&corpus);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy aboutInsert(&model, &QAbstractItemModel::rowsAboutToBeInserted);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        corpus.appendDocuments({document(u"a"_s, u"alpha"_s), document(u"b"_s, u"beta\ngamma"_s)});
        QCOMPARE(aboutInsert.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(DocumentRoles::ColumnCount));
        QCOMPARE(model.index(1, DocumentRoles::IdColumn).data().toString(), u"b"_s);
        QCOMPARE(model.index(1, DocumentRoles::TextColumn).data().toString(), u"beta gamma"_s);
        QCOMPARE(model.index(1, DocumentRoles::TokensColumn).data().toLongLong(), 1);
        QCOMPARE(model.index(1, 0).data(DocumentRoles::DocumentIndexRole).toLongLong(), 1);

        corpus.removeDocuments(0, 1);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), u"b"_s);

        corpus.setDocuments({document(u"z"_s, u"zeta"_s)});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.headerData(DocumentRoles::TokensColumn, Qt::Horizontal).toString(), u"Tokens"_s);
    }

    void analysis_changesItsColumnOnly_andHoldsTheFilterRoles()
    {
        Corpus corpus;
        corpus.appendDocuments({document(u"a"_s, u"alpha"_s), document(u"b"_s, u"beta"_s)});
        DocumentListModel model(&corpus);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(!model.index(0, DocumentRoles::DisputedColumn).data().isValid()); // not computed yet
        QCOMPARE(model.index(0, DocumentRoles::DisputedColumn).data(DocumentRoles::SortRole).toInt(), -1);

        model.setDisputed({3, 0}, {{u"PER"_s}, {}});
        model.setAgreement({0.5, 1.0});
        model.setCurated({2, 0});
        model.setHotspotKinds({{HotspotBlock::Kind::SystematicBias}, {}});
        QCOMPARE(changed.size(), 3); // the hotspot kinds are a filter role: no column changes
        for (const auto &[signal, column] : {std::pair{0, int(DocumentRoles::DisputedColumn)},
                 std::pair{1, int(DocumentRoles::AgreementColumn)},
                 std::pair{2, int(DocumentRoles::CuratedColumn)}}) {
            QCOMPARE(changed.at(signal).at(0).toModelIndex(), model.index(0, column));
            QCOMPARE(changed.at(signal).at(1).toModelIndex(), model.index(1, column));
        }
        QCOMPARE(model.index(0, DocumentRoles::DisputedColumn).data().toInt(), 3);
        QCOMPARE(
            model.index(0, DocumentRoles::AgreementColumn).data(DocumentRoles::SortRole).toDouble(), 0.5);
        QCOMPARE(model.index(0, DocumentRoles::CuratedColumn).data().toInt(), 2);
        QCOMPARE(
            model.index(0, 0).data(DocumentRoles::DisputedTypesRole).toStringList(), QStringList{u"PER"_s});
        QCOMPARE(model.index(0, 0).data(DocumentRoles::HotspotKindsRole).value<QList<HotspotBlock::Kind>>(),
            QList{HotspotBlock::Kind::SystematicBias});
        QCOMPARE(
            model.index(0, DocumentRoles::IdColumn).data(DocumentRoles::SortRole).toInt(), 0); // file order
    }

    void agreement_whereFewerThanTwoLayersCover_isBlankWithAReason()
    {
        // The core gives NaN where no pair of layers covers the document: not a figure to show.
        Corpus corpus;
        corpus.appendDocuments({document(u"a"_s, u"alpha"_s), document(u"b"_s, u"beta"_s)});
        DocumentListModel model(&corpus);
        model.setAgreement({std::numeric_limits<double>::quiet_NaN(), 0.75});
        const QModelIndex unmeasured = model.index(0, DocumentRoles::AgreementColumn);
        QCOMPARE(unmeasured.data().toString(), QString());
        QVERIFY(!unmeasured.data().toString().contains(u"nan"_s, Qt::CaseInsensitive));
        QVERIFY(unmeasured.data(Qt::ToolTipRole).toString().contains(u"fewer than two annotator layers"_s));
        QVERIFY(!unmeasured.data(DocumentRoles::SortRole).isValid()); // missing, not a number
        const QModelIndex measured = model.index(1, DocumentRoles::AgreementColumn);
        QVERIFY(measured.data().toString().startsWith(u"0"_s));
        QCOMPARE(measured.data(DocumentRoles::SortRole).toDouble(), 0.75);
    }

    void agreement_whereNoLayerMarkedAnything_isNone_notOne()
    {
        // Every layer found nothing in a: "nothing disputed" is no agreement figure to show.
        Corpus corpus;
        corpus.appendDocuments({document(u"a"_s, u"alpha"_s), document(u"b"_s, u"beta"_s)});
        DocumentListModel model(&corpus);
        model.setAgreement({1.0, 1.0}, {true, false});
        const QModelIndex empty = model.index(0, DocumentRoles::AgreementColumn);
        QCOMPARE(empty.data().toString(), u"—"_s);
        QVERIFY2(empty.data(Qt::ToolTipRole).toString().contains(u"no annotator layer marked anything"_s),
            qPrintable(empty.data(Qt::ToolTipRole).toString()));
        QVERIFY(!empty.data(DocumentRoles::SortRole).isValid()); // sorted with the unmeasured
        const QModelIndex agreed = model.index(1, DocumentRoles::AgreementColumn);
        QCOMPARE(agreed.data(DocumentRoles::SortRole).toDouble(), 1.0);
        QCOMPARE(agreed.data().toString(), QLocale().toString(1.0, 'f', 2));
    }
};

QTEST_MAIN(TestDocumentListModel)
#include "tst_documentlistmodel.moc"
