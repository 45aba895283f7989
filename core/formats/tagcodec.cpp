// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "tagcodec.h"

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {

struct ParsedTag
{
    QChar prefix = u'O'; // one of O B I E S
    QStringView type;
};

ParsedTag parse(QStringView tag)
{
    if (tag.size() < 3 || tag.at(1) != u'-') {
        return {};
    }
    QChar prefix = tag.at(0);
    if (prefix == u'L') {
        prefix = u'E';
    } else if (prefix == u'U') {
        prefix = u'S';
    }
    return {prefix, tag.mid(2)};
}

// conlleval's endOfChunk, extended so that S- chunks and a B- after E- split as BIOES means.
bool endsChunk(const ParsedTag &prev, const ParsedTag &tag)
{
    const QChar p = prev.prefix;
    const QChar t = tag.prefix;
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
bool startsChunk(const ParsedTag &prev, const ParsedTag &tag)
{
    const QChar p = prev.prefix;
    const QChar t = tag.prefix;
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

} // namespace

bool TagCodec::isTag(const QStringView tag)
{
    if (tag == u"O") {
        return true;
    }
    if (tag.size() < 3 || tag.at(1) != u'-') {
        return false;
    }
    switch (tag.at(0).unicode()) {
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

QList<TokenChunk> TagCodec::decode(const QStringList &tags)
{
    QList<TokenChunk> chunks;
    ParsedTag prev;
    int chunkBegin = -1;
    for (int i = 0; i < tags.size(); ++i) {
        const ParsedTag tag = parse(tags.at(i));
        if (chunkBegin >= 0 && endsChunk(prev, tag)) {
            chunks.append(TokenChunk{chunkBegin, i, prev.type.toString()});
            chunkBegin = -1;
        }
        if (startsChunk(prev, tag)) {
            chunkBegin = i;
        }
        prev = tag;
    }
    if (chunkBegin >= 0) {
        chunks.append(TokenChunk{chunkBegin, int(tags.size()), prev.type.toString()});
    }
    return chunks;
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
        ParsedTag prev;
        for (const QString &text : tags) {
            const ParsedTag tag = parse(text);
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
