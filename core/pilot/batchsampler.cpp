// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "pilot/batchsampler.h"

#include "base/seededrandom.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace Workbench::Core {

namespace {

constexpr int hashedDimensions = 1 << 16;
constexpr int maxIterations = 50;

// FNV-1a over the UTF-16 units: the same dimension in every process (qHash mixes in a
// per-process seed, which made batches differ between runs of the same seed).
int dimensionOf(const QString &feature)
{
    quint32 hash = 2166136261u;
    for (const QChar c : feature) {
        hash = (hash ^ c.unicode()) * 16777619u;
    }
    return int(hash % hashedDimensions);
}

void normalise(BatchSampler::Vector &vector)
{
    double norm = 0.0;
    for (const auto &[dimension, value] : vector) {
        norm += double(value) * value;
    }
    norm = std::sqrt(norm);
    if (norm > 0) {
        for (auto &[dimension, value] : vector) {
            value = float(value / norm);
        }
    }
}

double dot(const BatchSampler::Vector &x, const QList<float> &centroid)
{
    double sum = 0.0;
    for (const auto &[dimension, value] : x) {
        sum += double(value) * centroid.at(dimension);
    }
    return sum;
}

} // namespace

QList<BatchSampler::Vector> BatchSampler::tfIdf(const QStringList &texts)
{
    static const QRegularExpression words(
        QStringLiteral("\\w+"), QRegularExpression::UseUnicodePropertiesOption);
    QList<QHash<int, float>> counts;
    QHash<int, int> documentFrequency;
    for (const QString &text : texts) {
        QHash<int, float> tf;
        const QString lower = text.toLower();
        for (auto it = words.globalMatch(lower); it.hasNext();) {
            tf[dimensionOf(QStringLiteral("w:") + it.next().captured())] += 1.0f;
        }
        const QString padded = QStringLiteral(" ") + lower.simplified() + QStringLiteral(" ");
        for (qsizetype i = 0; i + 3 <= padded.size(); ++i) {
            tf[dimensionOf(QStringLiteral("c:") + padded.mid(i, 3))] += 1.0f;
        }
        for (auto it = tf.cbegin(); it != tf.cend(); ++it) {
            ++documentFrequency[it.key()];
        }
        counts.append(tf);
    }
    QList<Vector> vectors;
    const double n = double(texts.size());
    for (const QHash<int, float> &tf : std::as_const(counts)) {
        Vector vector;
        for (auto it = tf.cbegin(); it != tf.cend(); ++it) {
            // Smoothed idf, as scikit-learn's default: log((1 + n) / (1 + df)) + 1.
            const double idf = std::log((1.0 + n) / (1.0 + documentFrequency.value(it.key()))) + 1.0;
            vector.append({it.key(), float((1.0 + std::log(it.value())) * idf)});
        }
        std::ranges::sort(vector);
        normalise(vector);
        vectors.append(vector);
    }
    return vectors;
}

QList<BatchSampler::Vector> BatchSampler::fromDense(const QList<QList<float>> &embeddings)
{
    QList<Vector> vectors;
    for (const QList<float> &embedding : embeddings) {
        Vector vector;
        for (qsizetype i = 0; i < embedding.size(); ++i) {
            vector.append({int(i), embedding.at(i)});
        }
        normalise(vector);
        vectors.append(vector);
    }
    return vectors;
}

