// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "languagesettings.h"
#include "model/corpus.h"
#include "model/importedcorpus.h"
#include "model/layerset.h"
#include "model/spanlayer.h"
#include "model/workspace.h"
#include "models/layerstackmodel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench;

namespace {

// "Anna met Bob in Oslo", one sentence of five tokens, and two layers that differ on Oslo.
Core::ImportedCorpus corpus()
{
    const QString text = u"Anna met Bob in Oslo"_s;
    const Core::Document document(u"d1"_s, text,
        {Core::Sentence{0, int(text.size()), {{0, 4}, {5, 8}, {9, 12}, {13, 15}, {16, 20}}, {}, 1}});
    const Core::Document other(u"d2"_s, u"Hi"_s, {Core::Sentence{0, 2, {{0, 2}}, {}, 2}});
    Core::ImportedCorpus made;
    made.documents = {document, other};
    made.layers = {{.name = u"a"_s,
                       .kind = Core::LayerKind::System,
                       .provenance = {},
                       .spans = {{{0, 4, u"PER"_s}, {9, 12, u"PER"_s}, {16, 20, u"LOC"_s}}, {}},
                       .loss = {},
                       .unalignedTokens = 0,
                       .substitutedTokens = 0},
        {.name = u"b"_s,
            .kind = Core::LayerKind::System,
            .provenance = {},
            .spans = {{{0, 12, u"PER"_s}}, {}},
            .loss = {},
            .unalignedTokens = 0,
            .substitutedTokens = 0}};
    return made;
}

} // namespace

class TestLayerStackModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // As the window runs in English: "1 of 2 layers", not "1 of 2 layer(s)".
        QVERIFY(m_plurals.load(Ui::LanguageSettings::englishPlurals()));
        QVERIFY(QCoreApplication::installTranslator(&m_plurals));
    }

    void document_isAGridOfTags_aRowPerLayer()
    {
        Core::Workspace workspace;
        workspace.adopt(corpus());
        Ui::LayerStackModel model(&workspace);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0); // no document yet
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        model.setDocument(0);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.document(), 0);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 5);
        QCOMPARE(model.headerData(4, Qt::Horizontal).toString(), u"Oslo"_s);
        QCOMPARE(model.headerData(1, Qt::Vertical).toString(), u"b"_s);
        QVERIFY(!model.headerData(0, Qt::Horizontal, Qt::ToolTipRole).isValid());
        QVERIFY(!model.headerData(9, Qt::Horizontal).isValid());
        QCOMPARE(model.index(0, 0).data().toString(), u"B-PER"_s);
        QCOMPARE(model.index(0, 1).data().toString(), u"·"_s); // outside any span
        QCOMPARE(model.index(1, 1).data().toString(), u"I-PER"_s); // b's span runs over "met"
        QCOMPARE(model.index(0, 4).data().toString(), u"B-LOC"_s);
        QVERIFY(model.index(0, 4).data(Qt::BackgroundRole).value<QBrush>().color().isValid());
        QVERIFY(!model.index(0, 1).data(Qt::BackgroundRole).isValid());
        QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(),
            u"2 of 2 layers give 'Anna' the tag B-PER: a, b"_s);
        QCOMPARE(
            model.index(1, 4).data(Qt::ToolTipRole).toString(), u"1 of 2 layers give 'Oslo' the tag O: b"_s);

        model.setDocument(7); // no such document: nothing shown
        QCOMPARE(model.document(), -1);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
    }

    void order_hiding_andLayers_followTheWorkspace()
    {
        Core::Workspace workspace;
        workspace.adopt(corpus());
        Ui::LayerStackModel model(&workspace);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(0);

        model.setOrder({u"b"_s});
        QCOMPARE(model.layers(), (QStringList{u"b"_s, u"a"_s}));
        model.setHidden(u"b"_s, true);
        QCOMPARE(model.layers(), QStringList{u"a"_s});
        QCOMPARE(model.rowCount(), 1);
        model.setHidden(u"b"_s, false);
        QCOMPARE(model.rowCount(), 2);
        model.setHidden(u"a"_s, true);
        model.showAll();
        QCOMPARE(model.layers(), (QStringList{u"b"_s, u"a"_s}));

        // A layer added to the workspace joins the rows; an edit shows after refresh().
        Core::SpanLayer *curated = workspace.layers().addLayer(u"curated"_s, Core::LayerKind::Human);
        QCOMPARE(model.layers(), (QStringList{u"b"_s, u"a"_s, u"curated"_s}));
        curated->setSpans({{{13, 15, u"X"_s}}, {}});
        model.refresh();
        QCOMPARE(model.index(2, 3).data().toString(), u"B-X"_s);
        workspace.layers().removeLayer(0);
        QCOMPARE(model.layers(), (QStringList{u"b"_s, u"curated"_s}));

        // A new corpus: nothing shown until a document is chosen.
        workspace.adopt(corpus());
        QCOMPARE(model.document(), -1);
        QCOMPARE(model.rowCount(), 0);
    }

    void aLayerLackingTheDocument_showsNoTags_andItsTooltipSaysWhatItCovers()
    {
        // b's file lacked the first document: its row there is no tag at all, not O, and the
        // tally of a token is among the layers covering the document.
        Core::ImportedCorpus made = corpus();
        made.layers[1].spans[0].clear();
        made.layers[1].uncoveredDocuments = {0};
        made.layers[1].provenance.source = u"b.conll"_s;
        made.layers[0].coverage = Core::CoverageOrigin::Assumed;
        Core::Workspace workspace;
        workspace.adopt(made);
        Ui::LayerStackModel model(&workspace);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(0);
        QCOMPARE(model.index(1, 1).data().toString(), u"–"_s);
        QVERIFY(!model.index(1, 1).data(Qt::BackgroundRole).isValid());
        QCOMPARE(model.index(1, 1).data(Qt::ToolTipRole).toString(),
            u"b does not cover this document: it gave 'met' no tag, which is a missing value to agreement, not O"_s);
        QCOMPARE(
            model.index(0, 1).data(Qt::ToolTipRole).toString(), u"1 of 1 layer gives 'met' the tag O: a"_s);
        QCOMPARE(model.headerData(1, Qt::Vertical, Qt::ToolTipRole).toString(),
            u"b (system), from b.conll\nCovers 1 of 2 documents.\nIt does not cover this document."_s);
        QCOMPARE(model.headerData(0, Qt::Vertical, Qt::ToolTipRole).toString(),
            u"a (system)\nCovers 2 of 2 documents.\nAssumed: the project was saved before the workbench kept "
            u"which "
            u"documents a layer covers. If the layer's file lacked documents, import it again."_s);

        model.setDocument(1); // b covers the second document: its tags, "·" outside spans
        QCOMPARE(model.index(1, 0).data().toString(), u"·"_s);
        QCOMPARE(model.headerData(1, Qt::Vertical, Qt::ToolTipRole).toString(),
            u"b (system), from b.conll\nCovers 1 of 2 documents."_s);
    }

    void cleanupTestCase() { QCoreApplication::removeTranslator(&m_plurals); }

private:
    QTranslator m_plurals;
};

QTEST_MAIN(TestLayerStackModel)
#include "tst_layerstackmodel.moc"
