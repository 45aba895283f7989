// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "formats/positionalpairing.h"

#include "base/countednoun.h"
#include "base/tagcodec.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {

struct SentenceRef
{
    qsizetype document = 0;
    const Sentence *sentence = nullptr;
};

QList<SentenceRef> sentencesInOrder(const ConllData &data)
{
    QList<SentenceRef> refs;
    refs.reserve(data.tags.size());
    for (qsizetype d = 0; d < data.documents.size(); ++d) {
        for (const Sentence &sentence : data.documents.at(d).sentences()) {
            refs.append(SentenceRef{d, &sentence});
        }
    }
    return refs;
}

} // namespace

std::expected<PositionalPairing::Result, ParseError> PositionalPairing::pair(const ConllData &reference,
    const QString &referenceFile, const ConllData &other, const QString &otherFile)
{
    const QList<SentenceRef> refSentences = sentencesInOrder(reference);
    const QList<SentenceRef> otherSentences = sentencesInOrder(other);
    if (refSentences.size() != otherSentences.size()) {
        const bool otherLonger = otherSentences.size() > refSentences.size();
        const qsizetype firstUnpaired = std::min(refSentences.size(), otherSentences.size());
        const int line = otherLonger   ? otherSentences.at(firstUnpaired).sentence->sourceLine
            : otherSentences.isEmpty() ? 0
                                       : otherSentences.last().sentence->sourceLine;
        return std::unexpected(
            sentenceCountError(refSentences.size(), referenceFile, otherSentences.size(), otherFile, line));
    }

    Result result;
    result.spans.resize(reference.documents.size());
    for (qsizetype s = 0; s < refSentences.size(); ++s) {
        const SentenceRef &ref = refSentences.at(s);
        const SentenceRef &oth = otherSentences.at(s);
        const QList<Token> &refTokens = ref.sentence->tokens;
        const QList<Token> &othTokens = oth.sentence->tokens;
        if (refTokens.size() != othTokens.size()) {
            return std::unexpected(tokenCountError(refTokens.size(), referenceFile, ref.sentence->sourceLine,
                othTokens.size(), otherFile, oth.sentence->sourceLine));
        }
        const Document &refDoc = reference.documents.at(ref.document);
        const Document &othDoc = other.documents.at(oth.document);
        for (qsizetype t = 0; t < refTokens.size(); ++t) {
            if (refDoc.tokenText(refTokens.at(t)) != othDoc.tokenText(othTokens.at(t))) {
                if (result.differingTokens++ == 0) {
                    result.firstDifferingLine = oth.sentence->sourceLine + int(t);
                }
            }
        }
        for (const TokenChunk &chunk : TagCodec::decode(other.tags.at(s))) {
            result.spans[ref.document].append(
                Span{refTokens.at(chunk.begin).start, refTokens.at(chunk.end - 1).end, chunk.type});
        }
    }
    for (QList<Span> &spans : result.spans) {
        std::ranges::sort(spans);
    }
    return result;
}

ParseError PositionalPairing::sentenceCountError(const qsizetype referenceCount, const QString &referenceFile,
    const qsizetype otherCount, const QString &otherFile, const int otherLine)
{
    return ParseError{otherFile, otherLine,
        u"expected %1 as in %2, found %3"_s.arg(
            CountedNoun::of(referenceCount, u"sentence"_s), referenceFile, QString::number(otherCount))};
}

ParseError PositionalPairing::tokenCountError(const qsizetype referenceCount, const QString &referenceFile,
    const int referenceLine, const qsizetype otherCount, const QString &otherFile, const int otherLine)
{
    return ParseError{otherFile, otherLine,
        u"expected %1 in this sentence as at %2:%3, found %4"_s.arg(
            CountedNoun::of(referenceCount, u"token"_s), referenceFile, QString::number(referenceLine),
            QString::number(otherCount))};
}

} // namespace Workbench::Core
