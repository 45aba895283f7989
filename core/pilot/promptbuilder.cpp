// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "pilot/promptbuilder.h"

#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {

QString quoted(const QStringList &examples)
{
    QStringList out;
    for (const QString &example : examples) {
        out.append(u'"' + example + u'"');
    }
    return out.join(u", "_s);
}

} // namespace

PromptBuilder::PromptBuilder(QString templateText)
    : m_template(std::move(templateText))
{
}

QString PromptBuilder::defaultTemplate()
{
    QFile file(u":/prompts/annotator.txt"_s);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString PromptBuilder::typesSection(const EntityScheme &scheme)
{
    QString text;
    for (const EntityType &type : scheme.types()) {
        text += u"- %1: %2\n"_s.arg(
            type.code, type.definition.isEmpty() ? u"(no definition given)"_s : type.definition);
        if (!type.positiveExamples.isEmpty()) {
            text += u"  Examples: %1\n"_s.arg(quoted(type.positiveExamples));
        }
        if (!type.negativeExamples.isEmpty()) {
            text += u"  Not %1: %2\n"_s.arg(type.code, quoted(type.negativeExamples));
        }
    }
    return text;
}

QString PromptBuilder::annotatorPrompt(const EntityScheme &scheme, const Guideline &guideline,
    const QString &annotator, const int round, const QString &text) const
{
    const QString header = round >= 1 ? u"# Named entity annotation task (round %1)"_s.arg(round)
                                      : u"# Named entity annotation task"_s;
    QString prompt = m_template;
    prompt.replace(u"{{header}}"_s, header);
    prompt.replace(u"{{goal}}"_s, guideline.goal);
    prompt.replace(u"{{types}}"_s, typesSection(scheme));
    prompt.replace(u"{{instructions}}"_s, round >= 1 ? guideline.promptInstructions(annotator) : QString());
    prompt.replace(u"{{text}}"_s, text); // last: a text containing "{{goal}}" stays as it is
    return prompt;
}

} // namespace Workbench::Core
