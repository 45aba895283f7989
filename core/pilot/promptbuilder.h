// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "model/entityscheme.h"
#include "pilot/guideline.h"

#include <QString>

namespace Workbench::Core {

/*! \brief Writes the annotator prompt of method.md section 3 from an editable template.
 *
 * Placeholders: \c{{{header}}} (with the round number from round 1 on), \c{{{goal}}},
 * \c{{{types}}} (codes, definitions, positive and negative examples), \c{{{instructions}}} (the
 * supervisor's common and annotator-specific instructions, from round 1 on), \c{{{text}}}.
 * Usage: \c{PromptBuilder().annotatorPrompt(scheme, guideline, u"gemma"_s, 1, text)}
 */
class PromptBuilder
{
public:
    explicit PromptBuilder(QString templateText = defaultTemplate());

    [[nodiscard]] static QString defaultTemplate();
    [[nodiscard]] QString annotatorPrompt(const EntityScheme &scheme, const Guideline &guideline,
        const QString &annotator, int round, const QString &text) const;
    //! The scheme as the prompt lists it.
    [[nodiscard]] static QString typesSection(const EntityScheme &scheme);

private:
    QString m_template;
};

} // namespace Workbench::Core
