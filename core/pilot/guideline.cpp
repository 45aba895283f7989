// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "pilot/guideline.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {

QString instructionsMarkdown(const QList<Instruction> &instructions, const QString &level)
{
    QString md;
    QString section;
    for (const Instruction &instruction : instructions) {
        if (instruction.section != section) {
            section = instruction.section;
            md += u"\n"_s + level + u' ' + (section.isEmpty() ? u"General"_s : section) + u"\n\n"_s;
        }
        md += u"- "_s + instruction.text + u'\n';
        for (const InstructionExample &example : instruction.examples) {
            md += u"  - Example: \"%1\" -> %2"_s.arg(example.text, example.correct);
            if (!example.commonError.isEmpty()) {
                md += u" (not: %1"_s.arg(example.commonError)
                    + (example.why.isEmpty() ? u")"_s : u"; %1)"_s.arg(example.why));
            }
            md += u'\n';
        }
        if (!instruction.rationale.isEmpty()) {
            md += u"  - Why: "_s + instruction.rationale + u'\n';
        }
    }
    return md;
}

QJsonArray instructionsJson(const QList<Instruction> &instructions)
{
    QJsonArray array;
    for (const Instruction &instruction : instructions) {
        QJsonArray examples;
        for (const InstructionExample &example : instruction.examples) {
            examples.append(QJsonObject{{u"text"_s, example.text}, {u"correct"_s, example.correct},
                {u"common_error"_s, example.commonError}, {u"why"_s, example.why}});
        }
        array.append(QJsonObject{{u"section"_s, instruction.section}, {u"text"_s, instruction.text},
            {u"rationale"_s, instruction.rationale}, {u"examples"_s, examples},
            {u"patterns"_s, QJsonArray::fromStringList(instruction.patterns)}});
    }
    return array;
}

QList<Instruction> instructionsFromJson(const QJsonArray &array)
{
    QList<Instruction> instructions;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        Instruction instruction{object.value(u"section"_s).toString(), object.value(u"text"_s).toString(),
            object.value(u"rationale"_s).toString(), {}, {}};
        for (const QJsonValue &pattern : object.value(u"patterns"_s).toArray()) {
            instruction.patterns.append(pattern.toString());
        }
        for (const QJsonValue &example : object.value(u"examples"_s).toArray()) {
            const QJsonObject e = example.toObject();
            instruction.examples.append({e.value(u"text"_s).toString(), e.value(u"correct"_s).toString(),
                e.value(u"common_error"_s).toString(), e.value(u"why"_s).toString()});
        }
        instructions.append(instruction);
    }
    return instructions;
}

} // namespace

QString Guideline::toMarkdown(const QString &title) const
{
    QString md = u"# %1 (version %2)\n\n## Task goal\n\n%3\n"_s.arg(title).arg(version).arg(goal);
    if (!common.isEmpty()) {
        md += u"\n## Instructions for every annotator\n"_s + instructionsMarkdown(common, u"###"_s);
    }
    for (auto it = perAnnotator.cbegin(); it != perAnnotator.cend(); ++it) {
        if (!it.value().isEmpty()) {
            md += u"\n## Instructions for %1\n"_s.arg(it.key()) + instructionsMarkdown(it.value(), u"###"_s);
        }
    }
    return md;
}

QString Guideline::toHtml(const QString &title) const
{
    // The Markdown written by toMarkdown() uses headings, bullets and nested bullets only.
    QString html =
        u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1 (version %2)</title></head><body>\n"_s
            .arg(title.toHtmlEscaped())
            .arg(version);
    int depth = 0;
    const auto closeLists = [&html, &depth](int to) {
        while (depth > to) {
            html += u"</li></ul>\n"_s;
            --depth;
        }
    };
    for (const QString &line : toMarkdown(title).split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty()) {
            continue;
        }
        if (trimmed.startsWith(u'#')) {
            closeLists(0);
            const qsizetype level = trimmed.indexOf(u' ');
            html += u"<h%1>%2</h%1>\n"_s.arg(level).arg(trimmed.mid(level + 1).toHtmlEscaped());
            continue;
        }
        if (trimmed.startsWith(u"- "_s)) {
            const int level = int((line.size() - line.trimmed().size()) / 2) + 1; // two spaces a level
            if (level > depth) {
                while (depth < level) {
                    html += u"<ul><li>"_s;
                    ++depth;
                }
            } else {
                closeLists(level);
                html += u"</li><li>"_s;
            }
            html += trimmed.mid(2).toHtmlEscaped();
            continue;
        }
        closeLists(0);
        html += u"<p>%1</p>\n"_s.arg(trimmed.toHtmlEscaped());
    }
    closeLists(0);
    return html + u"</body></html>\n"_s;
}

QString Guideline::promptInstructions(const QString &annotator) const
{
    QString text;
    if (!common.isEmpty()) {
        text += u"\n## Annotation instructions\n"_s + instructionsMarkdown(common, u"###"_s);
    }
    const QList<Instruction> own = perAnnotator.value(annotator);
    if (!own.isEmpty()) {
        text += u"\n## Instructions for you in particular\n"_s + instructionsMarkdown(own, u"###"_s);
    }
    return text;
}

QJsonObject Guideline::toJson() const
{
    QJsonObject annotators;
    for (auto it = perAnnotator.cbegin(); it != perAnnotator.cend(); ++it) {
        annotators.insert(it.key(), instructionsJson(it.value()));
    }
    return QJsonObject{{u"version"_s, version}, {u"goal"_s, goal}, {u"common"_s, instructionsJson(common)},
        {u"annotators"_s, annotators}};
}

Guideline Guideline::fromJson(const QJsonObject &json)
{
    Guideline guideline;
    guideline.version = json.value(u"version"_s).toInt();
    guideline.goal = json.value(u"goal"_s).toString();
    guideline.common = instructionsFromJson(json.value(u"common"_s).toArray());
    const QJsonObject annotators = json.value(u"annotators"_s).toObject();
    for (auto it = annotators.constBegin(); it != annotators.constEnd(); ++it) {
        guideline.perAnnotator.insert(it.key(), instructionsFromJson(it.value().toArray()));
    }
    return guideline;
}

} // namespace Workbench::Core
