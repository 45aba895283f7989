// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "pilot/guideline.h"
#include "pilot/proposal.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <expected>

namespace Workbench::Core {

/*! \brief Reads the supervisor's organised guideline (phase 4) as tolerantly as real models need.
 *
 * Unknown keys are ignored and optional fields defaulted; the guideline may come wrapped in one
 * object (\c{{"guideline": {...}}}); instructions may be a list, one object or one bare string,
 * or an object keyed by section (\c{{"Boundaries": [...]}}), and a section may hold its
 * instructions (\c{{"section", "instructions": [...]}}); the per-annotator part may be a list of
 * \c{{"name", "instructions"}} or an object keyed by name whose values are any of those. Annotator names are
 * matched to the pool ignoring case and punctuation, by name or model
 * ("Gemma 3 12B" is the annotator whose model is \c gemma-3-12b); a name that matches none is
 * kept apart as unmatched, for the person to see (never dropped, never a phantom annotator), and
 * a name given twice has its instructions merged. A part left empty or null keeps the current
 * instructions: the prompts ask for that where the supervisor has nothing to say.
 * Usage: \c{auto read = SupervisorReply::organised(reply, current, pool);}
 */
class SupervisorReply
{
public:
    struct PoolMember
    {
        QString name;
        QString model;
    };
    struct Organised
    {
        Guideline guideline; //!< version left to the caller
        QList<UnmatchedInstructions> unmatched;
    };

    //! The guideline in a phase-4 reply, or what is wrong with it.
    [[nodiscard]] static std::expected<Organised, QString> organised(
        const QJsonObject &reply, const Guideline &current, const QList<PoolMember> &pool);
    //! The pool member \a name means (by name, then model), or an empty string.
    [[nodiscard]] static QString matchAnnotator(const QString &name, const QList<PoolMember> &pool);
};

} // namespace Workbench::Core
