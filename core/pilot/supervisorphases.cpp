// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "pilot/supervisorphases.h"

#include "pilot/promptbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {

using Properties = std::vector<std::pair<QString, JsonSchema>>;

JsonSchema strings()
{
    return JsonSchema::array(JsonSchema::string());
}

// Generation order: what an instruction says, then its examples, then why and what it answers.
JsonSchema instructionSchema()
{
    return JsonSchema::object({{u"section"_s, JsonSchema::string().nullable()},
        {u"text"_s, JsonSchema::string()},
        {u"examples"_s,
            JsonSchema::array(JsonSchema::object({{u"text"_s, JsonSchema::string()},
                {u"correct"_s, JsonSchema::string()}, {u"common_error"_s, JsonSchema::string().nullable()},
                {u"why"_s, JsonSchema::string().nullable()}}))},
        {u"rationale"_s, JsonSchema::string().nullable()}, {u"patterns"_s, strings()}});
}

JsonSchema guidelineSchema()
{
    return JsonSchema::object(
        {{u"goal"_s, JsonSchema::string().nullable()}, {u"common"_s, JsonSchema::array(instructionSchema())},
            {u"annotators"_s,
                JsonSchema::array(JsonSchema::object({{u"name"_s, JsonSchema::string()},
                    {u"instructions"_s, JsonSchema::array(instructionSchema())}}))}});
}

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

qsizetype wordCount(const QString &text)
{
    return text.split(u' ', Qt::SkipEmptyParts).size();
}

QString poolList(const SupervisorPhases::Context &context)
{
    QStringList names;
    for (const PilotConfig::Annotator &annotator : context.config->annotators) {
        names.append(u"%1 (model %2)"_s.arg(annotator.name, annotator.model));
    }
    return names.join(u", "_s);
}

QString commonPart(const SupervisorPhases::Context &context)
{
    const PilotConfig &config = *context.config;
    return u"# Pilot annotation, round %1\n\n"
           u"You supervise a pilot annotation for named-entity recognition. Several language models "
           u"annotated the same "
           u"sentences under the guideline below; you improve the guideline from where they disagree.\n\n"
           u"## Entity types (fixed; never rewrite them)\n%2\n"
           u"## Existing instructions (the current guideline, version %3)\n%4\n"
           u"## Annotators\n%5\n\n## Elite annotators\n%6\n\n"
           u"The majority vote is a reference, not the truth: a minority can be right.\n"_s.arg(
               QString::number(context.round), PromptBuilder::typesSection(config.scheme),
               QString::number(context.current.version), context.current.toMarkdown(u"Current guideline"_s),
               poolList(context), context.elite.isEmpty() ? u"(none)"_s : context.elite.join(u", "_s));
}

// For servers that ignore response_format, and models that drift: the answer's shape in words.
QString answerFormat(const JsonSchema &schema)
{
    return u"\n\n## Answer format\nAnswer with one JSON object of exactly this shape, and nothing else "
           u"(use null or an empty list where you have nothing to say):\n%1\n"_s.arg(schema.shape());
}

ChatRequest request(const SupervisorPhases::Context &context, const QString &prompt, const JsonSchema &schema,
    const QString &schemaName)
{
    const PilotConfig::Annotator &supervisor = context.config->supervisor;
    ChatRequest r;
    r.model = supervisor.model;
    r.temperature = supervisor.temperature;
    r.reasoningEffort = supervisor.reasoningEffort;
    r.maxOutputTokens = context.config->knobs.supervisorMaxOutputTokens;
    r.messages = {{u"user"_s, prompt + answerFormat(schema)}};
    r.jsonSchema = schema;
    r.schemaName = schemaName;
    return r;
}

// The cap in words a model can follow: additions are free, edits and removals are counted.
QString capRule(const SupervisorPhases::Context &context)
{
    const qsizetype existing = SupervisorPhases::instructionWords(context.current);
    if (existing == 0) {
        return u"There are no existing instructions yet: add the instructions the analysis calls for."_s;
    }
    return u"Adding instructions is not limited. Editing and removing existing instructions together "
           u"may change at most %1 of their %2 words (%3%); keep the rest word for word."_s
               .arg(SupervisorPhases::changeBudget(context))
               .arg(existing)
               .arg(qRound(context.config->knobs.changeCap * 100));
}

} // namespace

qsizetype SupervisorPhases::instructionWords(const Guideline &guideline)
{
    qsizetype words = 0;
    for (const Instruction &instruction : guideline.common) {
        words += wordCount(instruction.text);
    }
    for (const QList<Instruction> &list : guideline.perAnnotator) {
        for (const Instruction &instruction : list) {
            words += wordCount(instruction.text);
        }
    }
    return words;
}

qsizetype SupervisorPhases::changeBudget(const Context &context)
{
    const qsizetype existing = instructionWords(context.current);
    // At least one word: a cap of zero on a short guideline would freeze it.
    return existing == 0
        ? 0
        : std::max<qsizetype>(1, qRound64(double(existing) * context.config->knobs.changeCap));
}

