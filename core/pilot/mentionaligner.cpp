// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "pilot/mentionaligner.h"

#include "formats/offsetcodec.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {

bool isWordChar(const QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// Occurrences of mention in text as [start, end) UTF-16 pairs, whitespace-tolerant, at word edges.
QList<std::pair<int, int>> occurrences(const QString &text, const QString &mention)
{
    const QStringList parts = mention.simplified().split(u' ', Qt::SkipEmptyParts);
    if (parts.isEmpty()) {
        return {};
    }
    QStringList escaped;
    for (const QString &part : parts) {
        escaped.append(QRegularExpression::escape(part));
    }
    const QString simplified = parts.join(u' ');
    QString pattern = escaped.join(u"\\s+"_s);
    if (isWordChar(simplified.front())) {
        pattern.prepend(u"(?<![\\w])"_s);
    }
    if (isWordChar(simplified.back())) {
        pattern.append(u"(?![\\w])"_s);
    }
    const QRegularExpression expression(pattern, QRegularExpression::UseUnicodePropertiesOption);
    QList<std::pair<int, int>> found;
    for (auto it = expression.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        found.append({int(match.capturedStart()), int(match.capturedEnd())});
    }
    return found;
}

} // namespace

MentionAligner::Result MentionAligner::align(const QString &text, const QList<ReplyParser::Mention> &mentions)
{
    Result result;
    const OffsetCodec codec(text);
    QHash<QString, int> nextUnused; // per mention text: how many of its mentions have been placed
    for (const ReplyParser::Mention &mention : mentions) {
        const QList<std::pair<int, int>> found = occurrences(text, mention.text);
        if (found.isEmpty()) {
            result.issues.append({Issue::Kind::NotFound, mention, 0});
            continue;
        }
        qsizetype chosen = 0;
        const int reported =
            mention.start ? codec.toUtf16(std::min(*mention.start, codec.codePointCount())) : -1;
        if (reported >= 0) {
            // Nearest to the reported offset; equally near ones are ambiguous.
            qsizetype second = -1;
            for (qsizetype i = 1; i < found.size(); ++i) {
                const int d = std::abs(found.at(i).first - reported);
                const int best = std::abs(found.at(chosen).first - reported);
                if (d < best) {
                    chosen = i;
                    second = -1;
                } else if (d == best) {
                    second = i;
                }
            }
            if (second >= 0) {
                result.issues.append({Issue::Kind::Ambiguous, mention, int(found.size())});
            }
        } else {
            // Reading order: the first occurrence not yet placed, nor inside a placed span.
            const auto isFree = [&result](const std::pair<int, int> &occurrence) {
                return std::ranges::none_of(result.spans, [&occurrence](const Span &placed) {
                    return occurrence.first < placed.end && placed.start < occurrence.second;
                });
            };
            const qsizetype free = std::ranges::count_if(found, isFree);
            const auto first = std::ranges::find_if(found, isFree);
            chosen = first == found.end() ? 0 : std::distance(found.begin(), first);
            const QString key = mention.text.simplified();
            const qsizetype reportedWithoutOffset = std::ranges::count_if(
                mentions, [&key](const auto &m) { return m.text.simplified() == key && !m.start; });
            if (free > 1 && nextUnused.value(key) == 0 && reportedWithoutOffset < free) {
                // Fewer mentions reported than free occurrences, and no offset: which is meant is a guess.
                result.issues.append({Issue::Kind::Ambiguous, mention, int(free)});
            }
            nextUnused[key] += 1;
        }
        result.spans.append(Span{found.at(chosen).first, found.at(chosen).second, mention.type});
    }
    std::ranges::sort(result.spans);
    result.spans.erase(std::unique(result.spans.begin(), result.spans.end()), result.spans.end());
    return result;
}

QList<MentionAligner::Widening> MentionAligner::snapToTokens(QList<Span> &spans, const Document &document)
{
    QList<Token> tokens; // in text order, as sentences keep them
    for (const Sentence &sentence : document.sentences()) {
        tokens.append(sentence.tokens);
    }
    if (tokens.isEmpty()) {
        return {};
    }
    QList<Widening> widened;
    for (Span &span : spans) {
        // The first token ending after the span's start, then every token starting before its end.
        auto first = std::ranges::upper_bound(tokens, span.start, {}, &Token::end);
        if (first == tokens.end() || first->start >= span.end) {
            continue; // only whitespace between tokens: nothing to snap to
        }
        auto last = first;
        while (std::next(last) != tokens.end() && std::next(last)->start < span.end) {
            ++last;
        }
        const int start = std::min(span.start, first->start);
        const int end = std::max(span.end, last->end);
        if (start != span.start || end != span.end) {
            const Span before = span;
            span.start = start;
            span.end = end;
            widened.append({before, span});
        }
    }
    std::ranges::sort(spans);
    spans.erase(std::unique(spans.begin(), spans.end()), spans.end());
    return widened;
}

} // namespace Workbench::Core
