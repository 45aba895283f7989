// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "pilot/proposal.h"

#include "model/nametable.h"
#include "pilot/worddiff.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {

QSet<QString> wordSet(const QString &text)
{
    QSet<QString> words;
    for (const QString &word : text.toLower().split(u' ', Qt::SkipEmptyParts)) {
        QString letters;
        for (const QChar c : word) {
            if (c.isLetterOrNumber()) {
                letters.append(c);
            }
        }
        if (!letters.isEmpty()) {
            words.insert(letters);
        }
    }
    return words;
}

// Dice over the two texts' word sets: 1 for the same words, 0 for none in common.
double overlap(const QString &a, const QString &b)
{
    const QSet<QString> x = wordSet(a);
    const QSet<QString> y = wordSet(b);
    if (x.isEmpty() && y.isEmpty()) {
        return 1.0;
    }
    qsizetype shared = 0;
    for (const QString &word : x) {
        shared += y.contains(word) ? 1 : 0;
    }
    return 2.0 * double(shared) / double(x.size() + y.size());
}

// Pairs the instructions of one list: unchanged texts match; then a reworded instruction is
// paired with the one it rewords (most words in common first, at least half of them), so it is
// one change rather than a removal and an addition; the rest are additions and removals.
void diffList(const QList<Instruction> &before, const QList<Instruction> &after, const QString &target,
    QList<ProposalChange> &changes)
{
    QList<bool> kept(before.size(), false);
    QList<qsizetype> pairedWith(after.size(), -1); // after -> before
    QList<bool> matched(after.size(), false);
    for (qsizetype j = 0; j < after.size(); ++j) {
        for (qsizetype i = 0; i < before.size(); ++i) {
            if (!kept.at(i) && before.at(i).text == after.at(j).text) {
                kept[i] = true;
                matched[j] = true;
                break;
            }
        }
    }
    struct Candidate
    {
        double similarity;
        qsizetype before;
        qsizetype after;
    };
    QList<Candidate> candidates;
    for (qsizetype j = 0; j < after.size(); ++j) {
        for (qsizetype i = 0; i < before.size(); ++i) {
            if (!matched.at(j) && !kept.at(i)) {
                const double similarity = overlap(before.at(i).text, after.at(j).text);
                if (similarity >= 0.5) {
                    candidates.append({similarity, i, j});
                }
            }
        }
    }
    std::ranges::stable_sort(candidates, std::greater<>(), &Candidate::similarity);
    for (const Candidate &candidate : std::as_const(candidates)) {
        if (!kept.at(candidate.before) && pairedWith.at(candidate.after) < 0) {
            kept[candidate.before] = true;
            pairedWith[candidate.after] = candidate.before;
        }
    }
    for (qsizetype j = 0; j < after.size(); ++j) {
        if (matched.at(j)) {
            continue;
        }
        const qsizetype replaced = pairedWith.at(j);
        ProposalChange change;
        change.kind = replaced >= 0 ? ProposalChange::Kind::Change : ProposalChange::Kind::Add;
        change.target = target;
        change.index = int(replaced);
        change.instruction = after.at(j);
        change.text = after.at(j).text;
        change.rationale = after.at(j).rationale;
        change.patterns = after.at(j).patterns;
        changes.append(change);
    }
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (!kept.at(i)) {
            ProposalChange change;
            change.kind = ProposalChange::Kind::Remove;
            change.target = target;
            change.index = int(i);
            change.instruction = before.at(i);
            changes.append(change);
        }
    }
}

void applyOne(Guideline &guideline, const ProposalChange &change, QList<QList<Instruction> *> &removals,
    QList<qsizetype> &removalIndices)
{
    if (change.kind == ProposalChange::Kind::Rewrite) {
        guideline.goal =
            change.decision == ProposalChange::Decision::Edited ? change.editedText : change.text;
        return;
    }
    QList<Instruction> &list = change.scope() == ProposalChange::Scope::Common
        ? guideline.common
        : guideline.perAnnotator[change.target];
    Instruction instruction = change.instruction;
    if (change.decision == ProposalChange::Decision::Edited) {
        instruction.text = change.editedText;
    }
    switch (change.kind) {
    case ProposalChange::Kind::Add:
        list.append(instruction);
        break;
    case ProposalChange::Kind::Change:
        if (change.index >= 0 && change.index < list.size()) {
            list[change.index] = instruction;
        }
        break;
    case ProposalChange::Kind::Remove:
        // Removed last, so the indices of other changes keep pointing where they did.
        removals.append(&list);
        removalIndices.append(change.index);
        break;
    case ProposalChange::Kind::Rewrite:
        break;
    }
}

} // namespace