QList<QList<qsizetype>> BatchSampler::sample(
    const QList<Vector> &items, const int batchSize, const int groups, const quint64 seed)
{
    int dimensions = 0;
    for (const Vector &item : items) {
        if (!item.isEmpty()) {
            dimensions = std::max(dimensions, item.last().first + 1);
        }
    }
    SeededRandom random(seed);
    QList<qsizetype> unused(items.size());
    std::iota(unused.begin(), unused.end(), 0);
    QList<QList<qsizetype>> result;
    while (int(result.size()) < groups && !unused.isEmpty()) {
        const int k = std::min<int>(batchSize, int(unused.size()));
        if (k == int(unused.size())) {
            result.append(unused); // the last items form the last group
            break;
        }
        // k-means++ seeding over the unused items.
        QList<QList<float>> centroids;
        QList<double> nearest(unused.size(), std::numeric_limits<double>::max());
        const auto addCentroid = [&](qsizetype u) {
            QList<float> centroid(dimensions, 0.0f);
            for (const auto &[dimension, value] : items.at(unused.at(u))) {
                centroid[dimension] = value;
            }
            centroids.append(centroid);
        };
        addCentroid(qsizetype(random.below(quint64(unused.size()))));
        while (int(centroids.size()) < k) {
            double total = 0.0;
            for (qsizetype u = 0; u < unused.size(); ++u) {
                const double distance =
                    std::max(0.0, 2.0 - 2.0 * dot(items.at(unused.at(u)), centroids.last()));
                nearest[u] = std::min(nearest.at(u), distance);
                total += nearest.at(u);
            }
            double pick = total * double(random.below(1'000'000)) / 1'000'000.0;
            qsizetype chosen = 0;
            for (qsizetype u = 0; u < unused.size(); ++u) {
                pick -= nearest.at(u);
                if (pick <= 0) {
                    chosen = u;
                    break;
                }
            }
            addCentroid(chosen);
        }
        // Lloyd's iterations until the assignment settles.
        QList<int> assignment(unused.size(), -1);
        QList<double> squaredNorms(k, 0.0);
        const auto updateNorms = [&] {
            for (int c = 0; c < k; ++c) {
                double norm = 0.0;
                for (const float value : std::as_const(centroids.at(c))) {
                    norm += double(value) * value;
                }
                squaredNorms[c] = norm;
            }
        };
        updateNorms();
        for (int iteration = 0; iteration < maxIterations; ++iteration) {
            bool changed = false;
            for (qsizetype u = 0; u < unused.size(); ++u) {
                int best = 0;
                double bestScore = -std::numeric_limits<double>::max();
                for (int c = 0; c < k; ++c) {
                    // argmin |x - c|^2 = argmax (2 x.c - |c|^2), |x| being 1.
                    const double score =
                        2.0 * dot(items.at(unused.at(u)), centroids.at(c)) - squaredNorms.at(c);
                    if (score > bestScore) {
                        bestScore = score;
                        best = c;
                    }
                }
                changed = changed || assignment.at(u) != best;
                assignment[u] = best;
            }
            if (!changed) {
                break;
            }
            QList<int> sizes(k, 0);
            for (QList<float> &centroid : centroids) {
                std::fill(centroid.begin(), centroid.end(), 0.0f);
            }
            for (qsizetype u = 0; u < unused.size(); ++u) {
                ++sizes[assignment.at(u)];
                for (const auto &[dimension, value] : items.at(unused.at(u))) {
                    centroids[assignment.at(u)][dimension] += value;
                }
            }
            for (int c = 0; c < k; ++c) {
                for (float &value : centroids[c]) {
                    value = sizes.at(c) > 0 ? value / float(sizes.at(c)) : 0.0f;
                }
            }
            updateNorms();
        }
        // The unused item nearest each centroid, each item once.
        QList<qsizetype> group;
        QList<bool> taken(unused.size(), false);
        for (int c = 0; c < k; ++c) {
            qsizetype best = -1;
            double bestScore = -std::numeric_limits<double>::max();
            for (qsizetype u = 0; u < unused.size(); ++u) {
                if (taken.at(u)) {
                    continue;
                }
                const double score = 2.0 * dot(items.at(unused.at(u)), centroids.at(c)); // nearest: |x| = 1
                if (score > bestScore) {
                    bestScore = score;
                    best = u;
                }
            }
            taken[best] = true;
            group.append(unused.at(best));
        }
        std::ranges::sort(group);
        result.append(group);
        QList<qsizetype> left;
        for (qsizetype u = 0; u < unused.size(); ++u) {
            if (!taken.at(u)) {
                left.append(unused.at(u));
            }
        }
        unused = left;
    }
    return result;
}

} // namespace Workbench::Core
