// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
// The supervisor's organised guideline read as real models write it, and the phases' prompts.
#include "pilot/replyparser.h"
#include "pilot/supervisorphases.h"
#include "pilot/supervisorreply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;

namespace {

const QList<SupervisorReply::PoolMember> pool{{u"gemma"_s, u"google/gemma-3-12b-it"_s},
    {u"qwen"_s, u"qwen3-14b"_s}, {u"gpt-oss"_s, u"openai/gpt-oss-20b"_s}};

QJsonObject parsed(const QString &text)
{
    return ReplyParser::extractObject(text).value_or(QJsonObject());
}

} // namespace

class TestSupervisorReply : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names_matchedIgnoringCaseAndPunctuation_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("member");
        QTest::newRow("name") << u"gemma"_s << u"gemma"_s;
        QTest::newRow("case") << u"QWEN"_s << u"qwen"_s;
        QTest::newRow("model spelled out") << u"Gemma 3 12B"_s << u"gemma"_s;
        QTest::newRow("model with router") << u"openai/gpt-oss-20b"_s << u"gpt-oss"_s;
        QTest::newRow("model, bare") << u"Qwen3-14B"_s << u"qwen"_s;
        QTest::newRow("punctuation") << u"gpt_oss"_s << u"gpt-oss"_s;
        QTest::newRow("none") << u"Llama 4 Scout"_s << QString();
        QTest::newRow("empty") << u" - "_s << QString();
    }
    void names_matchedIgnoringCaseAndPunctuation()
    {
        QFETCH(QString, given);
        QFETCH(QString, member);
        QCOMPARE(SupervisorReply::matchAnnotator(given, pool), member);
    }

    void organised_toleratesWhatModelsWrite()
    {
        // Prose and a fence around the JSON, keys of its own, optional fields left out, bare
        // strings for instructions, a section holding its instructions, an annotator spelled as
        // its model and given twice, and one the pool does not have.
        const QString reply =
            u"Here is the organised guideline.\n```json\n"
            u"{\"goal\": \"Tag people and places in tweets.\", \"confidence\": 0.9,\n"
            u" \"common\": [\"Cities are location.\",\n"
            u"   {\"section\": \"Boundaries\", \"instructions\": [{\"text\": \"Keep # in hashtags.\","
            u" \"extra\": 1}]},\n"
            u"   {\"text\": \"Titles stay outside names.\", \"examples\": [\"Dr. Ada\"]}],\n"
            u" \"annotators\": [{\"name\": \"Gemma 3 12B\", \"instructions\": [\"Mind the #.\"]},\n"
            u"   {\"name\": \"gemma\", \"instructions\": [\"Mind the #.\", \"No emojis.\"]},\n"
            u"   {\"name\": \"Llama 4 Scout\", \"instructions\": [{\"text\": \"Hi.\"}]}]}\n"
            u"```\nLet me know if you need more."_s;
        Guideline current;
        current.goal = u"Tag people."_s;
        const auto read = SupervisorReply::organised(parsed(reply), current, pool);
        QVERIFY2(read.has_value(), read ? "" : qPrintable(read.error()));
        QCOMPARE(read->guideline.goal, u"Tag people and places in tweets."_s);
        QCOMPARE(read->guideline.common.size(), 3);
        QCOMPARE(read->guideline.common.at(1).section, u"Boundaries"_s);
        QCOMPARE(read->guideline.common.at(1).text, u"Keep # in hashtags."_s);
        QCOMPARE(read->guideline.common.at(2).examples.first().text, u"Dr. Ada"_s);
        QCOMPARE(read->guideline.perAnnotator.keys(), QStringList{u"gemma"_s});
        QCOMPARE(read->guideline.perAnnotator.value(u"gemma"_s).size(), 2); // merged, not overwritten
        QCOMPARE(read->unmatched.size(), 1);
        QCOMPARE(read->unmatched.first().name, u"Llama 4 Scout"_s);
        QCOMPARE(read->unmatched.first().instructions.first().text, u"Hi."_s);

        // Per-annotator instructions as an object keyed by name; no goal: the current one stays.
        const auto keyed = SupervisorReply::organised(
            parsed(u"{\"goal\": null, \"common\": [], \"annotators\": {\"Qwen\": [\"Be brief.\"]}}"_s),
            current, pool);
        QVERIFY(keyed.has_value());
        QCOMPARE(keyed->guideline.goal, u"Tag people."_s);
        QCOMPARE(keyed->guideline.perAnnotator.value(u"qwen"_s).first().text, u"Be brief."_s);
    }

    void organised_readsWrappedAndKeyedShapes()
    {
        // Shapes models use when no schema holds them: the guideline wrapped in an object, the
        // common instructions keyed by section (a list, one bare string, one object), and each
        // annotator's instructions as one bare string.
        const QString reply =
            u"{\"organized_guideline\": {\"goal\": \"Tag people.\",\n"
            u" \"common\": {\"Boundaries\": [\"Keep # in hashtags.\", \"Titles stay out.\"],\n"
            u"   \"Types\": \"Cities are location.\",\n"
            u"   \"Scope\": {\"text\": \"Skip URLs.\", \"rationale\": \"not entities\"}},\n"
            u" \"annotators\": {\"gemma\": \"Mind the #.\", \"Qwen3-14B\": [\"Be brief.\"]}},\n"
            u" \"notes\": \"done\"}"_s;
        Guideline current;
        const auto read = SupervisorReply::organised(parsed(reply), current, pool);
        QVERIFY2(read.has_value(), read ? "" : qPrintable(read.error()));
        QCOMPARE(read->guideline.goal, u"Tag people."_s);
        QCOMPARE(read->guideline.common.size(), 4);
        QCOMPARE(read->guideline.common.at(0).section, u"Boundaries"_s);
        QCOMPARE(read->guideline.common.at(1).text, u"Titles stay out."_s);
        QCOMPARE(read->guideline.common.at(2).section, u"Scope"_s);
        QCOMPARE(read->guideline.common.at(2).rationale, u"not entities"_s);
        QCOMPARE(read->guideline.common.at(3).section, u"Types"_s);
        QCOMPARE(read->guideline.perAnnotator.value(u"gemma"_s).first().text, u"Mind the #."_s);
        QCOMPARE(read->guideline.perAnnotator.value(u"qwen"_s).first().text, u"Be brief."_s);
        // Wrapped around something that is no guideline, it is still no guideline.
        QVERIFY(!SupervisorReply::organised(parsed(u"{\"result\": {\"ok\": true}}"_s), current, pool));
        // Beside the old one it quotes, the one named a guideline is read, whatever sorts first.
        const auto beside = SupervisorReply::organised(
            parsed(
                u"{\"a_previous\": {\"goal\": \"Old goal.\"}, \"updated_guideline\": {\"goal\": \"New goal.\"}}"_s),
            current, pool);
        QVERIFY2(beside.has_value(), beside ? "" : qPrintable(beside.error()));
        QCOMPARE(beside->guideline.goal, u"New goal."_s);
        // Two, neither named so: which one is meant cannot be known; said so, not guessed.
        const auto two = SupervisorReply::organised(
            parsed(u"{\"draft\": {\"goal\": \"A.\"}, \"final\": {\"goal\": \"B.\"}}"_s), current, pool);
        QVERIFY(!two.has_value());
        QCOMPARE(two.error(), u"expected one organised guideline, found 2 (draft, final)"_s);
    }

    void organised_wordsForNothing_andInstructionFields_areNotInstructions()
    {
        Guideline current;
        current.common = {Instruction{u"S"_s, u"Titles stay outside names."_s, {}, {}, {}}};
        // "No changes needed." where null was asked for keeps the guideline; "None" adds nothing.
        const auto nothing = SupervisorReply::organised(
            parsed(u"{\"common\": \"No changes needed.\", \"annotators\": {\"qwen\": \"None\"}}"_s), current,
            pool);
        QVERIFY(nothing.has_value());
        QCOMPARE(nothing->guideline.common, current.common);
        QVERIFY(nothing->guideline.perAnnotator.isEmpty());
        QVERIFY(Proposal::between(current, nothing->guideline, 1, true).changes.isEmpty());
        // One instruction whose text goes by "instruction" (or "rule"): its fields are no sections.
        const auto single = SupervisorReply::organised(
            parsed(
                u"{\"common\": {\"instruction\": \"Hashtags naming a person are PER.\", \"rationale\": "
                u"\"split votes\", \"examples\": [{\"text\": \"#Obama wins\"}]},"
                u" \"annotators\": {\"Gemma 3 12B\": {\"rule\": \"Keep the #.\", \"why\": \"over-tagging\"}}}"_s),
            current, pool);
        QVERIFY2(single.has_value(), single ? "" : qPrintable(single.error()));
        QCOMPARE(single->guideline.common.size(), 1);
        QCOMPARE(single->guideline.common.first().text, u"Hashtags naming a person are PER."_s);
        QCOMPARE(single->guideline.common.first().rationale, u"split votes"_s);
        QCOMPARE(single->guideline.common.first().examples.first().text, u"#Obama wins"_s);
        QCOMPARE(single->guideline.perAnnotator.value(u"gemma"_s).size(), 1);
        QCOMPARE(single->guideline.perAnnotator.value(u"gemma"_s).first().text, u"Keep the #."_s);
    }

    void organised_nothingSaid_keepsTheCurrentInstructions()
    {
        // "Use null or an empty list where you have nothing to say": an empty answer must not
        // become a proposal that removes the whole guideline.
        Guideline current;
        current.goal = u"Tag people."_s;
        current.common = {Instruction{u"S"_s, u"Titles stay outside names."_s, {}, {}, {}}};
        current.perAnnotator.insert(u"qwen"_s, {Instruction{{}, u"Be brief."_s, {}, {}, {}}});
        const auto empty = SupervisorReply::organised(
            parsed(u"{\"goal\": null, \"common\": [], \"annotators\": []}"_s), current, pool);
        QVERIFY(empty.has_value());
        QCOMPARE(empty->guideline.common, current.common);
        QCOMPARE(empty->guideline.perAnnotator, current.perAnnotator);
        QVERIFY(Proposal::between(current, empty->guideline, 1, true).changes.isEmpty());
    }

    void organised_saysWhatIsWrong()
    {
        Guideline current;
        QVERIFY(!SupervisorReply::organised(parsed(u"{\"analysis\": \"looks fine\"}"_s), current, pool));
        const auto notList = SupervisorReply::organised(parsed(u"{\"common\": 42}"_s), current, pool);
        QVERIFY(!notList);
        QVERIFY(notList.error().contains(u"common"_s));
        const auto noText =
            SupervisorReply::organised(parsed(u"{\"common\": [{\"section\": \"S\"}]}"_s), current, pool);
        QVERIFY(!noText);
        QVERIFY2(noText.error().contains(u"common[0].text"_s), qPrintable(noText.error()));
    }

    void prompts_describeTheAnswer_andTheCapInWords()
    {
        PilotConfig config;
        config.annotators = {{u"gemma"_s, u"e"_s, u"google/gemma-3-12b-it"_s, 0.0, {}}};
        config.supervisor = {u"supervisor"_s, u"e"_s, u"sup"_s, 0.0, {}};
        SupervisorPhases::Context context{&config, Guideline{}, 0, u"report"_s, {}, {}};
        context.current.goal = u"Tag people."_s;
        const ChatRequest first = SupervisorPhases::organisation(context, {});
        const QString prompt = first.messages.first().content;
        // For servers that ignore response_format: the shape, in the schema's order.
        QVERIFY(prompt.contains(u"## Answer format"_s));
        QVERIFY(prompt.contains(
            u"\"goal\": string or null, \"common\": [{\"section\": string or null, \"text\": string, "
            u"\"examples\""_s));
        // No existing instructions: no cap to speak of, so the first instructions can be written.
        QVERIFY(prompt.contains(u"There are no existing instructions yet"_s));
        QVERIFY(!prompt.contains(u"10%"_s));
        QCOMPARE(first.maxOutputTokens, 0); // the supervisor is not held to a small allowance
        QVERIFY(!first.jsonSchema.isEmpty());

        // Forty words of instructions: edits and removals may change four of them; additions are free.
        context.current.common = {Instruction{{}, QStringList(40, u"word"_s).join(u' '), {}, {}, {}}};
        QCOMPARE(SupervisorPhases::instructionWords(context.current), 40);
        QCOMPARE(SupervisorPhases::changeBudget(context), 4);
        const QString capped =
            SupervisorPhases::instructionGeneration(context, {}, {}).messages.first().content;
        QVERIFY2(
            capped.contains(u"Adding instructions is not limited. Editing and removing existing instructions "
                            u"together may change at most 4 of their 40 words (10%)"_s),
            qPrintable(capped));
        // Phase 2 sees the pool's patterns, phase 1 asks for the unclear parts of the goal.
        const QJsonObject patterns{
            {u"patterns"_s, QJsonArray{QJsonObject{{u"name"_s, u"titles in names"_s}}}}};
        QVERIFY(SupervisorPhases::annotatorAnalysis(context, u"gemma"_s, u"errors"_s, patterns)
                    .messages.first()
                    .content.contains(u"titles in names"_s));
        QVERIFY(SupervisorPhases::patternAnalysis(context).messages.first().content.contains(
            u"\"unclear_goal_parts\": [string, ...]"_s));
        // Text that holds %N (URL-encoded tweets) reaches the supervisor as it is.
        context.hotspotReport = u"see https://t.co/a%2Fb and 100%1 sure"_s;
        context.current.goal = u"Tag %1 and %3."_s;
        const QString literal = SupervisorPhases::patternAnalysis(context).messages.first().content;
        QVERIFY2(literal.contains(u"see https://t.co/a%2Fb and 100%1 sure"_s), qPrintable(literal));
        QVERIFY(literal.contains(u"Tag %1 and %3."_s));
        QVERIFY(literal.contains(u"Find at most 5 disagreement patterns"_s));
    }
};

QTEST_APPLESS_MAIN(TestSupervisorReply)
#include "tst_supervisorreply.moc"
