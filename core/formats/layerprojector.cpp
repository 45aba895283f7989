// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "formats/layerprojector.h"

#include "formats/tokenaligner.h"

#include <QHash>

#include <algorithm>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {

QStringList tokenTexts(const TokenGrid &grid)
{
    QStringList texts;
    texts.reserve(grid.tokenCount());
    for (qsizetype t = 0; t < grid.tokenCount(); ++t) {
        const Document &document = grid.documents().at(grid.documentOf(t));
        texts.append(document.text().mid(grid.start(t), grid.end(t) - grid.start(t)));
    }
    return texts;
}

// The first token of [first, end) that ends after \a offset.
qsizetype firstTokenEndingAfter(const TokenGrid &grid, qsizetype first, qsizetype end, int offset)
{
    while (first < end) {
        const qsizetype mid = (first + end) / 2;
        if (grid.end(mid) <= offset) {
            first = mid + 1;
        } else {
            end = mid;
        }
    }
    return first;
}

// The non-space characters of every token, in corpus order: the text as the tokens spell it.
struct CharacterStream
{
    QString characters;
    QList<qsizetype> document; // per character
    QList<int> offset; // per character, in its document
};

CharacterStream characterStream(const TokenGrid &grid)
{
    CharacterStream stream;
    for (qsizetype t = 0; t < grid.tokenCount(); ++t) {
        const QString &text = grid.documents().at(grid.documentOf(t)).text();
        for (int i = grid.start(t); i < grid.end(t); ++i) {
            if (!text.at(i).isSpace()) {
                stream.characters += text.at(i);
                stream.document.append(grid.documentOf(t));
                stream.offset.append(i);
            }
        }
    }
    return stream;
}

// The token of document \a document starting (or, with \a atEnd, ending) exactly at \a offset.
qsizetype tokenAt(const TokenGrid &grid, qsizetype document, int offset, bool atEnd)
{
    const qsizetype first = grid.documentFirst(document);
    const qsizetype end = grid.documentFirst(document + 1);
    const qsizetype t = firstTokenEndingAfter(grid, first, end, atEnd ? offset - 1 : offset);
    if (t >= end) {
        return -1;
    }
    return (atEnd ? grid.end(t) == offset : grid.start(t) == offset) ? t : -1;
}

// When both files spell the same characters and differ only in tokenisation or spacing, spans
// move by characters: exact whatever the tokenisers did. Nothing when the characters differ.
std::optional<LayerProjector::Result> projectByCharacters(
    const TokenGrid &reference, const TokenGrid &other, const DocumentSpans &otherSpans)
{
    const CharacterStream ref = characterStream(reference);
    const CharacterStream oth = characterStream(other);
    if (ref.characters != oth.characters) {
        return std::nullopt;
    }
    LayerProjector::Result result;
    result.spans.resize(reference.documentCount());
    // Per other document, the stream index of its first character.
    QList<qsizetype> streamStart(other.documentCount() + 1, oth.characters.size());
    for (qsizetype c = oth.characters.size() - 1; c >= 0; --c) {
        streamStart[oth.document.at(c)] = c;
    }
    for (qsizetype d = other.documentCount() - 1; d >= 0; --d) {
        streamStart[d] = std::min(streamStart.at(d), streamStart.at(d + 1));
    }
    for (qsizetype d = 0; d < std::min(otherSpans.size(), other.documentCount()); ++d) {
        const Document &document = other.documents().at(d);
        for (const Span &span : otherSpans.at(d)) {
            const QString detail =
                u"%1 '%2'"_s.arg(span.type, document.text().mid(span.start, span.end - span.start));
            // First and last non-space character of the span in the stream.
            qsizetype first = streamStart.at(d);
            while (first < streamStart.at(d + 1) && oth.offset.at(first) < span.start) {
                ++first;
            }
            qsizetype last = first;
            while (last + 1 < streamStart.at(d + 1) && oth.offset.at(last + 1) < span.end) {
                ++last;
            }
            if (first >= streamStart.at(d + 1) || oth.offset.at(first) >= span.end) {
                result.loss.add({u"no-token"_s, document.id(), 0, detail});
                continue;
            }
            const qsizetype refDocument = ref.document.at(first);
            const int start = ref.offset.at(first);
            const int end = ref.offset.at(last) + 1;
            const qsizetype firstToken = tokenAt(reference, refDocument, start, false);
            const qsizetype lastToken = tokenAt(reference, refDocument, end, true);
            if (ref.document.at(last) != refDocument || firstToken < 0 || lastToken < 0) {
                result.loss.add({u"endpoint-inside-token"_s, document.id(), 0, detail});
                continue;
            }
            if (reference.sentenceOf(firstToken) != reference.sentenceOf(lastToken)) {
                result.loss.add({u"alignment-crosses-sentence"_s, document.id(), 0, detail});
                continue;
            }
            result.spans[refDocument].append(Span{start, end, span.type});
        }
    }
    return result;
}

