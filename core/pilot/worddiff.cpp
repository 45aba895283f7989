// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "pilot/worddiff.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

QStringList WordDiff::words(const QString &text)
{
    static const QRegularExpression space(u"\\s+"_s);
    return text.split(space, Qt::SkipEmptyParts);
}

QList<WordDiff::Piece> WordDiff::compare(const QString &before, const QString &after)
{
    const QStringList a = words(before);
    const QStringList b = words(after);
    QList<Piece> pieces;
    const auto append = [&pieces](const Piece::Op op, const QString &word) {
        if (pieces.isEmpty() || pieces.last().op != op) {
            pieces.append({op, {}});
        }
        pieces.last().words.append(word);
    };
    // Guidelines are short; past this many cells the texts are shown as replaced whole.
    constexpr qsizetype maxCells = 4'000'000;
    if ((a.size() + 1) * (b.size() + 1) > maxCells) {
        for (const QString &word : a) {
            append(Piece::Op::Removed, word);
        }
        for (const QString &word : b) {
            append(Piece::Op::Added, word);
        }
        return pieces;
    }
    // suffix[i][j]: the longest common subsequence of a[i..] and b[j..], so the walk goes forward.
    const qsizetype columns = b.size() + 1;
    QList<int> suffix((a.size() + 1) * columns, 0);
    for (qsizetype i = a.size() - 1; i >= 0; --i) {
        for (qsizetype j = b.size() - 1; j >= 0; --j) {
            suffix[i * columns + j] = a.at(i) == b.at(j)
                ? suffix.at((i + 1) * columns + j + 1) + 1
                : std::max(suffix.at((i + 1) * columns + j), suffix.at(i * columns + j + 1));
        }
    }
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() || j < b.size()) {
        if (i < a.size() && j < b.size() && a.at(i) == b.at(j)) {
            append(Piece::Op::Same, a.at(i++));
            ++j;
        } else if (j == b.size()
            || (i < a.size() && suffix.at((i + 1) * columns + j) >= suffix.at(i * columns + j + 1))) {
            append(Piece::Op::Removed, a.at(i++));
        } else {
            append(Piece::Op::Added, b.at(j++));
        }
    }
    return pieces;
}

} // namespace Workbench::Core
