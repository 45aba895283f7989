// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "model/document.h"

#include <QList>

namespace Workbench::Core {

/*! \brief The tokens of a corpus in one flat sequence, for token-level metrics.
 *
 * Global token g belongs to document documentOf(g); its offsets are those of its document.
 * Sentences are ranges [first, end) of global indices. Usage: \c{TokenGrid grid(corpus.documents());}
 */
class TokenGrid
{
public:
    struct SentenceRange
    {
        qsizetype document = 0;
        qsizetype first = 0;
        qsizetype end = 0;
    };

    explicit TokenGrid(const QList<Document> &documents);

    [[nodiscard]] qsizetype tokenCount() const { return m_starts.size(); }
    [[nodiscard]] qsizetype documentCount() const { return m_documentFirst.size() - 1; }
    [[nodiscard]] int start(qsizetype token) const { return m_starts.at(token); }
    [[nodiscard]] int end(qsizetype token) const { return m_ends.at(token); }
    [[nodiscard]] qsizetype documentOf(qsizetype token) const { return m_documentOf.at(token); }
    //! Global tokens of document \a document are [documentFirst(d), documentFirst(d + 1)).
    [[nodiscard]] qsizetype documentFirst(qsizetype document) const { return m_documentFirst.at(document); }
    [[nodiscard]] const QList<SentenceRange> &sentences() const { return m_sentences; }
    //! The sentence index of each token.
    [[nodiscard]] qsizetype sentenceOf(qsizetype token) const { return m_sentenceOf.at(token); }
    [[nodiscard]] const QList<Document> &documents() const { return m_documents; }

private:
    QList<Document> m_documents;
    QList<int> m_starts;
    QList<int> m_ends;
    QList<qsizetype> m_documentOf;
    QList<qsizetype> m_sentenceOf;
    QList<qsizetype> m_documentFirst;
    QList<SentenceRange> m_sentences;
};

} // namespace Workbench::Core
