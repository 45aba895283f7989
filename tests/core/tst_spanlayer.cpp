// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "model/corpus.h"
#include "model/layerset.h"
#include "model/spanlayer.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;

class TestSpanLayer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setSpans_sortsAndDeduplicates()
    {
        SpanLayer layer(u"a"_s, LayerKind::Human);
        QSignalSpy aboutToReset(&layer, &SpanLayer::aboutToBeReset);
        QSignalSpy reset(&layer, &SpanLayer::reset);
        layer.setSpans({{{5, 6, u"X"_s}, {0, 2, u"Y"_s}, {5, 6, u"X"_s}}, {}});
        QCOMPARE(aboutToReset.size(), 1);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(layer.spans(0), (QList<Span>{{0, 2, u"Y"_s}, {5, 6, u"X"_s}}));
        QCOMPARE(layer.spanCount(), 2);
        QVERIFY(layer.spans(7).isEmpty());
        QVERIFY(layer.spans(-1).isEmpty());
    }

    void insertAndRemove_announcedInPairs()
    {
        SpanLayer layer(u"a"_s, LayerKind::Human);
        layer.setSpans({{{0, 2, u"Y"_s}, {5, 6, u"X"_s}}});
        QList<QString> events;
        connect(&layer, &SpanLayer::spanAboutToBeInserted, this, [&](qsizetype d, qsizetype row) {
            events.append(u"about-insert %1 %2 size %3"_s.arg(d).arg(row).arg(layer.spans(d).size()));
        });
        connect(&layer, &SpanLayer::spanInserted, this, [&](qsizetype d, qsizetype row) {
            events.append(u"inserted %1 %2 size %3"_s.arg(d).arg(row).arg(layer.spans(d).size()));
        });
        connect(&layer, &SpanLayer::spanAboutToBeRemoved, this,
            [&](qsizetype d, qsizetype row) { events.append(u"about-remove %1 %2"_s.arg(d).arg(row)); });
        connect(&layer, &SpanLayer::spanRemoved, this, [&](qsizetype d, qsizetype row) {
            events.append(u"removed %1 %2 size %3"_s.arg(d).arg(row).arg(layer.spans(d).size()));
        });
        QCOMPARE(layer.insertSpan(0, {3, 4, u"Z"_s}), 1);
        QCOMPARE(layer.insertSpan(0, {3, 4, u"Z"_s}), -1); // already there: no signal
        QCOMPARE(layer.insertSpan(3, {0, 1, u"Z"_s}), 0); // grows to document 3
        QVERIFY(layer.removeSpan(0, 0));
        QVERIFY(!layer.removeSpan(0, 9));
        QCOMPARE(events,
            (QStringList{u"about-insert 0 1 size 2"_s, u"inserted 0 1 size 3"_s, u"about-insert 3 0 size 0"_s,
                u"inserted 3 0 size 1"_s, u"about-remove 0 0"_s, u"removed 0 0 size 2"_s}));
        QCOMPARE(layer.spans(0), (QList<Span>{{3, 4, u"Z"_s}, {5, 6, u"X"_s}}));
    }

    void layerSet_addMoveRemove()
    {
        LayerSet set;
        QSignalSpy aboutInsert(&set, &LayerSet::layerAboutToBeInserted);
        QSignalSpy inserted(&set, &LayerSet::layerInserted);
        QSignalSpy moved(&set, &LayerSet::layerMoved);
        QSignalSpy removed(&set, &LayerSet::layerRemoved);
        SpanLayer *gold = set.addLayer(u"gold"_s, LayerKind::Gold);
        QVERIFY(gold != nullptr);
        QVERIFY(set.addLayer(u"gold"_s, LayerKind::Human) == nullptr);
        QVERIFY(set.addLayer(u"sys"_s, LayerKind::System) != nullptr);
        QCOMPARE(aboutInsert.size(), 2);
        QCOMPARE(inserted.last().at(0).toLongLong(), 1);
        set.moveLayer(0, 1);
        QCOMPARE(moved.size(), 1);
        QCOMPARE(set.indexOf(gold), 1);
        QCOMPARE(set.layer(u"sys"_s)->kind(), LayerKind::System);
        set.removeLayer(0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(set.size(), 1);
        QCOMPARE(set.layer(0), gold);
    }

    void corpus_signalsCarryRows()
    {
        Corpus corpus;
        QSignalSpy aboutInsert(&corpus, &Corpus::documentsAboutToBeInserted);
        QSignalSpy removed(&corpus, &Corpus::documentsRemoved);
        const Document a(u"a"_s, u"x y"_s, {Sentence{0, 3, {{0, 1}, {2, 3}}, {}, 1}});
        corpus.appendDocuments({a, a});
        corpus.appendDocuments({a});
        QCOMPARE(aboutInsert.size(), 2);
        QCOMPARE(aboutInsert.last().at(0).toLongLong(), 2);
        QCOMPARE(aboutInsert.last().at(1).toLongLong(), 2);
        QCOMPARE(corpus.tokenCount(), 6);
        corpus.removeDocuments(0, 2);
        QCOMPARE(removed.last().at(1).toLongLong(), 1);
        QCOMPARE(corpus.size(), 1);
        QCOMPARE(corpus.indexOf(u"a"_s), 0);
        QCOMPARE(corpus.indexOf(u"b"_s), -1);
    }

    void layerKind_namesRoundTrip()
    {
        for (LayerKind kind :
            {LayerKind::Llm, LayerKind::System, LayerKind::Human, LayerKind::Gold, LayerKind::Aggregate}) {
            QCOMPARE(layerKindFromName(layerKindName(kind)), kind);
        }
        QVERIFY(!layerKindFromName(u"robot"_s).has_value());
    }
};

QTEST_APPLESS_MAIN(TestSpanLayer)
#include "tst_spanlayer.moc"
