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
        const Skeleton haystack = skeletonOf(corpus.at(position).text());
        const qsizetype at = haystack.letters.indexOf(needle);
        if (at >= 0) {
            matches.append(
                {position, haystack.offsets.at(at), haystack.offsets.at(at + needle.size() - 1) + 1});
        }
    }
    return matches;
}

} // namespace Workbench::Core
