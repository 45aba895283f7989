// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "metrics/reliabilityanalysis.h"

#include "base/seededrandom.h"
#include "metrics/fleisskappa.h"
#include "metrics/krippendorffalpha.h"
#include "metrics/statistics.h"
#include "metrics/tokenlabeler.h"

#include <QSet>

#include <algorithm>

namespace Workbench::Core {

namespace {

// What both coefficients need of some documents, for every view: BIO, type, each type alone.
struct Tally
{
    KrippendorffAlpha::Sums alphaBio;
    KrippendorffAlpha::Sums alphaType;
    QList<KrippendorffAlpha::Sums> alphaByType;
    FleissKappa::Sums fleissBio;
    FleissKappa::Sums fleissType;
    QList<FleissKappa::Sums> fleissByType;

    explicit Tally(qsizetype types = 0)
        : alphaByType(types)
        , fleissByType(types)
    {
    }

    void add(const Tally &other, const double times)
    {
        alphaBio.add(other.alphaBio, times);
        alphaType.add(other.alphaType, times);
        fleissBio.add(other.fleissBio, times);
        fleissType.add(other.fleissType, times);
        for (qsizetype t = 0; t < alphaByType.size(); ++t) {
            alphaByType[t].add(other.alphaByType.at(t), times);
            fleissByType[t].add(other.fleissByType.at(t), times);
        }
    }

    // Every estimate in one order: alpha bio, type, per type; then Fleiss the same way.
    [[nodiscard]] QList<std::optional<double>> values(const int raters) const
    {
        QList<std::optional<double>> result{
            KrippendorffAlpha::value(alphaBio), KrippendorffAlpha::value(alphaType)};
        for (const KrippendorffAlpha::Sums &sums : alphaByType) {
            result.append(KrippendorffAlpha::value(sums));
        }
        result.append(FleissKappa::value(fleissBio, raters));
        result.append(FleissKappa::value(fleissType, raters));
        for (const FleissKappa::Sums &sums : fleissByType) {
            result.append(FleissKappa::value(sums, raters));
        }
        return result;
    }
};

} // namespace

ReliabilityResult ReliabilityAnalysis::compute(
    const TokenGrid &grid, const QList<AnnotatorLayer> &layers, const Options &options)
{
    const auto raters = int(layers.size());
    const qsizetype documents = grid.documentCount();

    const QStringList types = AnnotatorLayer::typesOf(layers);
    const auto typeCount = int(types.size());
    const LabelCodec codec(types);
    QList<QList<LabelCodec::Label>> labels;
    for (const AnnotatorLayer &layer : layers) {
        labels.append(TokenLabeler::label(grid, layer.spans, codec).labels);
    }

    // Per document, since the bootstrap resamples documents.
    ReliabilityResult result;
    QList<Tally> perDocument;
    perDocument.reserve(documents);
    QList<int> bio(raters);
    QList<int> type(raters);
    QList<int> alone(raters);
    QList<bool> labelled(raters);
    for (qsizetype d = 0; d < documents; ++d) {
        KrippendorffAlpha alphaBio(codec.labelCount());
        KrippendorffAlpha alphaType(typeCount + 1);
        QList<KrippendorffAlpha> alphaByType(typeCount, KrippendorffAlpha(2));
        FleissKappa fleissBio(raters, codec.labelCount());
        FleissKappa fleissType(raters, typeCount + 1);
        QList<FleissKappa> fleissByType(typeCount, FleissKappa(raters, 2));
        for (int l = 0; l < raters; ++l) {
            labelled[l] = !layers.at(l).missing.contains(d);
        }
        for (qsizetype token = grid.documentFirst(d); token < grid.documentFirst(d + 1); ++token) {
            for (int l = 0; l < raters; ++l) {
                const LabelCodec::Label label = labels.at(l).at(token);
                bio[l] = labelled.at(l) ? int(label) : KrippendorffAlpha::missing;
                type[l] = labelled.at(l) ? LabelCodec::typeOf(label) + 1 : KrippendorffAlpha::missing;
            }
            alphaBio.addUnit(bio);
            alphaType.addUnit(type);
            fleissBio.addUnit(bio);
            fleissType.addUnit(type);
            for (int t = 0; t < typeCount; ++t) {
                for (int l = 0; l < raters; ++l) {
                    alone[l] = type.at(l) < 0 ? KrippendorffAlpha::missing : (type.at(l) == t + 1 ? 1 : 0);
                }
                alphaByType[t].addUnit(alone);
                fleissByType[t].addUnit(alone);
            }
        }
        Tally tally(typeCount);
        tally.alphaBio = alphaBio.sums();
        tally.alphaType = alphaType.sums();
        tally.fleissBio = fleissBio.sums();
        tally.fleissType = fleissType.sums();
        for (int t = 0; t < typeCount; ++t) {
            tally.alphaByType[t] = alphaByType.at(t).sums();
            tally.fleissByType[t] = fleissByType.at(t).sums();
        }
        perDocument.append(tally);
        result.alpha.units += alphaBio.pairableUnits();
        result.fleiss.units += fleissBio.units();
    }

    Tally total(typeCount);
    for (const Tally &tally : std::as_const(perDocument)) {
        total.add(tally, 1.0);
    }
    const QList<std::optional<double>> values = total.values(raters);

    // Intervals: the same resampled documents for every estimate.
    QList<std::optional<Interval>> intervals(values.size());
    if (options.bootstrapSamples > 0 && documents > 0) {
        SeededRandom random(options.seed);
        QList<QList<double>> samples(values.size());
        QList<qint64> multiplicity(documents, 0);
        for (int b = 0; b < options.bootstrapSamples; ++b) {
            std::ranges::fill(multiplicity, 0);
            for (qsizetype k = 0; k < documents; ++k) {
                ++multiplicity[qsizetype(random.below(quint64(documents)))];
            }
            Tally sample(typeCount);
            for (qsizetype d = 0; d < documents; ++d) {
                if (multiplicity.at(d) > 0) {
                    sample.add(perDocument.at(d), double(multiplicity.at(d)));
                }
            }
            const QList<std::optional<double>> drawn = sample.values(raters);
            for (qsizetype e = 0; e < drawn.size(); ++e) {
                if (drawn.at(e)) {
                    samples[e].append(*drawn.at(e));
                }
            }
        }
        for (qsizetype e = 0; e < samples.size(); ++e) {
            if (!samples.at(e).isEmpty()) {
                intervals[e] = Interval{
                    Statistics::percentile(samples.at(e), 2.5), Statistics::percentile(samples.at(e), 97.5)};
            }
        }
    } // without a bootstrap there is no interval: [value, value] would claim a certainty never measured

    const auto fill = [&](ReliabilityResult::Coefficient &coefficient, qsizetype first) {
        coefficient.bio = {values.at(first), intervals.at(first)};
        coefficient.type = {values.at(first + 1), intervals.at(first + 1)};
        for (int t = 0; t < typeCount; ++t) {
            coefficient.byType.insert(types.at(t), {values.at(first + 2 + t), intervals.at(first + 2 + t)});
        }
    };
    fill(result.alpha, 0);
    fill(result.fleiss, 2 + typeCount);
    return result;
}

} // namespace Workbench::Core
