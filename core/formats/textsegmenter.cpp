// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "formats/textsegmenter.h"

#include <QSet>
#include <QTextBoundaryFinder>

#include <algorithm>

namespace Workbench::Core {

namespace {

QList<Token> tokenize(const QString &text, const int start, const int end, const QSet<int> &cuts)
{
    QList<Token> tokens;
    const QString sentence = text.mid(start, end - start);
    QTextBoundaryFinder words(QTextBoundaryFinder::Word, sentence);
    qsizetype from = 0;
    for (qsizetype to = words.toNextBoundary(); to >= 0; to = words.toNextBoundary()) {
        if (!QStringView(sentence).mid(from, to - from).trimmed().isEmpty()) {
            int tokenStart = start + int(from);
            for (int k = tokenStart + 1; k < start + int(to); ++k) {
                if (cuts.contains(k)) { // a span boundary inside the word
                    tokens.append(Token{tokenStart, k});
                    tokenStart = k;
                }
            }
            tokens.append(Token{tokenStart, start + int(to)});
        }
        from = to;
    }
    return tokens;
}

} // namespace

QList<Sentence> TextSegmenter::segment(const QString &text, const QList<Span> &spans)
{
    QSet<int> cuts;
    for (const Span &span : spans) {
        cuts.insert(span.start);
        cuts.insert(span.end);
    }
    // Sentence ranges, trimmed of surrounding whitespace.
    QList<std::pair<int, int>> ranges;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, text);
    qsizetype from = 0;
    for (qsizetype to = finder.toNextBoundary(); to >= 0; to = finder.toNextBoundary()) {
        int start = int(from);
        int end = int(to);
        from = to;
        while (start < end && text.at(start).isSpace()) {
            ++start;
        }
        while (end > start && text.at(end - 1).isSpace()) {
            --end;
        }
        if (start < end) {
            ranges.append({start, end});
        }
    }
    // Join sentences a span crosses ("Dr. | Smith" is one name).
    for (const Span &span : spans) {
        for (qsizetype i = 0; i + 1 < ranges.size();) {
            if (span.start < ranges.at(i).second && span.end > ranges.at(i + 1).first) {
                ranges[i].second = ranges.at(i + 1).second;
                ranges.removeAt(i + 1);
            } else {
                ++i;
            }
        }
    }
    QList<Sentence> sentences;
    int line = 1;
    int counted = 0;
    for (const auto &[start, end] : std::as_const(ranges)) {
        QList<Token> tokens = tokenize(text, start, end, cuts);
        if (tokens.isEmpty()) {
            continue;
        }
        line += int(QStringView(text).mid(counted, start - counted).count(u'\n'));
        counted = start;
        sentences.append(Sentence{start, end, tokens, {}, line});
    }
    return sentences;
}

} // namespace Workbench::Core
