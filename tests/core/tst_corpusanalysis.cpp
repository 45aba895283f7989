// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "metrics/corpusanalysis.h"
#include "wnutfixture.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;

class TestCorpusAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        auto fixture = WnutFixture::load();
        QVERIFY(fixture.has_value());
        m_fixture = std::move(*fixture);
    }

    void wnut17_isThePipelineOfItsAnalyses()
    {
        const TokenGrid grid(m_fixture.documents);
        const AgreementAnalysis::Options agreementOptions{
            .bootstrapSamples = 20, .seed = 7, .eliteCutoff = 0.5};
        const CorpusAnalysis::Result result =
            CorpusAnalysis::run(grid, m_fixture.systems, m_fixture.gold, {.agreement = agreementOptions});

        // Each part is what its own analysis computes, over the agreement's weights and elite.
        const AgreementResult agreement =
            AgreementAnalysis::compute(grid, m_fixture.systems, m_fixture.gold, agreementOptions);
        QCOMPARE(result.agreement.layers, agreement.layers);
        QCOMPARE(result.agreement.f1, agreement.f1);
        QCOMPARE(result.agreement.poolInterval, agreement.poolInterval);
        QCOMPARE(result.agreement.goldF1, agreement.goldF1);
        QCOMPARE(result.agreement.elite, agreement.elite);
        QVERIFY(result.disagreement.has_value());
        const DisagreementResult disagreement =
            DisagreementAnalysis::analyse(grid, m_fixture.systems, agreement.weights, agreement.elite, {});
        QCOMPARE(result.disagreement->hotTokens, disagreement.hotTokens);
        QCOMPARE(result.disagreement->blocks.size(), disagreement.blocks.size());
        QVERIFY(!result.reliability.has_value()); // not asked for

        // Per document: the disputes and agreement of LayerComparison, the classes of the blocks.
        QList<DocumentSpans> spans;
        for (const AnnotatorLayer &layer : std::as_const(m_fixture.systems)) {
            spans.append(layer.spans);
        }
        const qsizetype documents = m_fixture.documents.size();
        QCOMPARE(result.disputes.spans, LayerComparison::disputes(spans, documents).spans);
        QCOMPARE(result.disputes.types, LayerComparison::disputes(spans, documents).types);
        QCOMPARE(result.documentAgreement, LayerComparison::documentAgreement(spans, documents));
        QCOMPARE(result.hotspotKinds.size(), documents);
        qsizetype withHotspots = 0;
        for (qsizetype d = 0; d < documents; ++d) {
            QSet<HotspotBlock::Kind> expected;
            for (const HotspotBlock &block : disagreement.blocks) {
                if (block.document == d) {
                    expected.insert(block.kind);
                }
            }
            const QList<HotspotBlock::Kind> &kinds = result.hotspotKinds.at(d);
            QCOMPARE(QSet<HotspotBlock::Kind>(kinds.cbegin(), kinds.cend()), expected);
            QCOMPARE(qsizetype(expected.size()), kinds.size()); // each class once
            withHotspots += kinds.isEmpty() ? 0 : 1;
        }
        QVERIFY(withHotspots > 10);
    }

    void perDocument_isOverTheLayersCoveringEachDocument()
    {
        // Three documents "a b c d". B lacks documents 1 and 2, C lacks document 2.
        QList<Document> documents;
        for (const QString &id : {u"d0"_s, u"d1"_s, u"d2"_s}) {
            documents.append(
                Document(id, u"a b c d"_s, {Sentence{0, 7, {{0, 1}, {2, 3}, {4, 5}, {6, 7}}, {}, 1}}));
        }
        const TokenGrid grid(documents);
        const QList<AnnotatorLayer> layers{
            {u"A"_s, {{{0, 1, u"X"_s}}, {{2, 3, u"Y"_s}}, {{0, 1, u"Z"_s}}}},
            {u"B"_s, {{{0, 1, u"X"_s}}, {}, {}}, {1, 2}},
            {u"C"_s, {{}, {{2, 3, u"Y"_s}}, {}}, {2}},
        };
        const CorpusAnalysis::Result result =
            CorpusAnalysis::run(grid, layers, std::nullopt, {.agreement = {.bootstrapSamples = 0}});
        // Document 0: X is disputed (C lacks it); F1 of the pairs 1, 0, 0. Document 1: A and C
        // agree on Y (B's empty list is no dissent). Document 2: A alone, nothing measured.
        QCOMPARE(result.disputes.spans, (QList<int>{1, 0, 0}));
        QCOMPARE(result.disputes.types, (QList<QStringList>{{u"X"_s}, {}, {}}));
        QCOMPARE(result.documentAgreement.size(), 3);
        QCOMPARE(result.documentAgreement.at(0), 1.0 / 3.0);
        QCOMPARE(result.documentAgreement.at(1), 1.0);
        QVERIFY(qIsNaN(result.documentAgreement.at(2)));
        QCOMPARE(result.hotspotKinds.size(), 3);
        QVERIFY(!result.hotspotKinds.at(0).isEmpty());
        QVERIFY(result.hotspotKinds.at(1).isEmpty());
        QVERIFY(result.hotspotKinds.at(2).isEmpty());

        // Without the coverage, LayerComparison reads a lacking layer as one with no entities.
        QList<DocumentSpans> spans;
        QList<QSet<qsizetype>> missing;
        for (const AnnotatorLayer &layer : layers) {
            spans.append(layer.spans);
            missing.append(layer.missing);
        }
        QCOMPARE(LayerComparison::disputedSpans(spans, 3, missing), (QList<int>{1, 0, 0}));
        QCOMPARE(LayerComparison::disputedSpans(spans, 3), (QList<int>{1, 1, 1}));
    }

    void documentWhereNoLayerMarkedAnything_isUnmarked_notFullAgreement()
    {
        // Four documents: all find X in d0; nobody finds anything in d1; in d2 only A looks (B and
        // C lack it); in d3 A alone finds something.
        QList<Document> documents;
        for (const QString &id : {u"d0"_s, u"d1"_s, u"d2"_s, u"d3"_s}) {
            documents.append(Document(id, u"a b"_s, {Sentence{0, 3, {{0, 1}, {2, 3}}, {}, 1}}));
        }
        const QList<AnnotatorLayer> layers{
            {u"A"_s, {{{0, 1, u"X"_s}}, {}, {}, {{2, 3, u"Y"_s}}}},
            {u"B"_s, {{{0, 1, u"X"_s}}, {}, {}, {}}, {2}},
            {u"C"_s, {{{0, 1, u"X"_s}}, {}, {}, {}}, {2}},
        };
        const CorpusAnalysis::Result result = CorpusAnalysis::run(
            TokenGrid(documents), layers, std::nullopt, {.agreement = {.bootstrapSamples = 0}});
        QCOMPARE(result.documentUnmarked, (QList<bool>{false, true, false, false}));
        QCOMPARE(result.documentAgreement.at(1), 1.0); // LayerComparison's: nothing disputed
        QCOMPARE(result.disputes.spans.at(1), 0);
        // Over a part, by corpus position; outside it nothing.
        const CorpusAnalysis::Result part = CorpusAnalysis::runOnPart(
            documents, {1, 3}, layers, std::nullopt, {.agreement = {.bootstrapSamples = 0}});
        QCOMPARE(part.documentUnmarked, (QList<bool>{false, true, false, false}));
    }

    void onPart_measuresThePartAlone_asThoughTheRestWereMissing()
    {
        // A round's batch: every fourth of the first hundred documents.
        QList<qsizetype> part;
        for (qsizetype d = 3; d < 100; d += 4) {
            part.append(d);
        }
        const QSet<qsizetype> inPart(part.cbegin(), part.cend());
        QList<AnnotatorLayer> outsideMissing = m_fixture.systems;
        for (AnnotatorLayer &layer : outsideMissing) {
            for (qsizetype d = 0; d < m_fixture.documents.size(); ++d) {
                if (!inPart.contains(d)) {
                    layer.missing.insert(d);
                }
            }
        }
        const CorpusAnalysis::Options options{.agreement = {.bootstrapSamples = 0}};
        const CorpusAnalysis::Result onPart =
            CorpusAnalysis::runOnPart(m_fixture.documents, part, m_fixture.systems, m_fixture.gold, options);
        const CorpusAnalysis::Result whole =
            CorpusAnalysis::run(TokenGrid(m_fixture.documents), outsideMissing, m_fixture.gold, options);
        // The same pairs, pool and gold scores: counts over the same documents.
        QCOMPARE(onPart.agreement.f1, whole.agreement.f1);
        QCOMPARE(onPart.agreement.pool, whole.agreement.pool);
        QCOMPARE(onPart.agreement.goldF1, whole.agreement.goldF1);
        QVERIFY(onPart.agreement.pool < 1.0);
        // Per document by corpus position; outside the part, nothing measured.
        QCOMPARE(onPart.disputes.spans, whole.disputes.spans);
        QCOMPARE(onPart.disputes.types, whole.disputes.types);
        QCOMPARE(onPart.documentAgreement.size(), m_fixture.documents.size());
        QCOMPARE(onPart.hotspotKinds.size(), m_fixture.documents.size());
        qsizetype disputed = 0;
        for (qsizetype d = 0; d < m_fixture.documents.size(); ++d) {
            QCOMPARE(qIsNaN(onPart.documentAgreement.at(d)), !inPart.contains(d));
            if (inPart.contains(d)) {
                QCOMPARE(onPart.documentAgreement.at(d), whole.documentAgreement.at(d));
                disputed += onPart.disputes.spans.at(d) > 0 ? 1 : 0;
            } else {
                QVERIFY(onPart.hotspotKinds.at(d).isEmpty());
            }
        }
        QVERIFY(disputed > 5);
        // The part's disagreement is the part's: hotspots among its tokens only.
        QVERIFY(onPart.disagreement.has_value());
        for (const HotspotBlock &block : onPart.disagreement->blocks) {
            QVERIFY(block.document >= 0 && block.document < part.size());
        }
    }

    void reliability_whenAskedFor_isReliabilityAnalysis()
    {
        const TokenGrid grid(m_fixture.documents);
        const CorpusAnalysis::Result result = CorpusAnalysis::run(grid, m_fixture.systems, std::nullopt,
            {.agreement = {.bootstrapSamples = 0},
                .disagreement = false,
                .reliability = ReliabilityAnalysis::Options{.bootstrapSamples = 0, .seed = 42},
                .perDocument = false});
        QVERIFY(result.reliability.has_value());
        QVERIFY(!result.disagreement.has_value());
        QVERIFY(result.disputes.spans.isEmpty() && result.documentAgreement.isEmpty()
            && result.hotspotKinds.isEmpty());
        const ReliabilityResult expected =
            ReliabilityAnalysis::compute(grid, m_fixture.systems, {.bootstrapSamples = 0, .seed = 42});
        QCOMPARE(result.reliability->alpha.bio.value, expected.alpha.bio.value);
        QCOMPARE(result.reliability->fleiss.type.value, expected.fleiss.type.value);
        QVERIFY(result.reliability->alpha.bio.value.has_value());
    }

    void oneLayer_hasNoHotspots_andNoLayerNoDisagreement()
    {
        const TokenGrid grid(m_fixture.documents);
        const CorpusAnalysis::Result one = CorpusAnalysis::run(
            grid, {m_fixture.systems.first()}, std::nullopt, {.agreement = {.bootstrapSamples = 0}});
        QVERIFY(one.disagreement.has_value()); // as diziner-cli report writes it for one file
        QCOMPARE(one.hotspotKinds.size(), m_fixture.documents.size());
        QVERIFY(std::ranges::all_of(
            one.hotspotKinds, [](const QList<HotspotBlock::Kind> &kinds) { return kinds.isEmpty(); }));
        QVERIFY(one.documentAgreement.isEmpty()); // agreement needs a pair
        const CorpusAnalysis::Result none =
            CorpusAnalysis::run(grid, {}, std::nullopt, {.agreement = {.bootstrapSamples = 0}});
        QVERIFY(!none.disagreement.has_value());
        QVERIFY(none.agreement.layers.isEmpty());
    }

private:
    WnutFixture m_fixture;
};

QTEST_GUILESS_MAIN(TestCorpusAnalysis)
#include "tst_corpusanalysis.moc"
