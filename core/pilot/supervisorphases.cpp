// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "supervisorphases.h"

#include "promptbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {

QJsonObject stringProperty()
{
    return QJsonObject{{u"type"_s, u"string"_s}};
}

QJsonObject arrayOf(const QJsonObject &items)
{
    return QJsonObject{{u"type"_s, u"array"_s}, {u"items"_s, items}};
}

QJsonObject objectOf(const QJsonObject &properties)
{
    return QJsonObject{{u"type"_s, u"object"_s}, {u"properties"_s, properties},
        {u"required"_s, QJsonArray::fromStringList(properties.keys())}, {u"additionalProperties"_s, false}};
}

QJsonObject instructionSchema()
{
    return objectOf({{u"section"_s, stringProperty()}, {u"text"_s, stringProperty()},
        {u"rationale"_s, stringProperty()}, {u"patterns"_s, arrayOf(stringProperty())},
        {u"examples"_s,
            arrayOf(objectOf({{u"text"_s, stringProperty()}, {u"correct"_s, stringProperty()},
                {u"common_error"_s, stringProperty()}, {u"why"_s, stringProperty()}}))}});
}

QJsonObject guidelineSchema()
{
    return objectOf({{u"goal"_s, stringProperty()}, {u"common"_s, arrayOf(instructionSchema())},
        {u"annotators"_s,
            arrayOf(objectOf(
                {{u"name"_s, stringProperty()}, {u"instructions"_s, arrayOf(instructionSchema())}}))}});
}

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
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
           u"## Elite annotators\n%5\n\n"
           u"The majority vote is a reference, not the truth: a minority can be right.\n"_s.arg(context.round)
               .arg(PromptBuilder::typesSection(config.scheme))
               .arg(context.current.version)
               .arg(context.current.toMarkdown(u"Current guideline"_s))
               .arg(context.elite.join(u", "_s));
}

ChatRequest request(const SupervisorPhases::Context &context, const QString &prompt,
    const QJsonObject &schema, const QString &schemaName)
{
    const PilotConfig::Annotator &supervisor = context.config->supervisor;
    ChatRequest r;
    r.model = supervisor.model;
    r.temperature = supervisor.temperature;
    r.reasoningEffort = supervisor.reasoningEffort;
    r.maxOutputTokens = context.config->knobs.maxOutputTokens;
    r.messages = {{u"user"_s, prompt}};
    r.jsonSchema = schema;
    r.schemaName = schemaName;
    return r;
}

std::expected<QList<Instruction>, QString> instructions(const QJsonValue &value, const QString &where)
{
    if (!value.isArray()) {
        return std::unexpected(where + u": expected an array of instructions"_s);
    }
    QJsonArray array = value.toArray();
    QJsonObject wrapper{{u"common"_s, array}};
    const Guideline parsed = Guideline::fromJson(wrapper);
    for (qsizetype i = 0; i < parsed.common.size(); ++i) {
        if (parsed.common.at(i).text.trimmed().isEmpty()) {
            return std::unexpected(u"%1[%2].text: expected the instruction's text"_s.arg(where).arg(i));
        }
    }
    return parsed.common;
}

} // namespace

ChatRequest SupervisorPhases::patternAnalysis(const Context &context)
{
    const PilotConfig::Knobs &knobs = context.config->knobs;
    const QString prompt = commonPart(context)
        + u"\n## Task goal\n%1\n\n## Hotspot report\n%2\n\n"
          u"## Your task (phase 1 of 4: pattern analysis)\n"
          u"Find at most %3 disagreement patterns in the report. For each: a name, how often it "
          u"occurs, its root cause, the entity types it affects, the competing ways of annotating "
          u"and which annotators back each, and whether the existing instructions cover it. Then "
          u"state candidate principles that would resolve them. Do not write instructions yet."_s
              .arg(context.current.goal, context.hotspotReport)
              .arg(knobs.maxPatterns);
    const QJsonObject schema = objectOf(
        {{u"patterns"_s,
             arrayOf(objectOf({{u"name"_s, stringProperty()}, {u"frequency"_s, stringProperty()},
                 {u"root_cause"_s, stringProperty()}, {u"affected_types"_s, arrayOf(stringProperty())},
                 {u"approaches"_s,
                     arrayOf(objectOf({{u"description"_s, stringProperty()},
                         {u"annotators"_s, arrayOf(stringProperty())}}))},
                 {u"covered_by_existing"_s, QJsonObject{{u"type"_s, u"boolean"_s}}}}))},
            {u"principles"_s, arrayOf(stringProperty())}});
    return request(context, prompt, schema, u"pattern_analysis"_s);
}

