// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "base/tagcodec.h"

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {

// One code unit of a tag: the prefixes and '-' are ASCII in UTF-16 and UTF-8 alike.
char16_t unitAt(const QStringView tag, const qsizetype i)
{
    return tag.at(i).unicode();
}

char16_t unitAt(const QByteArrayView tag, const qsizetype i)
{
    return char16_t(uchar(tag.at(i)));
}

template<typename View>
struct ParsedTag
{
    char16_t prefix = u'O'; // one of O B I E S
    View type;
};

template<typename View>
ParsedTag<View> parse(const View tag)
{
    if (tag.size() < 3 || unitAt(tag, 1) != u'-') {
        return {};
    }
    char16_t prefix = unitAt(tag, 0);
    if (prefix == u'L') {
        prefix = u'E';
    } else if (prefix == u'U') {
        prefix = u'S';
    }
    return {prefix, tag.sliced(2)};
}

// conlleval's endOfChunk, extended so that S- chunks and a B- after E- split as BIOES means.
template<typename View>
bool endsChunk(const ParsedTag<View> &prev, const ParsedTag<View> &tag)
{
    const char16_t p = prev.prefix;
    const char16_t t = tag.prefix;
    if (p == u'O') {
        return false;
    }
    if (p == u'E' || p == u'S') {
        return true;
    }
    if (t == u'B' || t == u'S' || t == u'O') {
        return true;
    }
    return prev.type != tag.type;
}

// conlleval's startOfChunk with the same extension.
template<typename View>
bool startsChunk(const ParsedTag<View> &prev, const ParsedTag<View> &tag)
{
    const char16_t p = prev.prefix;
    const char16_t t = tag.prefix;
    if (t == u'O') {
        return false;
    }
    if (t == u'B' || t == u'S') {
        return true;
    }
    if (p == u'O' || p == u'E' || p == u'S') {
        return true;
    }
    return prev.type != tag.type;
}

// The one chunking both decode() overloads run: onChunk(begin, end, type) per chunk, in order.
template<typename View, typename Tags, typename OnChunk>
void decodeWith(const Tags &tags, OnChunk onChunk)
{
    ParsedTag<View> prev;
    int chunkBegin = -1;
    const int count = int(std::size(tags));
    for (int i = 0; i < count; ++i) {
        const ParsedTag<View> tag = parse(View(tags[i]));
        if (chunkBegin >= 0 && endsChunk(prev, tag)) {
            onChunk(chunkBegin, i, prev.type);
            chunkBegin = -1;
        }
        if (startsChunk(prev, tag)) {
            chunkBegin = i;
        }
        prev = tag;
    }
    if (chunkBegin >= 0) {
        onChunk(chunkBegin, count, prev.type);
    }
}

template<typename View>
bool isTagText(const View tag)
{
    if (tag.size() == 1 && unitAt(tag, 0) == u'O') {
        return true;
    }
    if (tag.size() < 3 || unitAt(tag, 1) != u'-') {
        return false;
    }
    switch (unitAt(tag, 0)) {
    case u'B':
    case u'I':
    case u'E':
    case u'S':
    case u'L':
    case u'U':
        return true;
    default:
        return false;
    }
}

} // namespace

bool TagCodec::isTag(const QStringView tag)
{
    return isTagText(tag);
}

bool TagCodec::isTag(const QByteArrayView tag)
{
    return isTagText(tag);
}

QList<TokenChunk> TagCodec::decode(const QStringList &tags)
{
    QList<TokenChunk> chunks;
    decodeWith<QStringView>(tags, [&chunks](const int begin, const int end, const QStringView type) {
        chunks.append(TokenChunk{begin, end, type.toString()});
    });
    return chunks;
}

void TagCodec::decode(const std::span<const QByteArrayView> tags, QList<Utf8Chunk> &chunks)
{
    chunks.clear();
    decodeWith<QByteArrayView>(tags, [&chunks](const int begin, const int end, const QByteArrayView type) {
        chunks.append(Utf8Chunk{begin, end, type});
    });
}

QStringList TagCodec::encode(const QList<TokenChunk> &chunks, const int tokenCount, const TagScheme scheme)
{
    QStringList tags(tokenCount, u"O"_s);
    int previousEnd = -1;
    QString previousType;
    for (const TokenChunk &chunk : chunks) {
        const int begin = qBound(0, chunk.begin, tokenCount);
        const int end = qBound(begin, chunk.end, tokenCount);
        if (begin == end) {
            continue;
        }
        for (int i = begin; i < end; ++i) {
            tags[i] = u"I-"_s + chunk.type;
        }
        switch (scheme) {
        case TagScheme::Iob2:
            tags[begin] = u"B-"_s + chunk.type;
            break;
        case TagScheme::Iob1:
            if (previousEnd == begin && previousType == chunk.type) {
                tags[begin] = u"B-"_s + chunk.type;
            }
            break;
        case TagScheme::Bioes:
            if (end - begin == 1) {
                tags[begin] = u"S-"_s + chunk.type;
            } else {
                tags[begin] = u"B-"_s + chunk.type;
                tags[end - 1] = u"E-"_s + chunk.type;
            }
            break;
        }
        previousEnd = end;
        previousType = chunk.type;
    }
    return tags;
}

TagScheme TagCodec::detect(const QList<QStringList> &sentences)
{
    bool chunkStartsWithI = false;
    bool chunkStartsWithBAfterNonChunk = false;
    for (const QStringList &tags : sentences) {
        ParsedTag<QStringView> prev;
        for (const QString &text : tags) {
            const ParsedTag<QStringView> tag = parse(QStringView(text));
            if (tag.prefix == u'E' || tag.prefix == u'S') {
                return TagScheme::Bioes;
            }
            const bool continuesSameType = prev.prefix != u'O' && prev.type == tag.type;
            if (tag.prefix == u'I' && !continuesSameType) {
                chunkStartsWithI = true;
            } else if (tag.prefix == u'B' && !continuesSameType) {
                chunkStartsWithBAfterNonChunk = true;
            }
            prev = tag;
        }
    }
    return chunkStartsWithI && !chunkStartsWithBAfterNonChunk ? TagScheme::Iob1 : TagScheme::Iob2;
}

} // namespace Workbench::Core
