// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "pilot/finalchoice.h"

#include <QJsonValue>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {

// The annotators every round of \a history had: after a drop, rounds are compared over these,
// or a pool without its least agreeing member would win for that alone.
QStringList commonAnnotators(const QList<RoundSummary> &history)
{
    QStringList common;
    bool first = true;
    for (const RoundSummary &round : history) {
        if (round.annotators.isEmpty()) {
            continue;
        }
        const QStringList names = round.annotatorNames();
        if (first) {
            common = names;
            first = false;
        } else {
            common.removeIf([&names](const QString &name) { return !names.contains(name); });
        }
    }
    return common;
}

double comparedPool(const RoundSummary &round, const QStringList &common)
{
    return common.size() >= 2 ? round.poolOver(common).value_or(round.poolAgreement) : round.poolAgreement;
}

// The round of \a history with the highest pool agreement (over the annotators of every round)
// among those \a accepts; a tie goes to the later round.
template<typename Predicate>
const RoundSummary *bestRound(const QList<RoundSummary> &history, Predicate accepts)
{
    const QStringList common = commonAnnotators(history);
    const RoundSummary *best = nullptr;
    for (const RoundSummary &round : history) {
        if (accepts(round) && !round.annotators.isEmpty()
            && (best == nullptr || comparedPool(round, common) >= comparedPool(*best, common))) {
            best = &round;
        }
    }
    return best;
}

// Why the rounds were compared as they were, when some annotator was dropped on the way.
QString comparedOver(const QList<RoundSummary> &history)
{
    const QStringList common = commonAnnotators(history);
    for (const RoundSummary &round : history) {
        if (!round.annotators.isEmpty() && round.annotators.size() != common.size() && common.size() >= 2) {
            return u"; rounds compared over the %1 annotators all of them had (%2)"_s.arg(common.size())
                .arg(common.join(u", "_s));
        }
    }
    return {};
}

// The most agreeing annotator among those that labelled the most of the round: agreement over
// the documents it managed would otherwise reward one that failed on the hard ones.
const RoundSummary::Annotator *mostAgreeing(const RoundSummary &round)
{
    const RoundSummary::Annotator *best = nullptr;
    for (const RoundSummary::Annotator &annotator : round.annotators) {
        if (best == nullptr || annotator.leftOut < best->leftOut
            || (annotator.leftOut == best->leftOut && annotator.meanAgreement > best->meanAgreement)) {
            best = &annotator;
        }
    }
    return best;
}

// Said when the choice passed over a more agreeing annotator that left documents out.
QString passedOver(const RoundSummary &round, const RoundSummary::Annotator &chosen)
{
    QStringList names;
    for (const RoundSummary::Annotator &annotator : round.annotators) {
        if (annotator.leftOut > chosen.leftOut && annotator.meanAgreement > chosen.meanAgreement) {
            names.append(u"%1 (could not label %2 documents)"_s.arg(annotator.name).arg(annotator.leftOut));
        }
    }
    return names.isEmpty() ? QString() : u"; passed over, though agreeing more: "_s + names.join(u", "_s);
}

// An annotator's agreement as a reason states it; one measured against nobody has none.
QString agreementText(const std::optional<double> &agreement)
{
    return agreement ? QString::number(*agreement, 'f', 3) : u"no agreement measured"_s;
}

std::optional<double> agreementOf(const RoundSummary &round, const QString &annotator)
{
    for (const RoundSummary::Annotator &a : round.annotators) {
        if (a.name == annotator) {
            return a.meanAgreement;
        }
    }
    return std::nullopt; // not in that round (dropped before it)
}

} // namespace

std::optional<FinalChoice> FinalChoice::choose(const QList<RoundSummary> &history)
{
    const RoundSummary *round = bestRound(history, [](const RoundSummary &) { return true; });
    if (round == nullptr) {
        return std::nullopt;
    }
    const RoundSummary::Annotator *annotator = mostAgreeing(*round);
    FinalChoice choice;
    choice.round = round->round;
    choice.guidelineVersion = round->guidelineVersion;
    choice.annotator = annotator->name;
    choice.poolAgreement = round->poolAgreement;
    choice.annotatorAgreement = annotator->meanAgreement;
    choice.reason = history.size() == 1
        ? u"the only round (pool agreement %1) ran under guideline v%2; %3 agreed most in it (%4)"_s
              .arg(choice.poolAgreement, 0, 'f', 3)
              .arg(choice.guidelineVersion)
              .arg(choice.annotator)
              .arg(agreementText(choice.annotatorAgreement))
        : u"round %1 had the highest pool agreement of %2 rounds (%3) under guideline v%4; %5 agreed "
          u"most in it (%6)"_s.arg(choice.round)
                .arg(history.size())
                .arg(choice.poolAgreement, 0, 'f', 3)
                .arg(choice.guidelineVersion)
                .arg(choice.annotator)
                .arg(agreementText(choice.annotatorAgreement))
            + comparedOver(history);
    choice.reason += passedOver(*round, *annotator);
    return choice;
}

std::optional<FinalChoice> FinalChoice::forVersion(
    const QList<RoundSummary> &history, const int version, const QString &annotator)
{
    const RoundSummary *round =
        bestRound(history, [version](const RoundSummary &r) { return r.guidelineVersion == version; });
    FinalChoice choice;
    choice.guidelineVersion = version;
    if (round != nullptr) {
        choice.round = round->round;
        choice.poolAgreement = round->poolAgreement;
        choice.annotator = annotator.isEmpty() ? mostAgreeing(*round)->name : annotator;
        choice.annotatorAgreement = agreementOf(*round, choice.annotator);
        choice.reason = annotator.isEmpty()
            ? u"guideline v%1 as chosen; %2 agreed most in round %3, its best round under it (%4)"_s
                  .arg(version)
                  .arg(choice.annotator)
                  .arg(choice.round)
                  .arg(agreementText(choice.annotatorAgreement))
            : u"guideline v%1 and %2 as chosen"_s.arg(version).arg(annotator);
        return choice;
    }
    if (!annotator.isEmpty()) {
        choice.annotator = annotator;
        choice.reason =
            u"guideline v%1 and %2 as chosen (no round ran under v%1)"_s.arg(version).arg(annotator);
        return choice;
    }
    const std::optional<FinalChoice> overall = choose(history);
    if (!overall) {
        return std::nullopt;
    }
    choice.annotator = overall->annotator;
    choice.reason =
        u"guideline v%1 as chosen (no round ran under it); %2 as the rounds chose: %3"_s.arg(version).arg(
            overall->annotator, overall->reason);
    return choice;
}

QJsonObject FinalChoice::toJson() const
{
    return {{u"round"_s, round >= 0 ? QJsonValue(round) : QJsonValue(QJsonValue::Null)},
        {u"guideline_version"_s, guidelineVersion}, {u"annotator"_s, annotator},
        {u"pool_agreement"_s, round >= 0 ? QJsonValue(poolAgreement) : QJsonValue(QJsonValue::Null)},
        {u"annotator_agreement"_s,
            annotatorAgreement ? QJsonValue(*annotatorAgreement) : QJsonValue(QJsonValue::Null)},
        {u"reason"_s, reason}};
}

} // namespace Workbench::Core
