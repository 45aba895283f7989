// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "formats/tokenaligner.h"

#include <QHash>

#include <algorithm>

namespace Workbench::Core {

namespace {

constexpr qsizetype maxTableCells = 4'000'000;

struct Range
{
    qsizetype refBegin;
    qsizetype refEnd;
    qsizetype othBegin;
    qsizetype othEnd;
};

// Similarity of two spellings in [0, 1]: Dice over character bigrams, case-folded.
double similarity(const QString &a, const QString &b)
{
    const QString x = a.toCaseFolded();
    const QString y = b.toCaseFolded();
    if (x == y) {
        return 1.0;
    }
    if (x.size() < 2 || y.size() < 2) {
        return 0.0;
    }
    QHash<quint32, int> bigrams;
    for (qsizetype i = 0; i + 1 < x.size(); ++i) {
        ++bigrams[(quint32(x.at(i).unicode()) << 16) | x.at(i + 1).unicode()];
    }
    int shared = 0;
    for (qsizetype i = 0; i + 1 < y.size(); ++i) {
        auto it = bigrams.find((quint32(y.at(i).unicode()) << 16) | y.at(i + 1).unicode());
        if (it != bigrams.end() && it.value() > 0) {
            --it.value();
            ++shared;
        }
    }
    return 2.0 * shared / double(x.size() + y.size() - 2);
}

class Aligner
{
public:
    Aligner(const QStringList &reference, const QStringList &other)
        : m_ref(reference)
        , m_oth(other)
    {
        m_result.otherToReference.fill(-1, other.size());
        m_result.fuzzy.fill(false, other.size());
    }

    TokenAligner::Result run()
    {
        QList<Range> stack{{0, m_ref.size(), 0, m_oth.size()}};
        while (!stack.isEmpty()) {
            split(stack.takeLast(), stack);
        }
        QList<bool> refUsed(m_ref.size(), false);
        for (qsizetype o = 0; o < m_oth.size(); ++o) {
            const qsizetype r = m_result.otherToReference.at(o);
            if (r < 0) {
                ++m_result.unalignedOther;
            } else {
                refUsed[r] = true;
                m_result.substituted += m_ref.at(r) == m_oth.at(o) ? 0 : 1;
            }
        }
        m_result.unalignedReference = std::ranges::count(refUsed, false);
        return m_result;
    }

private:
    void pair(qsizetype r, qsizetype o) { m_result.otherToReference[o] = r; }

    void split(Range range, QList<Range> &stack)
    {
        while (range.refBegin < range.refEnd && range.othBegin < range.othEnd
            && m_ref.at(range.refBegin) == m_oth.at(range.othBegin)) {
            pair(range.refBegin++, range.othBegin++);
        }
        while (range.refBegin < range.refEnd && range.othBegin < range.othEnd
            && m_ref.at(range.refEnd - 1) == m_oth.at(range.othEnd - 1)) {
            pair(--range.refEnd, --range.othEnd);
        }
        if (range.refBegin == range.refEnd || range.othBegin == range.othEnd) {
            return;
        }
        // Tokens that occur exactly once on each side anchor the alignment.
        QHash<QStringView, qsizetype> refCount;
        QHash<QStringView, qsizetype> refPosition;
        for (qsizetype r = range.refBegin; r < range.refEnd; ++r) {
            ++refCount[m_ref.at(r)];
            refPosition.insert(m_ref.at(r), r);
        }
        QHash<QStringView, qsizetype> othCount;
        for (qsizetype o = range.othBegin; o < range.othEnd; ++o) {
            ++othCount[m_oth.at(o)];
        }
        QList<std::pair<qsizetype, qsizetype>> candidates; // (ref, oth) in other order
        for (qsizetype o = range.othBegin; o < range.othEnd; ++o) {
            const QStringView token = m_oth.at(o);
            if (othCount.value(token) == 1 && refCount.value(token) == 1) {
                candidates.append({refPosition.value(token), o});
            }
        }
        const QList<std::pair<qsizetype, qsizetype>> anchors = longestIncreasingRun(candidates);
        if (anchors.isEmpty()) {
            alignGap(range);
            return;
        }
        qsizetype refCursor = range.refBegin;
        qsizetype othCursor = range.othBegin;
        for (const auto &[r, o] : anchors) {
            pair(r, o);
            stack.append({refCursor, r, othCursor, o});
            refCursor = r + 1;
            othCursor = o + 1;
        }
        stack.append({refCursor, range.refEnd, othCursor, range.othEnd});
    }

