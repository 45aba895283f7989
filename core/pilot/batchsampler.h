// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Workbench::Core {

/*! \brief Diverse, disjoint pilot batches (method.md section 2).
 *
 * Every pool item is a vector (provider embeddings, or the local TF-IDF over words and
 * character trigrams that needs no network); groups are built greedily: k-means with k = batch
 * size over the unused items, the item nearest each centroid taken, repeat. Group 0 is round 0's
 * batch, and so on. Seeded: the same pool and seed give the same batches.
 * Usage: \c{auto batches = BatchSampler::sample(BatchSampler::tfIdf(texts), 25, 5, 42);}
 */
class BatchSampler
{
public:
    //! A sparse vector: (dimension, value) pairs, sorted by dimension.
    using Vector = QList<std::pair<int, float>>;

    //! L2-normalised TF-IDF vectors of word unigrams and character trigrams, hashed to 2^16 dims.
    [[nodiscard]] static QList<Vector> tfIdf(const QStringList &texts);
    //! Dense embeddings (from a provider) as sparse vectors, L2-normalised.
    [[nodiscard]] static QList<Vector> fromDense(const QList<QList<float>> &embeddings);
    //! Up to \a groups disjoint groups of \a batchSize item indices (fewer when the pool runs out).
    [[nodiscard]] static QList<QList<qsizetype>> sample(
        const QList<Vector> &items, int batchSize, int groups, quint64 seed);
};

} // namespace Workbench::Core
