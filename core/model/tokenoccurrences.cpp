// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "model/tokenoccurrences.h"

namespace Workbench::Core {

namespace {

// The tokens of \a document in text order, across its sentences.
QList<Token> tokensOf(const Document &document)
{
    QList<Token> tokens;
    tokens.reserve(document.tokenCount());
    for (const Sentence &sentence : document.sentences()) {
        tokens.append(sentence.tokens);
    }
    return tokens;
}

} // namespace

QStringList TokenOccurrences::tokensAt(const Document &document, const int start, const int end)
{
    QStringList texts;
    for (const Token &token : tokensOf(document)) {
        const bool touches =
            start == end ? token.start <= start && start < token.end : token.start < end && start < token.end;
        if (touches) {
            texts.append(document.tokenText(token).toString());
        }
    }
    return texts;
}

QList<TokenOccurrences::Occurrence> TokenOccurrences::find(
    const QList<Document> &documents, const QStringList &tokens)
{
    QList<Occurrence> found;
    if (tokens.isEmpty()) {
        return found;
    }
    const qsizetype length = tokens.size();
    for (qsizetype d = 0; d < documents.size(); ++d) {
        const Document &document = documents.at(d);
        const QList<Token> all = tokensOf(document);
        for (qsizetype first = 0; first + length <= all.size(); ++first) {
            qsizetype matched = 0;
            while (matched < length && document.tokenText(all.at(first + matched)) == tokens.at(matched)) {
                ++matched;
            }
            if (matched == length) {
                found.append({d, all.at(first).start, all.at(first + length - 1).end});
            }
        }
    }
    return found;
}

} // namespace Workbench::Core
