// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QList>
#include <QStringList>

namespace Workbench::Core {

/*! \brief Aligns two token sequences of the same text tokenised or spelt differently.
 *
 * Patience-style: common prefix and suffix, then tokens unique in both halves as anchors (their
 * longest increasing run), recursively; the gaps between anchors are aligned by edit distance
 * where a changed spelling is a substitution (cheaper than a deletion plus an insertion), so
 * "gt" against "get" still pairs. Gaps too large for the table are paired by position when of
 * equal length and left unaligned otherwise. Usage: \c{auto a = TokenAligner::align(ref, other);}
 */
class TokenAligner
{
public:
    struct Result
    {
        QList<qsizetype> otherToReference; //!< per other token: its reference token, or -1
        //! Per other token: paired by edit distance inside a gap of unequal sizes with another
        //! spelling, so possibly part of a merged or split token rather than the same word.
        QList<bool> fuzzy;
        qsizetype unalignedOther = 0; //!< other tokens without a partner
        qsizetype unalignedReference = 0; //!< reference tokens without a partner
        qsizetype substituted = 0; //!< pairs whose texts differ
    };

    [[nodiscard]] static Result align(const QStringList &reference, const QStringList &other);
};

} // namespace Workbench::Core