    // Patience sorting: the longest run of candidates increasing in the reference position.
    static QList<std::pair<qsizetype, qsizetype>> longestIncreasingRun(
        const QList<std::pair<qsizetype, qsizetype>> &candidates)
    {
        QList<qsizetype> tails; // index into candidates of the smallest tail of each length
        QList<qsizetype> previous(candidates.size(), -1);
        for (qsizetype i = 0; i < candidates.size(); ++i) {
            const auto at = std::ranges::lower_bound(tails, candidates.at(i).first, {},
                [&candidates](qsizetype k) { return candidates.at(k).first; });
            const qsizetype length = std::distance(tails.begin(), at);
            previous[i] = length > 0 ? tails.at(length - 1) : -1;
            if (at == tails.end()) {
                tails.append(i);
            } else {
                *at = i;
            }
        }
        QList<std::pair<qsizetype, qsizetype>> run;
        for (qsizetype k = tails.isEmpty() ? -1 : tails.last(); k >= 0; k = previous.at(k)) {
            run.prepend(candidates.at(k));
        }
        return run;
    }

    void alignGap(const Range &range)
    {
        const qsizetype a = range.refEnd - range.refBegin;
        const qsizetype b = range.othEnd - range.othBegin;
        if (a == b) {
            for (qsizetype k = 0; k < a; ++k) {
                pair(range.refBegin + k, range.othBegin + k);
            }
            return;
        }
        if ((a + 1) * (b + 1) > maxTableCells) {
            return; // left unaligned, and counted as such
        }
        // Edit distance: a gap costs 1; a substitution 1 + 0.9 x dissimilarity (< 2, so a
        // respelt token pairs rather than being deleted and inserted); identical tokens cost 0.
        const qsizetype width = b + 1;
        QList<double> cost((a + 1) * width, 0.0);
        for (qsizetype i = 0; i <= a; ++i) {
            cost[i * width] = double(i);
        }
        for (qsizetype j = 0; j <= b; ++j) {
            cost[j] = double(j);
        }
        for (qsizetype i = 1; i <= a; ++i) {
            for (qsizetype j = 1; j <= b; ++j) {
                const QString &r = m_ref.at(range.refBegin + i - 1);
                const QString &o = m_oth.at(range.othBegin + j - 1);
                const double substitution = r == o ? 0.0 : 1.0 + 0.9 * (1.0 - similarity(r, o));
                cost[i * width + j] = std::min({cost[(i - 1) * width + j - 1] + substitution,
                    cost[(i - 1) * width + j] + 1.0, cost[i * width + j - 1] + 1.0});
            }
        }
        qsizetype i = a;
        qsizetype j = b;
        while (i > 0 && j > 0) {
            const QString &r = m_ref.at(range.refBegin + i - 1);
            const QString &o = m_oth.at(range.othBegin + j - 1);
            const double substitution = r == o ? 0.0 : 1.0 + 0.9 * (1.0 - similarity(r, o));
            if (qFuzzyCompare(
                    1.0 + cost[i * width + j], 1.0 + cost[(i - 1) * width + j - 1] + substitution)) {
                pair(range.refBegin + i - 1, range.othBegin + j - 1);
                m_result.fuzzy[range.othBegin + j - 1] = r != o;
                --i;
                --j;
            } else if (qFuzzyCompare(1.0 + cost[i * width + j], 1.0 + cost[(i - 1) * width + j] + 1.0)) {
                --i;
            } else {
                --j;
            }
        }
    }

    const QStringList &m_ref;
    const QStringList &m_oth;
    TokenAligner::Result m_result;
};

} // namespace

TokenAligner::Result TokenAligner::align(const QStringList &reference, const QStringList &other)
{
    return Aligner(reference, other).run();
}

} // namespace Workbench::Core
