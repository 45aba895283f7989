// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "model/textlocator.h"

#include <QRegularExpression>

#include <algorithm>

namespace Workbench::Core {

namespace {

// A text's letters and digits, case folded, with the offset each came from.
struct Skeleton
{
    QString letters;
    QList<int> offsets;
};

Skeleton skeletonOf(const QString &text)
{
    Skeleton skeleton;
    skeleton.letters.reserve(text.size());
    skeleton.offsets.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isLetterOrNumber()) {
            skeleton.letters.append(c.toCaseFolded());
            skeleton.offsets.append(i);
        }
    }
    return skeleton;
}

// The longest piece of a quote shortened with an ellipsis: the one most likely to be verbatim.
QString longestPiece(const QString &quote)
{
    static const QRegularExpression ellipsis(QStringLiteral("\\.\\.\\.+|…|\\[\\.\\.\\.\\]"));
    QString longest;
    for (const QString &piece : quote.split(ellipsis)) {
        if (skeletonOf(piece).letters.size() > skeletonOf(longest).letters.size()) {
            longest = piece;
        }
    }
    return longest;
}

// Whether [start, end) of text begins and ends a word: "Paris" is not the one in "comParison".
bool isWordEdge(const QString &text, const int start, const int end)
{
    return (start == 0 || !text.at(start - 1).isLetterOrNumber())
        && (end == text.size() || !text.at(end).isLetterOrNumber());
}

} // namespace

QList<TextLocator::Match> TextLocator::find(
    const QString &quote, const QList<Document> &corpus, const QList<qsizetype> &positions)
{
    const QString needle = skeletonOf(longestPiece(quote)).letters;
    QList<Match> matches;
    if (needle.size() < minimumLength) {
        return matches;
    }
    for (const qsizetype position : positions) {
        if (position < 0 || position >= corpus.size()) {
            continue;
        }
        const QString &text = corpus.at(position).text();
        const Skeleton haystack = skeletonOf(text);
        for (qsizetype at = haystack.letters.indexOf(needle); at >= 0;
             at = haystack.letters.indexOf(needle, at + 1)) {
            const int start = haystack.offsets.at(at);
            const int end = haystack.offsets.at(at + needle.size() - 1) + 1;
            if (isWordEdge(text, start, end)) {
                matches.append({position, start, end});
                break;
            }
        }
    }
    return matches;
}

} // namespace Workbench::Core