ChatRequest SupervisorPhases::patternAnalysis(const Context &context)
{
    const PilotConfig::Knobs &knobs = context.config->knobs;
    const QString prompt = commonPart(context)
        + u"\n## Task goal\n%1\n\n## Hotspot report\n%2\n\n"
          u"## Your task (phase 1 of 4: pattern analysis)\n"
          u"Find at most %3 disagreement patterns in the report. For each: a name, how often it "
          u"occurs, its root cause, the entity types it affects, the competing ways of annotating "
          u"and which annotators back each, and whether the existing instructions cover it. Then "
          u"state candidate principles that would resolve them, and list the parts of the task goal "
          u"that the disagreements show to be unclear. Do not write instructions yet."_s.arg(
              context.current.goal, context.hotspotReport, QString::number(knobs.maxPatterns));
    const JsonSchema schema = JsonSchema::object(
        {{u"patterns"_s,
             JsonSchema::array(JsonSchema::object(
                 {{u"name"_s, JsonSchema::string()}, {u"frequency"_s, JsonSchema::string()},
                     {u"root_cause"_s, JsonSchema::string()}, {u"affected_types"_s, strings()},
                     {u"approaches"_s,
                         JsonSchema::array(JsonSchema::object(
                             {{u"description"_s, JsonSchema::string()}, {u"annotators"_s, strings()}}))},
                     {u"covered_by_existing"_s, JsonSchema::boolean().nullable()}}))},
            {u"principles"_s, strings()}, {u"unclear_goal_parts"_s, strings()}});
    return request(context, prompt, schema, u"pattern_analysis"_s);
}

ChatRequest SupervisorPhases::annotatorAnalysis(
    const Context &context, const QString &annotator, const QString &errorReport, const QJsonObject &patterns)
{
    const QString prompt = commonPart(context)
        + u"\n## Disagreement patterns of the whole pool (phase 1)\n%3\n"
          u"## Error report of annotator %1\n%2\n\n"
          u"## Your task (phase 2 of 4: annotator analysis)\n"
          u"Describe what is specific to %1, beyond the pool's patterns above: its systematic biases, "
          u"its type confusions, where it tags too little or too much, and its boundary errors. Do not "
          u"write instructions yet."_s.arg(annotator, errorReport, json(patterns));
    const JsonSchema schema = JsonSchema::object({{u"annotator"_s, JsonSchema::string()},
        {u"biases"_s, strings()}, {u"confusions"_s, strings()}, {u"under_tagging"_s, strings()},
        {u"over_tagging"_s, strings()}, {u"boundary_errors"_s, strings()}});
    return request(context, prompt, schema, u"annotator_analysis"_s);
}

ChatRequest SupervisorPhases::instructionGeneration(
    const Context &context, const QJsonObject &patterns, const QMap<QString, QJsonObject> &analyses)
{
    const PilotConfig::Knobs &knobs = context.config->knobs;
    QJsonObject analysisObject;
    for (auto it = analyses.cbegin(); it != analyses.cend(); ++it) {
        analysisObject.insert(it.key(), it.value());
    }
    const QString goalRule = knobs.goalRewriting
        ? u"Rewrite the task goal where it would help, resolving the unclear parts that phase 1 "
          u"listed; give null to keep it."_s
        : u"Keep the task goal exactly as it is (give null)."_s;
    const QString prompt = commonPart(context)
        + u"\n## Task goal\n%1\n\n## Disagreement patterns (phase 1)\n%2\n## Annotator analyses (phase "
          u"2)\n%3\n"
          u"## Your task (phase 3 of 4: instruction generation)\n"
          u"%4 Resolve the conflicting approaches. Write at most %5 concrete common instructions, each with "
          u"one or two "
          u"examples (text, correct annotation, common error, why), and at most %6 instructions for each "
          u"annotator "
          u"that needs them%7, naming annotators exactly as listed above. Name the patterns each "
          u"instruction answers. %8"_s.arg(context.current.goal, json(patterns), json(analysisObject),
              goalRule, QString::number(knobs.maxCommonInstructions),
              QString::number(knobs.maxAnnotatorInstructions),
              knobs.eliteInstructions ? QString() : u" (not the elite annotators)"_s, capRule(context));
    return request(context, prompt, guidelineSchema(), u"instruction_generation"_s);
}

ChatRequest SupervisorPhases::organisation(const Context &context, const QJsonObject &generated)
{
    const QString goalRule = context.config->knobs.goalRewriting
        ? u"the goal (the rewritten one from phase 3, or null to keep it)"_s
        : u"the goal as null (it is kept as it is)"_s;
    const QString prompt = commonPart(context)
        + u"\n## New instructions (phase 3)\n%1\n"
          u"## Your task (phase 4 of 4: organisation)\n"
          u"Merge the existing and the new instructions into one hierarchical guideline (sections "
          u"of instructions). Keep every existing instruction unless it is wrong. %2 Return the whole "
          u"guideline: %3, the common instructions and the instructions for particular annotators, "
          u"named exactly as listed above."_s.arg(json(generated), capRule(context), goalRule);
    return request(context, prompt, guidelineSchema(), u"organisation"_s);
}

std::expected<SupervisorReply::Organised, QString> SupervisorPhases::organisedGuideline(
    const Context &context, const QJsonObject &reply)
{
    QList<SupervisorReply::PoolMember> pool;
    for (const PilotConfig::Annotator &annotator : context.config->annotators) {
        pool.append({annotator.name, annotator.model});
    }
    return SupervisorReply::organised(reply, context.current, pool);
}

} // namespace Workbench::Core
