// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Workbench::Core {

/*! \brief A word-level diff of two texts (longest common subsequence of their words).
 *
 * Used to measure how much of a guideline a change rewrites, and to show a reviewer what it
 * rewrites. Usage: \c{for (const auto &piece : WordDiff::compare(before, after)) ...}
 */
class WordDiff
{
public:
    struct Piece
    {
        enum class Op { Same, Removed, Added };
        Op op = Op::Same;
        QStringList words;

        friend bool operator==(const Piece &, const Piece &) = default;
    };

    //! The words split at white space.
    [[nodiscard]] static QStringList words(const QString &text);
    //! Runs of words kept, removed and added, in reading order (removals before additions).
    [[nodiscard]] static QList<Piece> compare(const QString &before, const QString &after);
};

} // namespace Workbench::Core