// The non-space characters of each document's tokens: what the documents are spelt as.
QStringList documentCharacters(const TokenGrid &grid)
{
    const CharacterStream stream = characterStream(grid);
    QStringList characters(grid.documentCount());
    for (qsizetype c = 0; c < stream.characters.size(); ++c) {
        characters[stream.document.at(c)] += stream.characters.at(c);
    }
    return characters;
}

/* When every document of the other file is a whole document of the reference, spelt the same
 * (in any order, some of the reference's left out), spans move by characters within each, and the
 * reference's documents the file lacks are uncovered: what an export of a layer that lacked some
 * gives back, or brat's directory read in file-name order. Nothing when some document of the file
 * (with spans, or with characters) has no such twin. A document whose id the corpus holds with the
 * same spelling is that one (pairByIds); other twins of one spelling pair in order. */
/* Which corpus document each of the file's documents is (-1: empty), by spelling; nothing when one
 * is not in the corpus. A spelling the corpus holds once pairs wherever the file has it (a file in
 * any order); twins ("RT", "lol", spam posted twice) pair in order between those anchors, so that a
 * file lacking one twin leaves out that one, not the first. */
std::optional<QList<qsizetype>> pairDocuments(const QStringList &referenceCharacters,
    const QStringList &otherCharacters, const QList<qsizetype> &pairedById)
{
    QSet<qsizetype> taken;
    for (const qsizetype r : pairedById) {
        if (r >= 0) {
            taken.insert(r);
        }
    }
    QHash<QString, QList<qsizetype>> twins; // spelling -> reference documents, in corpus order
    for (qsizetype d = 0; d < referenceCharacters.size(); ++d) {
        if (!referenceCharacters.at(d).isEmpty() && !taken.contains(d)) {
            twins[referenceCharacters.at(d)].append(d);
        }
    }
    QHash<QString, int> inFile;
    for (qsizetype d = 0; d < otherCharacters.size(); ++d) {
        inFile[otherCharacters.at(d)] += pairedById.at(d) < 0 ? 1 : 0;
    }
    QList<qsizetype> pair = pairedById;
    QList<bool> anchor(otherCharacters.size(), false);
    for (qsizetype d = 0; d < otherCharacters.size(); ++d) {
        const QString &characters = otherCharacters.at(d);
        if (pair.at(d) >= 0) {
            anchor[d] = true;
            continue;
        }
        if (characters.isEmpty()) {
            continue;
        }
        const auto candidates = twins.constFind(characters);
        if (candidates == twins.cend()) {
            return std::nullopt;
        }
        if (candidates->size() == 1 && inFile.value(characters) == 1) {
            pair[d] = candidates->first();
            anchor[d] = true;
        }
    }
    for (qsizetype d = 0; d < otherCharacters.size(); ++d) {
        if (otherCharacters.at(d).isEmpty() || anchor.at(d)) {
            continue;
        }
        // The corpus documents between the anchors before and after it in the file.
        qsizetype after = -1;
        for (qsizetype e = d - 1; e >= 0 && after < 0; --e) {
            after = anchor.at(e) ? pair.at(e) : -1;
        }
        qsizetype before = referenceCharacters.size();
        for (qsizetype e = d + 1; e < otherCharacters.size(); ++e) {
            if (anchor.at(e)) {
                before = pair.at(e);
                break;
            }
        }
        const QList<qsizetype> &candidates = twins[otherCharacters.at(d)];
        qsizetype chosen = -1;
        for (const qsizetype candidate : candidates) { // between the anchors first, else the first free
            if (!taken.contains(candidate) && candidate > after && candidate < before) {
                chosen = candidate;
                break;
            }
        }
        for (qsizetype c = 0; chosen < 0 && c < candidates.size(); ++c) {
            chosen = taken.contains(candidates.at(c)) ? -1 : candidates.at(c);
        }
        if (chosen < 0) {
            return std::nullopt; // more copies in the file than in the corpus
        }
        taken.insert(chosen);
        pair[d] = chosen;
    }
    return pair;
}

/* Per document of the file, the corpus document of the same id and spelling (-1: none). An id both
 * sides hold once and spell alike settles which twin a document is ("RT", a tweet posted twice,
 * with doccano ids or "# newdoc id"); an id whose spelling differs (a number counted in a file
 * lacking some documents) says nothing, and spelling decides. */
