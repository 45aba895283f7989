// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "base/tagscheme.h"
#include "base/tokenchunk.h"

#include <QByteArrayView>
#include <QList>
#include <QStringList>
#include <QStringView>

#include <span>

namespace Workbench::Core {

/*! \brief Turns tag sequences into chunks and back.
 *
 * decode() follows conlleval's chunking, so scores equal conlleval's on CoNLL input: an I-X
 * after O (or after a chunk of another type) starts a chunk; B- and S- always start one; E- and
 * S- end one. It reads IOB1, IOB2, BIOES and BILOU alike, so no scheme needs to be known first.
 * Usage: \c{TagCodec::encode(TagCodec::decode(tags), tags.size(), TagScheme::Bioes)}.
 */
class TagCodec
{
public:
    //! True for O and for B-, I-, E-, S-, L-, U- followed by a non-empty type.
    [[nodiscard]] static bool isTag(QStringView tag);
    //! The same test on UTF-8 bytes.
    [[nodiscard]] static bool isTag(QByteArrayView tag);
    //! The chunks of one sentence's tags; tags must satisfy isTag().
    [[nodiscard]] static QList<TokenChunk> decode(const QStringList &tags);

    //! A chunk whose type is a view into the UTF-8 tags it was decoded from.
    struct Utf8Chunk
    {
        int begin = 0;
        int end = 0;
        QByteArrayView type;
    };
    //! The same chunking over UTF-8 tags, for paths that never build strings; \a chunks is
    //! cleared first, so one list can serve every sentence.
    static void decode(std::span<const QByteArrayView> tags, QList<Utf8Chunk> &chunks);
    //! Tags for \a tokenCount tokens; \a chunks must be sorted and must not overlap.
    [[nodiscard]] static QStringList encode(
        const QList<TokenChunk> &chunks, int tokenCount, TagScheme scheme);
    //! The scheme a file's sentences use: BIOES when E-/S-/L-/U- occur, IOB1 when chunks start
    //! with I- and B- never starts one after O, IOB2 otherwise.
    [[nodiscard]] static TagScheme detect(const QList<QStringList> &sentences);
};

} // namespace Workbench::Core
