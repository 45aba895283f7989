// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "metrics/agreementanalysis.h"
#include "metrics/disagreementanalysis.h"
#include "metrics/erroranalysis.h"
#include "metrics/reportwriter.h"
#include "wnutfixture.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;

namespace {

// n one-letter tokens "a a a ..." in one sentence of one document.
TokenGrid tokens(int n)
{
    QString text;
    QList<Token> list;
    for (int i = 0; i < n; ++i) {
        list.append(Token{int(text.size()), int(text.size()) + 1});
        text += i + 1 < n ? u"a "_s : u"a"_s;
    }
    return TokenGrid({Document(u"d"_s, text, {Sentence{0, int(text.size()), list, {}, 1}})});
}

Span tok(int i, const QString &type, int length = 1)
{
    return Span{2 * i, 2 * (i + length) - 1, type};
}

bool near(double a, double b)
{
    return qAbs(a - b) < 1e-6;
}

} // namespace

class TestDisagreementAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenMeasures_byHand()
    {
        // Token 0: B-X against O. Token 1: B-X against B-Y. Token 2: agreed O.
        const QList<AnnotatorLayer> layers{
            {u"E"_s, {{tok(0, u"X"_s), tok(1, u"X"_s)}}}, {u"N"_s, {{tok(1, u"Y"_s)}}}};
        const DisagreementResult r =
            DisagreementAnalysis::analyse(tokens(3), layers, {0.5, 0.5}, {u"E"_s}, {});
        const TokenDisagreement &t0 = r.tokens.at(0);
        QVERIFY(near(t0.bio, 0.5));
        QVERIFY(near(t0.type, 0.0));
        QVERIFY(near(t0.boundary, 1.0)); // qB = 0.5
        QVERIFY(near(t0.star, 1.0));
        QVERIFY(near(t0.tvBetween, 1.0)); // elite says B-X, the rest O
        QVERIFY(near(t0.eliteInternal, 0.0));
        const TokenDisagreement &t1 = r.tokens.at(1);
        QVERIFY(near(t1.bio, 0.5));
        QVERIFY(near(t1.type, 0.5));
        QVERIFY(near(t1.boundary, 0.0)); // qB = 1
        QVERIFY(near(t1.star, 0.5));
        QCOMPARE(r.tokens.at(2).star, 0.0f);
        QCOMPARE(r.disputedTokens, 2);
        // The 80th percentile of {0.5, 1.0} is 0.9: only token 0 is hot.
        QVERIFY(near(r.hotThreshold, 0.9));
        QCOMPARE(r.hotTokens, 1);
        QCOMPARE(r.blocks.size(), 1);
        const HotspotBlock &block = r.blocks.first();
        QCOMPARE(block.first, 0);
        QCOMPARE(block.end, 1);
        QCOMPARE(block.kind, HotspotBlock::Kind::SystematicBias);
        QCOMPARE(block.alternatives.size(), 2);
        QCOMPARE(block.alternatives.first().weight, 0.5);
        // Equal weights: the first-listed annotator's pattern leads; the other side is O.
        QCOMPARE(block.subtype, ErrorAnalysis::Category::Missed);
    }

    void blocks_mergeAcrossOneCoolToken()
    {
        // Hot at 0, 2 (one cool between: one block) and 5 (two cool between: its own block).
        const QList<AnnotatorLayer> layers{
            {u"A"_s, {{tok(0, u"X"_s), tok(2, u"X"_s), tok(5, u"X"_s)}}}, {u"B"_s, {{}}}};
        const DisagreementResult r =
            DisagreementAnalysis::analyse(tokens(7), layers, {0.5, 0.5}, {u"A"_s, u"B"_s}, {});
        QCOMPARE(r.hotTokens, 3);
        QCOMPARE(r.blocks.size(), 2);
        QCOMPARE(r.blocks.at(0).first, 0);
        QCOMPARE(r.blocks.at(0).end, 3);
        QCOMPARE(r.blocks.at(1).first, 5);
        // Everyone is elite: the elite splits, there is no non-elite to be biased.
        QCOMPARE(r.blocks.at(0).kind, HotspotBlock::Kind::EliteSplit);
    }

    void missingDocument_isNoVote()
    {
        // Two documents "a a a". "C" lacks document 1: it votes on document 0 only.
        const TokenGrid grid(
            {Document(u"d0"_s, u"a a a"_s, {Sentence{0, 5, {{0, 1}, {2, 3}, {4, 5}}, {}, 1}}),
                Document(u"d1"_s, u"a a a"_s, {Sentence{0, 5, {{0, 1}, {2, 3}, {4, 5}}, {}, 1}})});
        const QList<AnnotatorLayer> layers{
            {u"A"_s, {{tok(0, u"X"_s)}, {tok(0, u"X"_s), tok(1, u"Y"_s)}}},
            {u"B"_s, {{}, {tok(0, u"X"_s)}}},
            {u"C"_s, {{tok(0, u"X"_s)}, {}}, {1}},
        };
        const double third = 1.0 / 3.0;
        const DisagreementResult r = DisagreementAnalysis::analyse(
            grid, layers, {third, third, third}, {u"A"_s, u"B"_s, u"C"_s}, {.hotspotPercentile = 0.0});
        // Document 0, token 0: B-X twice against O once.
        QVERIFY(near(r.tokens.at(0).bio, 4.0 / 9.0));
        QVERIFY(near(r.tokens.at(0).star, 8.0 / 9.0));
        // Document 1, token 0: A and B both say B-X; C's empty list there is no O vote.
        QCOMPARE(r.tokens.at(3).star, 0.0f);
        // Document 1, token 1: B-Y against O, between A and B only.
        QVERIFY(near(r.tokens.at(4).bio, 0.5));
        QVERIFY(near(r.tokens.at(4).star, 1.0));
        QCOMPARE(r.disputedTokens, 2);
        QCOMPARE(r.blocks.size(), 2);
        const HotspotBlock &block = r.blocks.at(1);
        QCOMPARE(block.document, 1);
        QCOMPARE(block.first, 4);
        QCOMPARE(block.end, 5);
        QCOMPARE(block.alternatives.size(), 2);
        QCOMPARE(block.alternatives.at(0).annotators, QList<qsizetype>{0});
        QCOMPARE(block.alternatives.at(1).annotators, QList<qsizetype>{1});
        QVERIFY(near(block.alternatives.at(1).weight, third));
    }

    void errorCategories_byHand()
    {
        const DocumentSpans reference{
            {{0, 5, u"PER"_s}, {10, 15, u"LOC"_s}, {20, 25, u"ORG"_s}, {40, 45, u"Y"_s}}};
        const DocumentSpans annotator{
            {{0, 5, u"PER"_s}, {10, 15, u"ORG"_s}, {20, 23, u"ORG"_s}, {30, 35, u"X"_s}}};
        const QList<ErrorAnalysis::Instance> errors = ErrorAnalysis::compare(reference, annotator);
        QCOMPARE(errors.size(), 4);
        QCOMPARE(errors.at(0).category, ErrorAnalysis::Category::TypeConfusion);
        QCOMPARE(errors.at(0).reference, (Span{10, 15, u"LOC"_s}));
        QCOMPARE(errors.at(1).category, ErrorAnalysis::Category::SpanError);
        QCOMPARE(errors.at(2).category, ErrorAnalysis::Category::Spurious);
        QCOMPARE(errors.at(3).category, ErrorAnalysis::Category::Missed);
        QCOMPARE(errors.at(3).reference, (Span{40, 45, u"Y"_s}));
    }

    void wnut17_hotspotsClassesAndReports()
    {
        const auto wnut = WnutFixture::load();
        QVERIFY(wnut.has_value());
        const TokenGrid grid(wnut->documents);
        const AgreementResult agreement =
            AgreementAnalysis::compute(grid, wnut->systems, std::nullopt, {.bootstrapSamples = 0});
        const DisagreementResult r =
            DisagreementAnalysis::analyse(grid, wnut->systems, agreement.weights, agreement.elite, {});
        // Most tokens are unanimous: the percentile is taken over the disputed ones only.
        QCOMPARE(r.disputedTokens, 1992);
        QVERIFY(r.hotThreshold > 0.0);
        QCOMPARE(r.hotTokens, 406);
        QCOMPARE(r.blocks.size(), 290);
        const auto count = [&r](HotspotBlock::Kind kind) {
            return std::ranges::count(r.blocks, kind, &HotspotBlock::kind);
        };
        QCOMPARE(count(HotspotBlock::Kind::EliteSplit), 34);
        QCOMPARE(count(HotspotBlock::Kind::SystematicBias), 65);
        QCOMPARE(count(HotspotBlock::Kind::Complex), 26);
        QCOMPARE(count(HotspotBlock::Kind::Minor), 165);
        const auto subtype = [&r](ErrorAnalysis::Category c) {
            return std::ranges::count(r.blocks, c, &HotspotBlock::subtype);
        };
        QCOMPARE(subtype(ErrorAnalysis::Category::Spurious), 188);
        QCOMPARE(subtype(ErrorAnalysis::Category::Missed), 89);
        QCOMPARE(subtype(ErrorAnalysis::Category::TypeConfusion), 4);
        QCOMPARE(subtype(ErrorAnalysis::Category::SpanError), 9);

        const QString report = ReportWriter::hotspotReport(grid, r, {});
        QVERIFY(report.contains(u"- Elite annotators: uh_ritual, arcada, sjtu_adapt.txt, flytxt"_s));
        QVERIFY(report.contains(u"| systematic bias | 65 |"_s));
        QCOMPARE(report.count(u"\n   - majority "_s), 10 + 10 + 4 + 9); // 10 examples at most per subtype
        // Typed subtypes (where the majority and the runner-up differ by a span), counted in the table.
        QMap<QString, qsizetype> blockTypes;
        for (const HotspotBlock &block : r.blocks) {
            if (!block.typedSubtype.isEmpty()) {
                ++blockTypes[block.typedSubtype];
            }
        }
        QVERIFY(blockTypes.size() > 4);
        for (auto it = blockTypes.cbegin(); it != blockTypes.cend(); ++it) {
            QVERIFY2(report.contains(u"| %1 | %2 |"_s.arg(it.key()).arg(it.value())), qPrintable(it.key()));
        }
        QCOMPARE(ReportWriter::hotspotReport(grid, r, {}), report); // seeded: the same again
        QVERIFY(ReportWriter::hotspotReport(grid, r, {.seed = 1}) != report);

        // Against gold: drexel_cci misses most (its recall is 18%).
        const QList<ErrorAnalysis::Instance> errors =
            ErrorAnalysis::compare(wnut->gold, wnut->systems.at(1).spans);
        const auto missed =
            std::ranges::count(errors, ErrorAnalysis::Category::Missed, &ErrorAnalysis::Instance::category);
        QVERIFY(missed > 700);
        const QString annotatorReport =
            ReportWriter::annotatorReport(grid, u"drexel_cci"_s, u"gold"_s, errors, {});
        QVERIFY(annotatorReport.contains(u"| missed | X -> O | %1 |"_s.arg(missed)));
        // Typed as the reference does: one example list per typed subtype, counted in a table.
        QMap<QString, qsizetype> typed;
        for (const ErrorAnalysis::Instance &error : errors) {
            ++typed[ErrorAnalysis::subtype(error)];
        }
        QVERIFY(typed.size() > 4);
        QCOMPARE(annotatorReport.count(u"\n1. "_s), typed.size());
        QVERIFY2(annotatorReport.contains(u"| person_to_O | %1 |"_s.arg(typed.value(u"person_to_O"_s))),
            qPrintable(annotatorReport.left(1500)));
        QVERIFY(annotatorReport.contains(u"\n## person_to_O (missed, X -> O)\n"_s));
    }
};

QTEST_APPLESS_MAIN(TestDisagreementAnalysis)
#include "tst_disagreementanalysis.moc"
