// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "pilot/guideline.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Workbench::Core {

/*! \brief The supervisor's proposal for the next guideline, as discrete changes a person decides.
 *
 * Each change adds, changes or removes one instruction (common, or of one annotator) or rewrites
 * the goal, with its rationale, the disagreement patterns it answers and the measured fraction
 * of the guideline's words it changes. Only accepted (or edited) changes reach the next version.
 * Usage: \c{auto p = Proposal::between(current, organised, round); p.changes[0].decision = ...;
 * p.apply(current);}
 */
struct ProposalChange
{
    enum class Kind { Add, Change, Remove, Rewrite };
    enum class Decision { Pending, Accepted, Rejected, Edited };
    //! Whose text a change edits.
    enum class Scope {
        Goal, //!< the guideline's goal
        Common, //!< the instructions for every annotator
        Annotator, //!< the instructions of the annotator \c target names
    };

    int id = 0; //!< 1-based, stable within the proposal
    Kind kind = Kind::Add;
    QString target; //!< "common", an annotator's name, or "goal"
    int index = -1; //!< the instruction changed or removed, in the current list
    Instruction instruction; //!< the new instruction (Add, Change)
    QString text; //!< the new text: instruction or goal; empty for Remove
    QString rationale;
    QStringList patterns;
    double changeFraction = 0.0;
    Decision decision = Decision::Pending;
    //! Edited: the person's text, used instead of \c text; the examples stay the proposed ones.
    QString editedText;

    //! What \c target names: the one place its words "goal" and "common" are read.
    [[nodiscard]] Scope scope() const;
    [[nodiscard]] static QString kindName(Kind kind);
    [[nodiscard]] static std::optional<Kind> kindFromName(const QString &name);
    [[nodiscard]] static QString decisionName(Decision decision);
    //! Pending for an unknown name.
    [[nodiscard]] static Decision decisionFromName(const QString &name);
};

//! Instructions the supervisor gave an annotator the pool does not have: shown, never applied.
struct UnmatchedInstructions
{
    QString name; //!< as the supervisor spelled it
    QList<Instruction> instructions;

    friend bool operator==(const UnmatchedInstructions &, const UnmatchedInstructions &) = default;
};

struct Proposal
{
    int round = 0;
    QList<ProposalChange> changes;
    //! The supervisor's pattern analysis behind the changes (phase 1): each pattern's "name",
    //! "frequency", "root_cause", "affected_types", "approaches" [{"description", "annotators"}].
    QJsonArray patterns;
    //! Instructions for annotator names that match no annotator of the pool (kept for the person).
    QList<UnmatchedInstructions> unmatched;
    //! The analysed pattern named \a name, or an empty object.
    [[nodiscard]] QJsonObject pattern(const QString &name) const;

    //! The changes that turn \a current into \a proposed, each measured against \a current.
    [[nodiscard]] static Proposal between(
        const Guideline &current, const Guideline &proposed, int round, bool goalRewriting);
    //! The next guideline version: \a current with the accepted and edited changes applied.
    [[nodiscard]] Guideline apply(const Guideline &current) const;
    [[nodiscard]] QList<int> undecided() const;
    //! How much of the change cap the proposed edits and removals use (method.md section 6):
    //! additions and the goal do not count.
    struct CapUse
    {
        qsizetype existingWords = 0; //!< of the current instructions; 0: no cap applies yet
        qsizetype changedWords = 0; //!< words removed, and per edit the larger of removed and added
        [[nodiscard]] double share() const
        {
            return existingWords == 0 ? 0.0 : double(changedWords) / double(existingWords);
        }
        //! \c{{"existing_words", "changed_words", "share", "cap"}} for the configured \a cap.
        [[nodiscard]] QJsonObject toJson(double cap) const;
    };
    //! The cap use of every change as proposed, measured against \a current (the guideline the
    //! proposal was made for).
    [[nodiscard]] CapUse capUse(const Guideline &current) const;
    //! Words changed between two texts, by a word-level diff: (deleted + inserted) / (old + new),
    //! 0 for identical texts, 1 for texts with no word in common.
    [[nodiscard]] static double changeFraction(const QString &before, const QString &after);
    //! \c{{"round", "changes": [{"id", "kind", "target", "text", "rationale", "patterns",
    //! "change_fraction", "examples"}], "patterns": [...], "unmatched": [{"name", "instructions"}]}}
    [[nodiscard]] QJsonObject toJson() const;
    //! \c{[{"name", "instructions": [...]}]}, as toJson() writes them, and back.
    [[nodiscard]] static QJsonArray unmatchedToJson(const QList<UnmatchedInstructions> &unmatched);
    [[nodiscard]] static QList<UnmatchedInstructions> unmatchedFromJson(const QJsonArray &array);
};

} // namespace Workbench::Core
