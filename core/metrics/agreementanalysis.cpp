// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "metrics/agreementanalysis.h"

#include "base/seededrandom.h"
#include "metrics/spanscorer.h"
#include "metrics/statistics.h"
#include "metrics/tokenlabeler.h"

#include <QSet>

#include <algorithm>
#include <limits>
#include <numeric>

namespace Workbench::Core {

namespace {

// Counts of one pair of layers: overall true positives per document, and per type.
struct PairCounts
{
    QList<std::pair<qsizetype, qint64>> documentTp; // (document, tp), documents with tp > 0 only
    qint64 tp = 0;
    QList<qint64> typeTp;
};

QList<Span> unique(const QList<Span> &spans)
{
    QList<Span> result = spans;
    std::ranges::sort(result);
    result.erase(std::unique(result.begin(), result.end()), result.end());
    return result;
}

PairCounts countPair(const DocumentSpans &a, const DocumentSpans &b, const QStringList &types,
    qsizetype documents, const QSet<qsizetype> &excluded)
{
    PairCounts counts;
    counts.typeTp.fill(0, types.size());
    for (qsizetype d = 0; d < documents; ++d) {
        if (excluded.contains(d)) {
            continue;
        }
        const QList<Span> &x = a.at(d);
        const QList<Span> &y = b.at(d);
        qint64 tp = 0;
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < x.size() && j < y.size()) {
            if (x.at(i) < y.at(j)) {
                ++i;
            } else if (y.at(j) < x.at(i)) {
                ++j;
            } else {
                ++tp;
                ++counts.typeTp[types.indexOf(x.at(i).type)];
                ++i;
                ++j;
            }
        }
        if (tp > 0) {
            counts.documentTp.append({d, tp});
            counts.tp += tp;
        }
    }
    return counts;
}

// Two layers without a span score 0 (see the class comment: emptiness is not agreement).
double dice(const double tp, const double a, const double b)
{
    return a + b <= 0.0 ? 0.0 : 2.0 * tp / (a + b);
}

double cohensKappa(const QList<LabelCodec::Label> &a, const QList<LabelCodec::Label> &b, int labelCount,
    const TokenGrid &grid, const QSet<qsizetype> &excluded)
{
    qsizetype n = 0;
    QList<qint64> countA(labelCount, 0);
    QList<qint64> countB(labelCount, 0);
    qint64 agree = 0;
    for (qsizetype t = 0; t < a.size(); ++t) {
        if (!excluded.isEmpty() && excluded.contains(grid.documentOf(t))) {
            continue;
        }
        ++n;
        ++countA[a.at(t)];
        ++countB[b.at(t)];
        agree += a.at(t) == b.at(t) ? 1 : 0;
    }
    if (n == 0) {
        return 0.0;
    }
    const double po = double(agree) / double(n);
    double pe = 0.0;
    for (int l = 0; l < labelCount; ++l) {
        pe += (double(countA.at(l)) / double(n)) * (double(countB.at(l)) / double(n));
    }
    if (pe >= 1.0) {
        return po >= 1.0 ? 1.0 : 0.0; // both constant: kappa is undefined, agreement is total
    }
    return (po - pe) / (1.0 - pe);
}

// Each term normalised to sum to 1; uniform where a term sums to 0.
QList<double> normalised(const QList<double> &values)
{
    const double sum = std::accumulate(values.cbegin(), values.cend(), 0.0);
    QList<double> result;
    for (const double v : values) {
        result.append(sum > 0.0 ? v / sum : 1.0 / double(values.size()));
    }
    return result;
}

} // namespace

