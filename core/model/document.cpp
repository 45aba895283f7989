// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "model/document.h"

#include <utility>

namespace Workbench::Core {

Document::Document(QString id, QString text, QList<Sentence> sentences)
    : m_id(std::move(id))
    , m_text(std::move(text))
    , m_sentences(std::move(sentences))
{
}

QStringView Document::tokenText(const Token &token) const
{
    return QStringView(m_text).mid(token.start, token.length());
}

qsizetype Document::tokenCount() const
{
    qsizetype count = 0;
    for (const Sentence &sentence : m_sentences) {
        count += sentence.tokens.size();
    }
    return count;
}

} // namespace Workbench::Core
