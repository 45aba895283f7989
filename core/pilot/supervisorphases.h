// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "llm/chatrequest.h"
#include "pilot/guideline.h"
#include "pilot/pilotconfig.h"
#include "pilot/supervisorreply.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <expected>

namespace Workbench::Core {

/*! \brief The supervisor's four calls of a round (method.md section 6), each with its JSON schema.
 *
 * 1. pattern analysis of the hotspot report; 2. one analysis per non-elite annotator of its error
 * report; 3. instruction generation; 4. organisation into the hierarchical guideline. Every call
 * is given the \e current guideline and goal as the existing instructions, the caps, and the
 * reminder that the majority vote is a reference, not the truth. Each call asks for its schema
 * (properties in the order a model should write them) and also describes the answer's shape in
 * the prompt, for servers that ignore structured output. The change cap limits edits and
 * removals of existing instructions only, stated in words. The organised guideline of phase 4
 * becomes a Proposal against the current one. Usage: \c{auto r =
 * SupervisorPhases::patternAnalysis(context);}
 */
class SupervisorPhases
{
public:
    struct Context
    {
        const PilotConfig *config = nullptr;
        Guideline current;
        int round = 0;
        QString hotspotReport;
        QStringList elite;
        QStringList annotators;
    };

    [[nodiscard]] static ChatRequest patternAnalysis(const Context &context);
    //! Phase 2 for \a annotator, told the phase-1 \a patterns so it looks for what is its own.
    [[nodiscard]] static ChatRequest annotatorAnalysis(const Context &context, const QString &annotator,
        const QString &errorReport, const QJsonObject &patterns);
    [[nodiscard]] static ChatRequest instructionGeneration(
        const Context &context, const QJsonObject &patterns, const QMap<QString, QJsonObject> &analyses);
    [[nodiscard]] static ChatRequest organisation(const Context &context, const QJsonObject &generated);
    //! The guideline in a phase-4 reply (version left to the caller), or what is wrong with it.
    [[nodiscard]] static std::expected<SupervisorReply::Organised, QString> organisedGuideline(
        const Context &context, const QJsonObject &reply);
    //! Words in the existing instructions (common and per annotator; not the goal).
    [[nodiscard]] static qsizetype instructionWords(const Guideline &guideline);
    //! How many of those words edits and removals may change this round (0 when there are none).
    [[nodiscard]] static qsizetype changeBudget(const Context &context);
};

} // namespace Workbench::Core