AgreementResult AgreementAnalysis::compute(const TokenGrid &grid, const QList<AnnotatorLayer> &layers,
    const std::optional<DocumentSpans> &gold, const Options &options)
{
    AgreementResult result;
    const qsizetype n = layers.size();
    const qsizetype documents = grid.documentCount();

    // Normalised copies: one sorted, de-duplicated list per corpus document.
    QList<DocumentSpans> spans(n);
    QSet<QString> typeSet;
    for (qsizetype l = 0; l < n; ++l) {
        result.layers.append(layers.at(l).name);
        spans[l].resize(documents);
        for (qsizetype d = 0; d < std::min(documents, layers.at(l).spans.size()); ++d) {
            spans[l][d] = unique(layers.at(l).spans.at(d));
            for (const Span &span : std::as_const(spans[l][d])) {
                typeSet.insert(span.type);
            }
        }
    }
    QStringList types(typeSet.cbegin(), typeSet.cend());
    std::ranges::sort(types);

    // Span counts per layer, per document and per type.
    QList<QList<qint64>> docCount(n, QList<qint64>(documents, 0));
    QList<QList<qint64>> typeCount(n, QList<qint64>(types.size(), 0));
    QList<qint64> total(n, 0);
    for (qsizetype l = 0; l < n; ++l) {
        for (qsizetype d = 0; d < documents; ++d) {
            docCount[l][d] = spans.at(l).at(d).size();
            total[l] += docCount[l][d];
            for (const Span &span : spans.at(l).at(d)) {
                ++typeCount[l][types.indexOf(span.type)];
            }
        }
    }

    // Pairwise strict F1, overall and per type.
    result.f1 = Matrix(n, QList<double>(n, 1.0));
    for (const QString &type : std::as_const(types)) {
        result.f1ByType.insert(type, Matrix(n, QList<double>(n, 1.0)));
    }
    QList<QList<PairCounts>> pairs(n, QList<PairCounts>(n));
    // A pair's documents are those both layers labelled; counts in the others are taken away.
    const auto excludedOf = [&layers](qsizetype i, qsizetype j) {
        return layers.at(i).missing | layers.at(j).missing;
    };
    const auto countsOutside = [&](qsizetype l, const QSet<qsizetype> &excluded, QList<qint64> &perType) {
        qint64 count = 0;
        for (const qsizetype d : excluded) {
            if (d < 0 || d >= documents) {
                continue;
            }
            count += docCount.at(l).at(d);
            for (const Span &span : spans.at(l).at(d)) {
                --perType[types.indexOf(span.type)];
            }
        }
        return count;
    };
    for (qsizetype l = 0; l < n; ++l) {
        result.leftOut.append(layers.at(l).missing.size());
    }
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype j = i + 1; j < n; ++j) {
            const QSet<qsizetype> excluded = excludedOf(i, j);
            pairs[i][j] = countPair(spans.at(i), spans.at(j), types, documents, excluded);
            QList<qint64> typesI = typeCount.at(i);
            QList<qint64> typesJ = typeCount.at(j);
            const qint64 totalI = total.at(i) - countsOutside(i, excluded, typesI);
            const qint64 totalJ = total.at(j) - countsOutside(j, excluded, typesJ);
            const double f1 = dice(double(pairs[i][j].tp), double(totalI), double(totalJ));
            result.f1[i][j] = result.f1[j][i] = f1;
            for (qsizetype t = 0; t < types.size(); ++t) {
                const double typeF1 =
                    dice(double(pairs[i][j].typeTp[t]), double(typesI.at(t)), double(typesJ.at(t)));
                Matrix &m = result.f1ByType[types.at(t)];
                m[i][j] = m[j][i] = typeF1;
            }
        }
    }
    // A pair with no document both labelled (one refused every text) measured nothing: it is
    // left out of the means and the pool, not counted as total disagreement.
    QList<QList<bool>> shared(n, QList<bool>(n, true));
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype j = i + 1; j < n; ++j) {
            qsizetype outside = 0;
            for (const qsizetype d : excludedOf(i, j)) {
                outside += d >= 0 && d < documents ? 1 : 0;
            }
            shared[i][j] = shared[j][i] = outside < documents;
        }
    }
    result.shared = shared;
    const auto meansOf = [n, &shared](const Matrix &m) {
        QList<double> means;
        for (qsizetype i = 0; i < n; ++i) {
            double sum = 0.0;
            qsizetype count = 0;
            for (qsizetype j = 0; j < n; ++j) {
                if (i != j && shared.at(i).at(j)) {
                    sum += m[i][j];
                    ++count;
                }
            }
            means.append(count > 0 ? sum / double(count) : 0.0);
        }
        return means;
    };
    const auto poolOf = [n, &shared](const Matrix &m) {
        double sum = 0.0;
        qsizetype count = 0;
        for (qsizetype i = 0; i < n; ++i) {
            for (qsizetype j = i + 1; j < n; ++j) {
                if (shared.at(i).at(j)) {
                    sum += m[i][j];
                    ++count;
                }
            }
        }
        return count > 0 ? sum / double(count) : 0.0;
    };
    result.mean = meansOf(result.f1);
    result.pool = poolOf(result.f1);

    // Bootstrap over documents: resampled documents re-weight the per-document counts.
    result.meanInterval.fill(Interval{0.0, 0.0}, n);
    for (qsizetype l = 0; l < n; ++l) {
        result.meanInterval[l] = {result.mean.at(l), result.mean.at(l)};
    }
    result.poolInterval = {result.pool, result.pool};
    if (options.bootstrapSamples > 0 && documents > 0 && n > 1) {
        SeededRandom random(options.seed);
        QList<QList<double>> layerMeans(n);
        QList<double> pools;
        QList<qint64> multiplicity(documents, 0);
        Matrix sample(n, QList<double>(n, 1.0));
        QList<double> sums(n, 0.0);
        for (int b = 0; b < options.bootstrapSamples; ++b) {
            std::fill(multiplicity.begin(), multiplicity.end(), 0);
            for (qsizetype k = 0; k < documents; ++k) {
                ++multiplicity[qsizetype(random.below(quint64(documents)))];
            }
            for (qsizetype l = 0; l < n; ++l) {
                double s = 0.0;
                for (qsizetype d = 0; d < documents; ++d) {
                    s += double(multiplicity.at(d) * docCount.at(l).at(d));
                }
                sums[l] = s;
            }
            for (qsizetype i = 0; i < n; ++i) {
                for (qsizetype j = i + 1; j < n; ++j) {
                    double tp = 0.0;
                    for (const auto &[d, count] : pairs.at(i).at(j).documentTp) {
                        tp += double(multiplicity.at(d) * count);
                    }
                    double sumI = sums.at(i);
                    double sumJ = sums.at(j);
                    qint64 drawnShared = documents; // the draws of documents both labelled
                    for (const qsizetype d : excludedOf(i, j)) {
                        if (d >= 0 && d < documents) {
                            sumI -= double(multiplicity.at(d) * docCount.at(i).at(d));
                            sumJ -= double(multiplicity.at(d) * docCount.at(j).at(d));
                            drawnShared -= multiplicity.at(d);
                        }
                    }
                    // A resample without a document both labelled measures nothing of the pair:
                    // its figure over all documents stands in (not 0, which would read as total
                    // disagreement), so that every draw keeps its place for the paired rounds.
                    sample[i][j] = sample[j][i] = drawnShared > 0 ? dice(tp, sumI, sumJ) : result.f1[i][j];
                }
            }
            const QList<double> means = meansOf(sample);
            for (qsizetype l = 0; l < n; ++l) {
                layerMeans[l].append(means.at(l));
            }
            pools.append(poolOf(sample));
        }
        for (qsizetype l = 0; l < n; ++l) {
            result.meanInterval[l] = {Statistics::percentile(layerMeans.at(l), 2.5),
                Statistics::percentile(layerMeans.at(l), 97.5)};
        }
        result.poolInterval = {Statistics::percentile(pools, 2.5), Statistics::percentile(pools, 97.5)};
        result.poolSamples = pools;
    }

    // Token-level Cohen's kappa over full BIO labels.
    const LabelCodec codec(types);
    QList<QList<LabelCodec::Label>> labels;
    for (qsizetype l = 0; l < n; ++l) {
        labels.append(TokenLabeler::label(grid, spans.at(l), codec).labels);
    }
    result.kappa = Matrix(n, QList<double>(n, 1.0));
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype j = i + 1; j < n; ++j) {
            result.kappa[i][j] = result.kappa[j][i] =
                cohensKappa(labels.at(i), labels.at(j), codec.labelCount(), grid, excludedOf(i, j));
        }
    }
    result.meanKappa = meansOf(result.kappa);

    // Weights and the elite coalition.
    QList<double> kappaTerm;
    for (const double k : std::as_const(result.meanKappa)) {
        kappaTerm.append((k + 1.0) / 2.0);
    }
    const QList<double> f1Part = normalised(result.mean);
    const QList<double> kappaPart = normalised(kappaTerm);
    for (qsizetype l = 0; l < n; ++l) {
        result.weights.append(0.5 * f1Part.at(l) + 0.5 * kappaPart.at(l));
    }
    QList<qsizetype> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::ranges::stable_sort(
        order, [&result](qsizetype a, qsizetype b) { return result.weights.at(a) > result.weights.at(b); });
    double cumulative = 0.0;
    for (const qsizetype l : std::as_const(order)) {
        result.elite.append(result.layers.at(l));
        cumulative += result.weights.at(l);
        if (cumulative >= options.eliteCutoff) {
            break;
        }
    }

    if (gold) {
        for (qsizetype l = 0; l < n; ++l) {
            DocumentSpans reference = *gold;
            DocumentSpans labelled = spans.at(l);
            qsizetype outside = 0;
            for (const qsizetype d : options.goldMissing | layers.at(l).missing) {
                outside += d >= 0 && d < documents ? 1 : 0;
                if (d >= 0 && d < reference.size()) {
                    reference[d].clear();
                }
                if (d >= 0 && d < labelled.size()) {
                    labelled[d].clear();
                }
            }
            // No document both cover (the layer failed on every one): no figure, not an F1 of 0.
            result.goldF1.append(outside < documents ? SpanScorer::score(reference, labelled).overall.f1()
                                                     : std::numeric_limits<double>::quiet_NaN());
        }
        // Over the layers measured both ways: one without either figure is no point of the line.
        QList<double> means;
        QList<double> goldF1;
        for (qsizetype l = 0; l < n; ++l) {
            if (result.hasMean(l) && result.hasGoldF1(l)) {
                means.append(result.mean.at(l));
                goldF1.append(result.goldF1.at(l));
            }
        }
        result.pearson = Statistics::pearson(means, goldF1);
    }
    return result;
}

} // namespace Workbench::Core