QList<qsizetype> pairByIds(const TokenGrid &reference, const TokenGrid &other,
    const QStringList &referenceCharacters, const QStringList &otherCharacters)
{
    QHash<QString, qsizetype> referenceIds;
    QHash<QString, int> idCount;
    for (qsizetype d = 0; d < reference.documentCount(); ++d) {
        referenceIds.insert(reference.documents().at(d).id(), d);
        ++idCount[reference.documents().at(d).id()];
    }
    QHash<QString, int> otherIdCount;
    for (const Document &document : other.documents()) {
        ++otherIdCount[document.id()];
    }
    QList<qsizetype> paired(other.documentCount(), -1);
    for (qsizetype d = 0; d < other.documentCount(); ++d) {
        const QString &id = other.documents().at(d).id();
        const qsizetype r = referenceIds.value(id, -1);
        if (r >= 0 && !id.isEmpty() && idCount.value(id) == 1 && otherIdCount.value(id) == 1
            && !otherCharacters.at(d).isEmpty() && referenceCharacters.at(r) == otherCharacters.at(d)) {
            paired[d] = r;
        }
    }
    return paired;
}

std::optional<LayerProjector::Result> projectByDocuments(
    const TokenGrid &reference, const TokenGrid &other, const DocumentSpans &otherSpans)
{
    const QStringList referenceCharacters = documentCharacters(reference);
    const QStringList otherCharacters = documentCharacters(other);
    for (qsizetype d = 0; d < other.documentCount(); ++d) {
        if (otherCharacters.at(d).isEmpty() && !otherSpans.value(d).isEmpty()) {
            return std::nullopt;
        }
    }
    const std::optional<QList<qsizetype>> twinOf = pairDocuments(referenceCharacters, otherCharacters,
        pairByIds(reference, other, referenceCharacters, otherCharacters));
    if (!twinOf) {
        return std::nullopt;
    }
    QList<Document> matched;
    QList<qsizetype> matchedOther;
    for (qsizetype d = 0; d < other.documentCount(); ++d) {
        if (twinOf->at(d) >= 0) {
            matched.append(reference.documents().at(twinOf->at(d)));
            matchedOther.append(d);
        }
    }
    // The twins in the file's order spell what the file spells: projected by characters.
    QList<Document> others;
    DocumentSpans spans;
    for (const qsizetype d : std::as_const(matchedOther)) {
        others.append(other.documents().at(d));
        spans.append(otherSpans.value(d));
    }
    const auto projected = projectByCharacters(TokenGrid(matched), TokenGrid(others), spans);
    if (!projected) {
        return std::nullopt;
    }
    LayerProjector::Result result;
    result.loss = projected->loss;
    result.spans.resize(reference.documentCount());
    QSet<qsizetype> covered;
    for (qsizetype i = 0; i < matchedOther.size(); ++i) {
        const qsizetype twin = twinOf->at(matchedOther.at(i));
        result.spans[twin] = projected->spans.value(i);
        covered.insert(twin);
    }
    for (qsizetype d = 0; d < reference.documentCount(); ++d) {
        if (!covered.contains(d) && !referenceCharacters.at(d).isEmpty()) {
            result.uncoveredDocuments.insert(d);
        }
    }
    return result;
}

/* A document is the file's when at least half of its tokens found a partner that is not a guess
 * (a fuzzy pair inside an unequal gap). Any one partner is not enough: a file lacking a tweet still
 * pairs a few of its tokens ("& gt ;" opening the next one, a respelled word) by chance.
 * A document the file has save for a sentence (fewer than half of that sentence's tokens paired,
 * guesses included, so a respelt sentence still counts as there) is not the file's either: read
 * as a whole, its missing sentence would say "no entities". Each such sentence goes in \a loss. */
struct Coverage
{
    QSet<qsizetype> uncovered;
    QSet<qsizetype> partlyCovered; // a subset of uncovered
};

Coverage coverage(const TokenGrid &reference, const TokenAligner::Result &alignment, LossReport &loss)
{
    QList<qsizetype> partnered(reference.documentCount(), 0);
    QList<qsizetype> sentencePartnered(reference.sentences().size(), 0);
    for (qsizetype i = 0; i < alignment.otherToReference.size(); ++i) {
        if (const qsizetype token = alignment.otherToReference.at(i); token >= 0) {
            ++sentencePartnered[reference.sentenceOf(token)];
            partnered[reference.documentOf(token)] += alignment.fuzzy.at(i) ? 0 : 1;
        }
    }
    Coverage result;
    for (qsizetype d = 0; d < reference.documentCount(); ++d) {
        const qsizetype tokens = reference.documentFirst(d + 1) - reference.documentFirst(d);
        if (tokens > 0 && 2 * partnered.at(d) < tokens) {
            result.uncovered.insert(d);
        }
    }
    qsizetype inDocument = 0; // the sentence's index in its document
    for (qsizetype s = 0; s < reference.sentences().size(); ++s) {
        const TokenGrid::SentenceRange &range = reference.sentences().at(s);
        inDocument = s > 0 && reference.sentences().at(s - 1).document == range.document ? inDocument + 1 : 0;
        const qsizetype tokens = range.end - range.first;
        if (tokens == 0 || 2 * sentencePartnered.at(s) >= tokens
            || (result.uncovered.contains(range.document)
                && !result.partlyCovered.contains(range.document))) {
            continue;
        }
        const Document &document = reference.documents().at(range.document);
        const int start = reference.start(range.first);
        const QString text = document.text().mid(start, reference.end(range.end - 1) - start);
        loss.add({u"sentence-not-in-file"_s, document.id(), 0,
            u"sentence %1 (corpus line %2): '%3'"_s.arg(inDocument + 1)
                .arg(document.sentences().value(inDocument).sourceLine)
                .arg(text.left(60))});
        result.uncovered.insert(range.document);
        result.partlyCovered.insert(range.document);
    }
    return result;
}

} // namespace