namespace {
constexpr NameTable<ProposalChange::Kind, 4> kindNames{
    {{{ProposalChange::Kind::Add, "add"}, {ProposalChange::Kind::Change, "change"},
        {ProposalChange::Kind::Remove, "remove"}, {ProposalChange::Kind::Rewrite, "rewrite"}}}};
constexpr NameTable<ProposalChange::Decision, 4> decisionNames{
    {{{ProposalChange::Decision::Pending, "pending"}, {ProposalChange::Decision::Accepted, "accepted"},
        {ProposalChange::Decision::Rejected, "rejected"}, {ProposalChange::Decision::Edited, "edited"}}}};
} // namespace

ProposalChange::Scope ProposalChange::scope() const
{
    if (target == u"goal") {
        return Scope::Goal;
    }
    return target == u"common" ? Scope::Common : Scope::Annotator;
}

QString ProposalChange::kindName(const Kind kind)
{
    return kindNames.name(kind);
}

std::optional<ProposalChange::Kind> ProposalChange::kindFromName(const QString &name)
{
    return kindNames.value(name, Qt::CaseSensitive);
}

QString ProposalChange::decisionName(const Decision decision)
{
    return decisionNames.name(decision);
}

ProposalChange::Decision ProposalChange::decisionFromName(const QString &name)
{
    return decisionNames.value(name, Qt::CaseSensitive).value_or(Decision::Pending);
}

double Proposal::changeFraction(const QString &before, const QString &after)
{
    qsizetype kept = 0;
    qsizetype changed = 0;
    for (const WordDiff::Piece &piece : WordDiff::compare(before, after)) {
        (piece.op == WordDiff::Piece::Op::Same ? kept : changed) += piece.words.size();
    }
    // Kept words are counted in both texts.
    const qsizetype total = 2 * kept + changed;
    return total == 0 ? 0.0 : double(changed) / double(total);
}

Proposal Proposal::between(
    const Guideline &current, const Guideline &proposed, const int round, const bool goalRewriting)
{
    Proposal proposal;
    proposal.round = round;
    if (goalRewriting && proposed.goal.trimmed() != current.goal.trimmed()
        && !proposed.goal.trimmed().isEmpty()) {
        ProposalChange change;
        change.kind = ProposalChange::Kind::Rewrite;
        change.target = u"goal"_s;
        change.text = proposed.goal;
        proposal.changes.append(change);
    }
    diffList(current.common, proposed.common, u"common"_s, proposal.changes);
    QStringList annotators = current.perAnnotator.keys() + proposed.perAnnotator.keys();
    annotators.removeDuplicates();
    std::ranges::sort(annotators);
    for (const QString &annotator : std::as_const(annotators)) {
        diffList(current.perAnnotator.value(annotator), proposed.perAnnotator.value(annotator), annotator,
            proposal.changes);
    }
    const QString before = current.toMarkdown();
    for (qsizetype i = 0; i < proposal.changes.size(); ++i) {
        ProposalChange &change = proposal.changes[i];
        change.id = int(i) + 1;
        Proposal single;
        single.changes = {change};
        single.changes.first().decision = ProposalChange::Decision::Accepted;
        change.changeFraction = changeFraction(before, single.apply(current).toMarkdown());
    }
    return proposal;
}

Proposal::CapUse Proposal::capUse(const Guideline &current) const
{
    CapUse use;
    const auto instructionsOf = [&current](const ProposalChange &change) {
        return change.scope() == ProposalChange::Scope::Common ? current.common
                                                               : current.perAnnotator.value(change.target);
    };
    for (const QList<Instruction> &list :
        QList<QList<Instruction>>{current.common} + current.perAnnotator.values()) {
        for (const Instruction &instruction : list) {
            use.existingWords += WordDiff::words(instruction.text).size();
        }
    }
    for (const ProposalChange &change : changes) {
        const Instruction old = instructionsOf(change).value(change.index);
        if (change.kind == ProposalChange::Kind::Remove) {
            use.changedWords += WordDiff::words(old.text).size();
        } else if (change.kind == ProposalChange::Kind::Change) {
            qsizetype removed = 0;
            qsizetype added = 0;
            for (const WordDiff::Piece &piece : WordDiff::compare(old.text, change.text)) {
                removed += piece.op == WordDiff::Piece::Op::Removed ? piece.words.size() : 0;
                added += piece.op == WordDiff::Piece::Op::Added ? piece.words.size() : 0;
            }
            use.changedWords += std::max(removed, added);
        }
    }
    return use;
}

