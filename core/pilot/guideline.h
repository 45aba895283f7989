// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "pilot/instruction.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace Workbench::Core {

/*! \brief One version of the annotation guideline: the task goal, common instructions grouped in
 * sections, and instructions for particular annotators.
 *
 * Version 0 is the user's starting point (goal only). Usage: \c{guideline.toMarkdown()}.
 */
struct Guideline
{
    int version = 0;
    QString goal;
    QList<Instruction> common;
    QMap<QString, QList<Instruction>> perAnnotator;

    //! The readable guideline, the deliverable of a pilot.
    [[nodiscard]] QString toMarkdown(const QString &title = QStringLiteral("Annotation guideline")) const;
    //! The same guideline as a standalone HTML page (for people who do not read Markdown).
    [[nodiscard]] QString toHtml(const QString &title = QStringLiteral("Annotation guideline")) const;
    //! Instructions as the annotator prompt shows them (common, then this annotator's).
    [[nodiscard]] QString promptInstructions(const QString &annotator) const;
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Guideline fromJson(const QJsonObject &json);

    friend bool operator==(const Guideline &, const Guideline &) = default;
};

} // namespace Workbench::Core
