// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "agreementcommand.h"

#include "base/countednoun.h"
#include "layerloading.h"
#include "metrics/corpusanalysis.h"
#include "verbparser.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;

namespace Workbench::Cli {

namespace {

QString number(const double value)
{
    return QString::number(value, 'f', 4);
}

// A pair that shares no document measured nothing: "n/a", not 0.
QString matrixText(const AgreementResult &result, const Matrix &matrix)
{
    const QStringList &names = result.layers;
    QString text = u"%1"_s.arg(QString(), -20);
    for (qsizetype j = 0; j < names.size(); ++j) {
        text += u" %1"_s.arg(u"[%1]"_s.arg(j + 1), 7);
    }
    text += u'\n';
    for (qsizetype i = 0; i < names.size(); ++i) {
        text += u"%1"_s.arg(u"[%1] %2"_s.arg(i + 1).arg(names.at(i).left(15)), -20);
        for (qsizetype j = 0; j < names.size(); ++j) {
            text += u" %1"_s.arg(result.isMeasured(i, j) ? number(matrix.at(i).at(j)) : u"n/a"_s, 7);
        }
        text += u'\n';
    }
    return text;
}

QString estimateText(const QString &label, const ReliabilityResult::Estimate &estimate)
{
    const QString value = estimate.value ? number(*estimate.value) : u"n/a"_s;
    // No interval (no bootstrap, or none defined it): nothing printed, not [value, value].
    const QString interval = estimate.interval
        ? u" %1"_s.arg(
            u"[%1, %2]"_s.arg(number(estimate.interval->first), number(estimate.interval->second)), 17)
        : QString();
    return u"  %1 %2%3\n"_s.arg(label.left(20), -20).arg(value, 7).arg(interval);
}

QString coefficientText(const QString &title, const ReliabilityResult::Coefficient &coefficient)
{
    QString text = title + u'\n';
    text += estimateText(u"BIO labels"_s, coefficient.bio);
    text += estimateText(u"entity type"_s, coefficient.type);
    for (auto it = coefficient.byType.cbegin(); it != coefficient.byType.cend(); ++it) {
        text += estimateText(u"  "_s + it.key(), it.value());
    }
    return text;
}

// Why a single layer has no agreement figure (rather than a misleading 0 or 1).
const QString oneLayerReason =
    u"one annotator layer; agreement needs two or more, and a --gold file is not one of them"_s;

} // namespace

int runAgreement(const QStringList &arguments)
{
    VerbParser verb(u"agreement"_s,
        u"Pairwise strict span F1, token kappa, weights and elite of annotator layers "
        u"(method.md section 4), Krippendorff's alpha and Fleiss' kappa of all of them over "
        u"tokens; with --gold, each layer's F1 and the correlation."_s);
    LayerLoading::addOptions(verb, true);
    // The window and the pilot's rounds take the same defaults: the same intervals everywhere.
    const QString defaultSeed = QString::number(Statistics::defaultBootstrapSeed);
    const QString defaultResamples = QString::number(Statistics::defaultBootstrapResamples);
    verb.parser().addOptions({
        {u"seed"_s, u"Seed of the bootstrap (default %1)."_s.arg(defaultSeed), u"N"_s, defaultSeed},
        {u"bootstrap"_s,
            u"Bootstrap resamples for the intervals (default %1; 0 turns them off)."_s.arg(defaultResamples),
            u"N"_s, defaultResamples},
    });
    if (auto exit = verb.parse(arguments, 1, 1000)) {
        return *exit;
    }
    const auto seed = verb.number(u"seed"_s, Statistics::defaultBootstrapSeed, 0);
    const auto bootstrap = verb.number(u"bootstrap"_s, Statistics::defaultBootstrapResamples, 0);
    if (!seed || !bootstrap) {
        return ExitUsage;
    }
    int exitCode = ExitSuccess;
    const auto loaded = LayerLoading::load(verb, true, exitCode);
    if (!loaded) {
        return exitCode;
    }
    const std::optional<DocumentSpans> &gold = loaded->gold;
    QJsonObject unaligned;
    for (qsizetype l = 0; l < loaded->annotators.size(); ++l) {
        unaligned.insert(loaded->annotators.at(l).name, loaded->unalignedTokens.at(l));
    }
    const TokenGrid grid(loaded->documents);
    const CorpusAnalysis::Result analysis = CorpusAnalysis::run(grid, loaded->annotators, gold,
        {.agreement = {.bootstrapSamples = int(*bootstrap),
             .seed = quint64(*seed),
             .eliteCutoff = AgreementAnalysis::Options{}.eliteCutoff,
             .goldMissing = loaded->goldMissing},
            .disagreement = false,
            .reliability =
                ReliabilityAnalysis::Options{.bootstrapSamples = int(*bootstrap), .seed = quint64(*seed)},
            .perDocument = false});
    const AgreementResult &result = analysis.agreement;
    const ReliabilityResult &reliability = *analysis.reliability;

    if (verb.format() == OutputFormat::Json) {
        QJsonObject json = result.toJson();
        json.insert(u"unaligned_tokens"_s, unaligned);
        json.insert(u"alpha"_s, reliability.alpha.toJson());
        json.insert(u"fleiss"_s, reliability.fleiss.toJson());
        CliOutput::json(json);
        return ExitSuccess;
    }
    QString text = u"Pairwise strict span F1 (%1, %2)\n"_s.arg(
        CountedNoun::of(grid.documentCount(), u"document"_s), CountedNoun::of(grid.tokenCount(), u"token"_s));
    text += matrixText(result, result.f1);
    text += u"\nToken-level Cohen's kappa (BIO)\n"_s + matrixText(result, result.kappa);
    // Without a bootstrap there is no interval: no column for one, not [value, value] nor blanks.
    const bool intervals = result.hasIntervals();
    const auto intervalColumn = [intervals](const QString &cell) {
        return intervals ? u" %1"_s.arg(cell, 17) : QString();
    };
    text += u"\n%1 %2%3 %4 %5%6\n"_s.arg(u"layer"_s, -24)
                .arg(u"mean F1"_s, 8)
                .arg(intervalColumn(u"95% interval"_s))
                .arg(u"kappa"_s, 7)
                .arg(u"weight"_s, 7)
                .arg(gold ? u"  gold F1"_s : QString());
    const auto intervalText = [](const Interval &interval) {
        return u"[%1, %2]"_s.arg(number(interval.first), number(interval.second));
    };
    for (qsizetype l = 0; l < result.layers.size(); ++l) {
        // A layer measured against no other has no mean (not 0), and no place in an elite.
        const bool measured = result.hasMean(l);
        text += u"%1 %2%3 %4 %5%6%7\n"_s.arg(result.layers.at(l).left(24), -24)
                    .arg(measured ? number(result.mean.at(l)) : u"n/a"_s, 8)
                    .arg(intervalColumn(measured ? intervalText(result.meanInterval.at(l)) : QString()))
                    .arg(measured ? number(result.meanKappa.at(l)) : u"n/a"_s, 7)
                    .arg(number(result.weights.at(l)), 7)
                    .arg(gold ? u"  "_s + (result.hasGoldF1(l) ? number(result.goldF1.at(l)) : u"n/a"_s)
                              : QString())
                    .arg(measured && result.isElite(l) ? u"  elite"_s : QString());
    }
    const bool oneLayer = result.layers.size() < 2;
    if (oneLayer) {
        text += u"\npool agreement n/a (%1)\n"_s.arg(oneLayerReason);
    } else if (!result.hasPool()) {
        text += u"\npool agreement n/a (no two layers labelled a document in common)\n"_s;
    } else if (result.hasIntervals()) {
        text += u"\npool agreement %1 %2\n"_s.arg(number(result.pool), intervalText(result.poolInterval));
    } else {
        text += u"\npool agreement %1 (no interval: %2)\n"_s.arg(
            number(result.pool), *bootstrap == 0 ? u"--bootstrap 0"_s : u"no bootstrap sample"_s);
    }
    if (gold) {
        text += u"Pearson r (mean agreement vs gold F1): %1\n"_s.arg(result.pearson
                ? number(*result.pearson)
                : u"n/a (fewer than 3 layers with a mean and a gold F1)"_s);
    }
    if (oneLayer) {
        text += u"\nKrippendorff's alpha and Fleiss' kappa: n/a (%1)\n"_s.arg(oneLayerReason);
        CliOutput::text(text);
        return ExitSuccess;
    }
    text += u"\n"_s
        + coefficientText(u"Krippendorff's alpha (nominal, over %1 two or more layers labelled)"_s.arg(
                              CountedNoun::of(reliability.alpha.units, u"token"_s)),
            reliability.alpha);
    text += u"\n"_s
        + coefficientText(u"Fleiss' kappa (over %1 every layer labelled)"_s.arg(
                              CountedNoun::of(reliability.fleiss.units, u"token"_s)),
            reliability.fleiss);
    CliOutput::text(text);
    return ExitSuccess;
}

} // namespace Workbench::Cli