Guideline Proposal::apply(const Guideline &current) const
{
    Guideline next = current;
    next.version = current.version + 1;
    QList<QList<Instruction> *> removals;
    QList<qsizetype> removalIndices;
    for (const ProposalChange &change : changes) {
        if (change.decision == ProposalChange::Decision::Accepted
            || change.decision == ProposalChange::Decision::Edited) {
            applyOne(next, change, removals, removalIndices);
        }
    }
    // Highest index first within a list, so earlier removals do not shift later ones.
    QList<qsizetype> order(removals.size());
    std::iota(order.begin(), order.end(), 0);
    std::ranges::sort(
        order, [&](qsizetype a, qsizetype b) { return removalIndices.at(a) > removalIndices.at(b); });
    for (const qsizetype k : std::as_const(order)) {
        if (removalIndices.at(k) >= 0 && removalIndices.at(k) < removals.at(k)->size()) {
            removals.at(k)->removeAt(removalIndices.at(k));
        }
    }
    for (auto it = next.perAnnotator.begin(); it != next.perAnnotator.end();) {
        it = it->isEmpty() ? next.perAnnotator.erase(it) : std::next(it);
    }
    return next;
}

QList<int> Proposal::undecided() const
{
    QList<int> ids;
    for (const ProposalChange &change : changes) {
        if (change.decision == ProposalChange::Decision::Pending) {
            ids.append(change.id);
        }
    }
    return ids;
}

QJsonObject Proposal::pattern(const QString &name) const
{
    for (const QJsonValue &value : patterns) {
        if (value.toObject().value(u"name"_s).toString() == name) {
            return value.toObject();
        }
    }
    return {};
}

QJsonObject Proposal::CapUse::toJson(const double cap) const
{
    return {{u"existing_words"_s, existingWords}, {u"changed_words"_s, changedWords}, {u"share"_s, share()},
        {u"cap"_s, cap}};
}

QJsonObject Proposal::toJson() const
{
    QJsonArray array;
    for (const ProposalChange &change : changes) {
        QJsonArray examples;
        for (const InstructionExample &example : change.instruction.examples) {
            examples.append(QJsonObject{{u"text"_s, example.text}, {u"correct"_s, example.correct},
                {u"common_error"_s, example.commonError}, {u"why"_s, example.why}});
        }
        array.append(QJsonObject{{u"id"_s, change.id}, {u"kind"_s, ProposalChange::kindName(change.kind)},
            {u"target"_s, change.target},
            {u"text"_s, change.kind == ProposalChange::Kind::Remove ? change.instruction.text : change.text},
            {u"rationale"_s, change.rationale}, {u"patterns"_s, QJsonArray::fromStringList(change.patterns)},
            {u"change_fraction"_s, change.changeFraction}, {u"examples"_s, examples}});
    }
    return QJsonObject{{u"round"_s, round}, {u"changes"_s, array}, {u"patterns"_s, patterns},
        {u"unmatched"_s, unmatchedToJson(unmatched)}};
}

QJsonArray Proposal::unmatchedToJson(const QList<UnmatchedInstructions> &unmatched)
{
    QJsonArray array;
    for (const UnmatchedInstructions &entry : unmatched) {
        array.append(QJsonObject{{u"name"_s, entry.name},
            {u"instructions"_s, Guideline{0, {}, entry.instructions, {}}.toJson().value(u"common"_s)}});
    }
    return array;
}

QList<UnmatchedInstructions> Proposal::unmatchedFromJson(const QJsonArray &array)
{
    QList<UnmatchedInstructions> unmatched;
    for (const QJsonValue &value : array) {
        const QJsonObject entry = value.toObject();
        unmatched.append({entry.value(u"name"_s).toString(),
            Guideline::fromJson(QJsonObject{{u"common"_s, entry.value(u"instructions"_s)}}).common});
    }
    return unmatched;
}

} // namespace Workbench::Core
