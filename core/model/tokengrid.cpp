// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "model/tokengrid.h"

namespace Workbench::Core {

TokenGrid::TokenGrid(const QList<Document> &documents)
    : m_documents(documents)
{
    qsizetype tokens = 0;
    for (const Document &document : documents) {
        tokens += document.tokenCount();
    }
    m_starts.reserve(tokens);
    m_ends.reserve(tokens);
    m_documentOf.reserve(tokens);
    m_sentenceOf.reserve(tokens);
    m_documentFirst.reserve(documents.size() + 1);
    for (qsizetype d = 0; d < documents.size(); ++d) {
        m_documentFirst.append(m_starts.size());
        for (const Sentence &sentence : documents.at(d).sentences()) {
            const qsizetype first = m_starts.size();
            for (const Token &token : sentence.tokens) {
                m_starts.append(token.start);
                m_ends.append(token.end);
                m_documentOf.append(d);
                m_sentenceOf.append(m_sentences.size());
            }
            m_sentences.append(SentenceRange{d, first, m_starts.size()});
        }
    }
    m_documentFirst.append(m_starts.size());
}

} // namespace Workbench::Core
