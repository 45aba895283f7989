// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "formats/conllwriter.h"

#include "base/tagcodec.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {

QString describe(const Document &document, const Span &span)
{
    return u"%1 '%2' [%3, %4)"_s.arg(span.type, document.text().mid(span.start, span.end - span.start))
        .arg(span.start)
        .arg(span.end);
}

// The chunks of one sentence that BIO can carry, with every loss recorded.
QList<TokenChunk> chunksOf(
    const Document &document, const Sentence &sentence, const QList<Span> &spans, LossReport &loss)
{
    QList<TokenChunk> chunks;
    for (const Span &span : spans) {
        if (span.end <= sentence.start || span.start >= sentence.end) {
            continue;
        }
        if (span.start < sentence.start || span.end > sentence.end) {
            if (span.start < sentence.start) {
                continue; // reported once, with the sentence it starts in
            }
            loss.add({u"crosses-sentence"_s, document.id(), sentence.sourceLine, describe(document, span)});
            continue;
        }
        int begin = -1;
        int end = -1;
        for (int i = 0; i < sentence.tokens.size(); ++i) {
            const Token &token = sentence.tokens.at(i);
            if (token.end > span.start && token.start < span.end) {
                if (begin < 0) {
                    begin = i;
                }
                end = i + 1;
            }
        }
        if (begin < 0) {
            loss.add({u"no-token"_s, document.id(), sentence.sourceLine, describe(document, span)});
            continue;
        }
        if (sentence.tokens.at(begin).start != span.start || sentence.tokens.at(end - 1).end != span.end) {
            loss.add({u"snapped-to-tokens"_s, document.id(), sentence.sourceLine, describe(document, span)});
        }
        chunks.append(TokenChunk{begin, end, span.type});
    }
    // Longest first, then earliest: the outer span of a nest survives.
    std::ranges::stable_sort(chunks,
        [](const TokenChunk &a, const TokenChunk &b) { return (a.end - a.begin) > (b.end - b.begin); });
    QList<TokenChunk> kept;
    for (const TokenChunk &chunk : std::as_const(chunks)) {
        const bool overlaps = std::ranges::any_of(
            kept, [&chunk](const TokenChunk &k) { return chunk.begin < k.end && k.begin < chunk.end; });
        if (overlaps) {
            const Span dropped{
                sentence.tokens.at(chunk.begin).start, sentence.tokens.at(chunk.end - 1).end, chunk.type};
            loss.add({u"overlap-dropped"_s, document.id(), sentence.sourceLine, describe(document, dropped)});
            continue;
        }
        if (std::ranges::find(kept, chunk) == kept.end()) {
            kept.append(chunk);
        }
    }
    std::ranges::sort(kept, {}, &TokenChunk::begin);
    return kept;
}

} // namespace

ConllWriter::Output ConllWriter::write(
    const QList<Document> &documents, const DocumentSpans &spans, const Options &options)
{
    Output output;
    QString text;
    for (qsizetype d = 0; d < documents.size(); ++d) {
        const Document &document = documents.at(d);
        const QList<Span> documentSpans = d < spans.size() ? spans.at(d) : QList<Span>{};
        if (options.docstart) {
            text += u"-DOCSTART-\tO\n\n"_s;
        }
        for (const Sentence &sentence : document.sentences()) {
            const QList<TokenChunk> chunks = chunksOf(document, sentence, documentSpans, output.loss);
            const QStringList tags = TagCodec::encode(chunks, int(sentence.tokens.size()), options.scheme);
            for (qsizetype i = 0; i < sentence.tokens.size(); ++i) {
                text += document.tokenText(sentence.tokens.at(i));
                text += u'\t';
                text += tags.at(i);
                text += u'\n';
            }
            text += u'\n';
        }
    }
    output.bytes = text.toUtf8();
    return output;
}

} // namespace Workbench::Core