ChatRequest SupervisorPhases::annotatorAnalysis(
    const Context &context, const QString &annotator, const QString &errorReport)
{
    const QString prompt = commonPart(context)
        + u"\n## Error report of annotator %1\n%2\n\n"
          u"## Your task (phase 2 of 4: annotator analysis)\n"
          u"Describe %1's systematic biases, its type confusions, where it tags too little or too "
          u"much, and its boundary errors. Do not write instructions yet."_s.arg(annotator, errorReport);
    const QJsonObject schema = objectOf({{u"annotator"_s, stringProperty()},
        {u"biases"_s, arrayOf(stringProperty())}, {u"confusions"_s, arrayOf(stringProperty())},
        {u"under_tagging"_s, arrayOf(stringProperty())}, {u"over_tagging"_s, arrayOf(stringProperty())},
        {u"boundary_errors"_s, arrayOf(stringProperty())}});
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
    const QString goalRule = knobs.goalRewriting ? u"Rewrite the task goal where it would help."_s
                                                 : u"Keep the task goal exactly as it is."_s;
    const QString prompt = commonPart(context)
        + u"\n## Task goal\n%1\n\n## Disagreement patterns (phase 1)\n%2\n## Annotator analyses (phase "
          u"2)\n%3\n"
          u"## Your task (phase 3 of 4: instruction generation)\n"
          u"%4 Resolve the conflicting approaches. Write at most %5 concrete common instructions, each with "
          u"one or two "
          u"examples (text, correct annotation, common error, why), and at most %6 instructions for each "
          u"annotator "
          u"that needs them%7. Name the patterns each instruction answers."_s
              .arg(context.current.goal, json(patterns), json(analysisObject), goalRule)
              .arg(knobs.maxCommonInstructions)
              .arg(knobs.maxAnnotatorInstructions)
              .arg(knobs.eliteInstructions ? QString() : u" (not the elite annotators)"_s);
    return request(context, prompt, guidelineSchema(), u"instruction_generation"_s);
}

ChatRequest SupervisorPhases::organisation(const Context &context, const QJsonObject &generated)
{
    const PilotConfig::Knobs &knobs = context.config->knobs;
    const QString prompt = commonPart(context)
        + u"\n## New instructions (phase 3)\n%1\n"
          u"## Your task (phase 4 of 4: organisation)\n"
          u"Merge the existing and the new instructions into one hierarchical guideline (sections "
          u"of instructions). Keep every existing instruction unless it is wrong. Change at most "
          u"%2% of the guideline's words. Return the whole guideline: the goal, the common "
          u"instructions and the instructions for particular annotators."_s.arg(json(generated))
              .arg(qRound(knobs.changeCap * 100));
    return request(context, prompt, guidelineSchema(), u"organisation"_s);
}

std::expected<Guideline, QString> SupervisorPhases::organisedGuideline(
    const QJsonObject &reply, const Guideline &current)
{
    Guideline organised;
    organised.version = current.version;
    organised.goal = reply.value(u"goal"_s).toString().trimmed();
    if (organised.goal.isEmpty()) {
        organised.goal = current.goal; // no rewrite offered
    }
    auto common = instructions(reply.value(u"common"_s), u"common"_s);
    if (!common) {
        return std::unexpected(common.error());
    }
    organised.common = *common;
    const QJsonArray annotators = reply.value(u"annotators"_s).toArray();
    for (qsizetype i = 0; i < annotators.size(); ++i) {
        const QJsonObject entry = annotators.at(i).toObject();
        const QString name = entry.value(u"name"_s).toString();
        if (name.isEmpty()) {
            return std::unexpected(u"annotators[%1].name: expected an annotator's name"_s.arg(i));
        }
        auto own = instructions(entry.value(u"instructions"_s), u"annotators[%1].instructions"_s.arg(i));
        if (!own) {
            return std::unexpected(own.error());
        }
        if (!own->isEmpty()) {
            organised.perAnnotator.insert(name, *own);
        }
    }
    return organised;
}

} // namespace Workbench::Core
