// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "metrics/conllpairscorer.h"

#include "base/tagcodec.h"
#include "formats/conlllayout.h"
#include "formats/positionalpairing.h"
#include "formats/utf8decoder.h"

#include <QFile>

#include <cstring>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {

using Layout = ConllLayout<QByteArrayView>;
using Chunk = TagCodec::Utf8Chunk;

// The UTF-16 path's decoder drops a byte order mark; so does this one.
QByteArrayView withoutByteOrderMark(const QByteArrayView bytes)
{
    return bytes.startsWith("\xEF\xBB\xBF") ? bytes.sliced(3) : bytes;
}

std::expected<Layout, ParseError> layOut(
    const QByteArrayView bytes, const QString &fileName, const int tagColumn, const Layout::Checking checking)
{
    if (!bytes.isValidUtf8()) { // the decoder names the line; both judge bytes alike
        const auto decoded = Utf8Decoder::decode(bytes.toByteArray(), fileName);
        return std::unexpected(decoded
                ? ParseError{fileName, 0, u"expected UTF-8 text, found invalid bytes"_s}
                : decoded.error());
    }
    return Layout::scan(bytes, fileName, tagColumn, checking);
}

// Counts per type, keyed by the type's bytes: a file has a handful of types, so a short list
// searched in order beats hashing every chunk.
class TypeTally
{
public:
    ScoreCounts &operator[](const QByteArrayView type)
    {
        for (auto &[name, counts] : m_types) {
            if (name == type) {
                return counts;
            }
        }
        m_types.append({type, ScoreCounts{}});
        return m_types.last().second;
    }

    void addTo(ScoreTable &table) const
    {
        for (const auto &[name, counts] : m_types) {
            table.types[Utf8Decoder::verbatim(name)] += counts;
            table.overall += counts;
        }
    }

private:
    QList<std::pair<QByteArrayView, ScoreCounts>> m_types;
};

// Inline: QByteArrayView's == calls out of line before its memcmp, once per token pair.
bool sameBytes(const QByteArrayView a, const QByteArrayView b)
{
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), std::size_t(a.size())) == 0;
}

bool lessThan(const Chunk &a, const Chunk &b)
{
    if (a.begin != b.begin) {
        return a.begin < b.begin;
    }
    if (a.end != b.end) {
        return a.end < b.end;
    }
    return a.type.compare(b.type) < 0;
}

// Both lists come from decode(): in token order, never overlapping, so a merge finds the matches.
void tally(const QList<Chunk> &gold, const QList<Chunk> &predicted, TypeTally &types)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < gold.size() || j < predicted.size()) {
        if (j >= predicted.size() || (i < gold.size() && lessThan(gold.at(i), predicted.at(j)))) {
            ++types[gold.at(i++).type].gold;
        } else if (i >= gold.size() || lessThan(predicted.at(j), gold.at(i))) {
            ++types[predicted.at(j++).type].predicted;
        } else {
            ScoreCounts &counts = types[gold.at(i).type];
            ++counts.gold;
            ++counts.predicted;
            ++counts.truePositives;
            ++i;
            ++j;
        }
    }
}

} // namespace