LayerProjector::Result LayerProjector::project(
    const TokenGrid &reference, const QList<Document> &otherDocuments, const DocumentSpans &otherSpans)
{
    const TokenGrid other(otherDocuments);
    // Whole documents first: there ids can tell twins apart, which one character stream cannot.
    auto byCharacters = projectByDocuments(reference, other, otherSpans);
    if (!byCharacters) {
        byCharacters = projectByCharacters(reference, other, otherSpans);
    }
    if (byCharacters) {
        for (QList<Span> &spans : byCharacters->spans) {
            std::ranges::sort(spans);
            spans.erase(std::unique(spans.begin(), spans.end()), spans.end());
        }
        return *byCharacters;
    }
    const TokenAligner::Result alignment = TokenAligner::align(tokenTexts(reference), tokenTexts(other));
    Result result;
    result.unalignedTokens = alignment.unalignedOther;
    result.substitutedTokens = alignment.substituted;
    const Coverage covered = coverage(reference, alignment, result.loss);
    result.uncoveredDocuments = covered.uncovered;
    result.spans.resize(reference.documentCount());

    for (qsizetype d = 0; d < std::min(otherSpans.size(), other.documentCount()); ++d) {
        const Document &document = otherDocuments.at(d);
        const qsizetype docFirst = other.documentFirst(d);
        const qsizetype docEnd = other.documentFirst(d + 1);
        for (const Span &span : otherSpans.at(d)) {
            const QString detail =
                u"%1 '%2'"_s.arg(span.type, document.text().mid(span.start, span.end - span.start));
            const qsizetype first = firstTokenEndingAfter(other, docFirst, docEnd, span.start);
            qsizetype last = first;
            while (last + 1 < docEnd && other.start(last + 1) < span.end) {
                ++last;
            }
            if (first >= docEnd || other.start(first) >= span.end) {
                result.loss.add({u"no-token"_s, document.id(), 0, detail});
                continue;
            }
            const int line =
                document.sentences().value(other.sentenceOf(first) - other.sentenceOf(docFirst)).sourceLine;
            if (other.start(first) != span.start || other.end(last) != span.end) {
                result.loss.add({u"endpoint-inside-token"_s, document.id(), line, detail});
                continue;
            }
            const qsizetype refFirst = alignment.otherToReference.at(first);
            const qsizetype refLast = alignment.otherToReference.at(last);
            if (refFirst < 0 || refLast < 0) {
                result.loss.add({u"endpoint-unaligned"_s, document.id(), line, detail});
                continue;
            }
            // Exact only when the span's tokens map one to one onto consecutive reference tokens
            // of one sentence, none of them a guess inside a merged or split token.
            bool oneToOne = reference.sentenceOf(refFirst) == reference.sentenceOf(refLast);
            for (qsizetype t = first; oneToOne && t <= last; ++t) {
                oneToOne =
                    !alignment.fuzzy.at(t) && alignment.otherToReference.at(t) == refFirst + (t - first);
            }
            if (!oneToOne) {
                result.loss.add({u"tokenisation-differs"_s, document.id(), line, detail});
                continue;
            }
            const qsizetype target = reference.documentOf(refFirst);
            if (result.uncoveredDocuments.contains(target)) {
                // A few tokens paired by chance do not make the document the file's: its spans
                // would count in a document the layer says it lacks.
                result.loss.add({covered.partlyCovered.contains(target) ? u"document-partly-in-file"_s
                                                                        : u"document-not-in-file"_s,
                    document.id(), line, detail});
                continue;
            }
            result.spans[target].append(Span{reference.start(refFirst), reference.end(refLast), span.type});
        }
    }
    for (QList<Span> &spans : result.spans) {
        std::ranges::sort(spans);
        spans.erase(std::unique(spans.begin(), spans.end()), spans.end());
    }
    return result;
}

} // namespace Workbench::Core
