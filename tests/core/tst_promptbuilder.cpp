// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "formats/conllreader.h"
#include "pilot/batchsampler.h"
#include "pilot/guideline.h"
#include "pilot/promptbuilder.h"

#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;

namespace {

EntityScheme scheme()
{
    return EntityScheme(
        {EntityType{u"PER"_s, u"A person, real or fictional."_s, {u"Ada Lovelace"_s}, {u"the author"_s}, {}},
            EntityType{u"ORG"_s, u"An organisation."_s, {u"IBM"_s}, {}, {}}});
}

Guideline guideline()
{
    Guideline g;
    g.version = 1;
    g.goal = u"Tag people and organisations in news for a knowledge base."_s;
    g.common = {Instruction{u"Boundaries"_s, u"Leave titles such as Dr. outside the span."_s,
        u"Annotators split on titles."_s,
        {InstructionExample{u"Dr. Ada Lovelace"_s, u"[Ada Lovelace]/PER"_s, u"[Dr. Ada Lovelace]"_s,
            u"titles are not names"_s}}}};
    g.perAnnotator.insert(u"gemma"_s, {Instruction{{}, u"Do not tag products as ORG."_s, {}, {}}});
    return g;
}

} // namespace

class TestPromptBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void round0_hasNoInstructions_inTheMethodsOrder()
    {
        const QString prompt =
            PromptBuilder().annotatorPrompt(scheme(), guideline(), u"gemma"_s, 0, u"Ada met Bob."_s);
        QVERIFY(prompt.startsWith(u"# Named entity annotation task\n"_s));
        QVERIFY(!prompt.contains(u"round"_s));
        QVERIFY(!prompt.contains(u"Leave titles"_s));
        const QStringList order{u"Named entity annotation task"_s, u"expert annotator"_s, u"Tag people"_s,
            u"- PER: A person"_s, u"Critical rules"_s, u"Output format"_s, u"Ada met Bob."_s};
        qsizetype at = 0;
        for (const QString &part : order) {
            const qsizetype found = prompt.indexOf(part, at);
            QVERIFY2(found >= at, qPrintable(part));
            at = found;
        }
        QVERIFY(prompt.contains(u"  Examples: \"Ada Lovelace\"\n  Not PER: \"the author\""_s));
    }

    void round1_carriesCommonAndOwnInstructions()
    {
        const QString gemma =
            PromptBuilder().annotatorPrompt(scheme(), guideline(), u"gemma"_s, 1, u"Text."_s);
        QVERIFY(gemma.startsWith(u"# Named entity annotation task (round 1)"_s));
        QVERIFY(gemma.contains(u"Leave titles such as Dr. outside the span."_s));
        QVERIFY(gemma.contains(u"Do not tag products as ORG."_s));
        QVERIFY(gemma.indexOf(u"Leave titles"_s) < gemma.indexOf(u"Critical rules"_s));
        const QString phi = PromptBuilder().annotatorPrompt(scheme(), guideline(), u"phi"_s, 1, u"Text."_s);
        QVERIFY(phi.contains(u"Leave titles"_s));
        QVERIFY(!phi.contains(u"Do not tag products"_s)); // another annotator's instruction
        const QString custom = PromptBuilder(u"{{goal}}|{{text}}"_s)
                                   .annotatorPrompt(scheme(), guideline(), u"x"_s, 2, u"{{goal}}"_s);
        QCOMPARE(custom, guideline().goal + u"|{{goal}}"_s);
    }

    void guideline_markdownAndJson()
    {
        const Guideline g = guideline();
        const QString md = g.toMarkdown();
        QVERIFY(md.startsWith(u"# Annotation guideline (version 1)"_s));
        QVERIFY(md.contains(u"### Boundaries"_s));
        QVERIFY(md.contains(
            u"  - Example: \"Dr. Ada Lovelace\" -> [Ada Lovelace]/PER (not: [Dr. Ada Lovelace]; titles are not names)"_s));
        QVERIFY(md.contains(u"## Instructions for gemma"_s));
        QCOMPARE(Guideline::fromJson(g.toJson()), g);
        const QString html = g.toHtml();
        QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(html.contains(u"<h1>Annotation guideline (version 1)</h1>"_s));
        QVERIFY(html.contains(u"<h3>Boundaries</h3>"_s));
        QVERIFY(html.contains(
            u"<ul><li>Leave titles such as Dr. outside the span.<ul><li>Example: &quot;Dr. Ada Lovelace&quot;"_s));
        QCOMPARE(html.count(u"<ul>"_s), html.count(u"</ul>"_s));
        QCOMPARE(html.count(u"<li>"_s), html.count(u"</li>"_s));
    }

    void sampler_disjointDiverseSeeded()
    {
        const auto data = ConllReader::readFile(
            QStringLiteral(WORKBENCH_SHARED_DATA) + u"/wnut17/emerging.dev.conll"_s, {});
        QVERIFY(data.has_value());
        QStringList texts;
        for (const Document &document : data->documents.mid(0, 300)) {
            texts.append(document.text());
        }
        const auto vectors = BatchSampler::tfIdf(texts);
        QCOMPARE(vectors.size(), 300);
        const auto groups = BatchSampler::sample(vectors, 25, 5, 42);
        QCOMPARE(groups.size(), 5);
        QSet<qsizetype> seen;
        for (const QList<qsizetype> &group : groups) {
            QCOMPARE(group.size(), 25);
            for (const qsizetype item : group) {
                QVERIFY(!seen.contains(item)); // disjoint across rounds
                seen.insert(item);
            }
        }
        QCOMPARE(BatchSampler::sample(vectors, 25, 5, 42), groups); // seeded
        // ... and the same in every process: the vectors do not depend on a per-process hash seed.
        QCOMPARE(BatchSampler::tfIdf({u"Ada Lovelace"_s}).first().first().first, 3833);
        QVERIFY(BatchSampler::sample(vectors, 25, 5, 7) != groups);
        // Diverse: a batch repeats no text (the pool has duplicates such as "RT ..." lines).
        QSet<QString> batchTexts;
        for (const qsizetype item : groups.first()) {
            batchTexts.insert(texts.at(item));
        }
        QCOMPARE(batchTexts.size(), 25);
        // A pool smaller than the batches asked for: the remainder forms the last group.
        const auto small = BatchSampler::sample(vectors.mid(0, 30), 25, 5, 42);
        QCOMPARE(small.size(), 2);
        QCOMPARE(small.at(1).size(), 5);
        // Dense provider embeddings go through the same path.
        QCOMPARE(
            BatchSampler::sample(BatchSampler::fromDense({{1, 0}, {0, 1}, {1, 0.1f}, {0.1f, 1}}), 2, 1, 1)
                .first()
                .size(),
            2);
    }
};

QTEST_APPLESS_MAIN(TestPromptBuilder)
#include "tst_promptbuilder.moc"