std::expected<ConllPairScorer::Result, ParseError> ConllPairScorer::score(const QByteArrayView goldBytes,
    const QString &goldFile, const QByteArrayView predictedBytes, const QString &predictedFile,
    const int tagColumn)
{
    const QByteArrayView gold = withoutByteOrderMark(goldBytes);
    const QByteArrayView predicted = withoutByteOrderMark(predictedBytes);
    // Two-column files (the common case) are checked while they are walked, so each is read once.
    // When something fails, a file's own error comes before a pairing error and the gold's before
    // the other's, as when each file is read whole first: the files are checked in full only then.
    const auto failure = [&](const ParseError &error) -> std::unexpected<ParseError> {
        for (const auto &[bytes, file] : {std::pair{gold, goldFile}, std::pair{predicted, predictedFile}}) {
            if (const auto checked = layOut(bytes, file, tagColumn, Layout::Checking::Upfront); !checked) {
                return std::unexpected(checked.error());
            }
        }
        return std::unexpected(error);
    };
    const auto goldLayout = layOut(gold, goldFile, tagColumn, Layout::Checking::WhileWalking);
    if (!goldLayout) {
        return std::unexpected(goldLayout.error());
    }
    const auto predictedLayout = layOut(predicted, predictedFile, tagColumn, Layout::Checking::WhileWalking);
    if (!predictedLayout) {
        return failure(predictedLayout.error());
    }

    // Lockstep over both files' sentences: nothing is kept beyond the sentence at hand.
    Layout::SentenceWalker goldWalker(*goldLayout, gold);
    Layout::SentenceWalker predictedWalker(*predictedLayout, predicted);
    Layout::Sentence goldSentence;
    Layout::Sentence predictedSentence;
    QList<Chunk> goldChunks;
    QList<Chunk> predictedChunks;
    Result result;
    TypeTally types;
    qsizetype goldCount = 0;
    qsizetype predictedCount = 0;
    int lastPredictedLine = 0;
    // A mismatch: the sentence counts decide, as pairing whole files compares them first, so
    // both walks run to their ends; only equal counts leave \a tokenError to report.
    const auto mismatch = [&](const std::optional<ParseError> &tokenError) -> std::unexpected<ParseError> {
        while (goldWalker.next(goldSentence)) {
            ++goldCount;
        }
        int firstUnpairedLine = predictedCount == goldCount + 1 ? lastPredictedLine : 0;
        while (predictedWalker.next(predictedSentence)) {
            lastPredictedLine = predictedSentence.lines.first();
            if (++predictedCount == goldCount + 1) {
                firstUnpairedLine = lastPredictedLine;
            }
        }
        if (goldWalker.failed() || predictedWalker.failed() || goldCount == predictedCount) {
            return failure(tokenError.value_or(ParseError{goldFile, 0, u"unreadable"_s}));
        }
        return failure(PositionalPairing::sentenceCountError(goldCount, goldFile, predictedCount,
            predictedFile, predictedCount > goldCount ? firstUnpairedLine : lastPredictedLine));
    };
    while (true) {
        const bool hasGold = goldWalker.next(goldSentence);
        const bool hasPredicted = predictedWalker.next(predictedSentence);
        if (goldWalker.failed() || predictedWalker.failed()) { // the full check names the error
            return failure(ParseError{goldWalker.failed() ? goldFile : predictedFile, 0, u"unreadable"_s});
        }
        goldCount += hasGold ? 1 : 0;
        if (hasPredicted) {
            ++predictedCount;
            lastPredictedLine = predictedSentence.lines.first();
        }
        if (hasGold != hasPredicted) {
            return mismatch(std::nullopt);
        }
        if (!hasGold) {
            break;
        }
        const qsizetype tokens = goldSentence.tokens.size();
        if (tokens != predictedSentence.tokens.size()) {
            return mismatch(PositionalPairing::tokenCountError(tokens, goldFile, goldSentence.lines.first(),
                predictedSentence.tokens.size(), predictedFile, predictedSentence.lines.first()));
        }
        for (qsizetype t = 0; t < tokens; ++t) {
            if (!sameBytes(goldSentence.tokens.at(t), predictedSentence.tokens.at(t))
                && result.differingTokens++ == 0) {
                result.firstDifferingLine = predictedSentence.lines.at(t);
            }
        }
        TagCodec::decode(goldSentence.tags, goldChunks);
        TagCodec::decode(predictedSentence.tags, predictedChunks);
        tally(goldChunks, predictedChunks, types);
        result.tokens += tokens;
    }
    types.addTo(result.table);
    return result;
}

std::expected<ConllPairScorer::Result, ParseError> ConllPairScorer::scoreFiles(
    const QString &goldPath, const QString &predictedPath, const int tagColumn)
{
    QFile goldFile(goldPath);
    if (!goldFile.open(QIODevice::ReadOnly)) {
        return std::unexpected(
            ParseError{goldPath, 0, u"cannot open the file: %1"_s.arg(goldFile.errorString())});
    }
    QFile predictedFile(predictedPath);
    if (!predictedFile.open(QIODevice::ReadOnly)) {
        return std::unexpected(
            ParseError{predictedPath, 0, u"cannot open the file: %1"_s.arg(predictedFile.errorString())});
    }
    const QByteArray gold = goldFile.readAll();
    const QByteArray predicted = predictedFile.readAll();
    return score(gold, goldPath, predicted, predictedPath, tagColumn);
}

} // namespace Workbench::Core
