// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QHashFunctions>
#include <QList>
#include <QString>

#include <compare>

namespace Workbench::Core {

/*! \brief An entity mention: [start, end) in UTF-16 code units of a document's text, and a type.
 *
 * A span is identified by (document, start, end, type); spans order by start, then end, then
 * type, which is the order layers keep them in.
 */
struct Span
{
    int start = 0;
    int end = 0;
    QString type;

    friend bool operator==(const Span &, const Span &) = default;
    friend std::strong_ordering operator<=>(const Span &a, const Span &b)
    {
        if (const auto c = a.start <=> b.start; c != 0) {
            return c;
        }
        if (const auto c = a.end <=> b.end; c != 0) {
            return c;
        }
        const int t = a.type.compare(b.type);
        return t < 0 ? std::strong_ordering::less
                     : (t > 0 ? std::strong_ordering::greater : std::strong_ordering::equal);
    }
};

inline size_t qHash(const Span &span, size_t seed = 0)
{
    return qHashMulti(seed, span.start, span.end, span.type);
}

//! Spans of a whole corpus: one sorted list per document, indexed like the corpus's documents.
using DocumentSpans = QList<QList<Span>>;

//! How many spans all documents hold together.
[[nodiscard]] inline qsizetype spanCount(const DocumentSpans &spans)
{
    qsizetype count = 0;
    for (const QList<Span> &documentSpans : spans) {
        count += documentSpans.size();
    }
    return count;
}

} // namespace Workbench::Core
