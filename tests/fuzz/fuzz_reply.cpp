// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
// An annotator reply: the first line is the sentence, the rest the model's text. Whatever the
// parser accepts, the aligner must place inside the sentence or report as unplaced.
#include "pilot/mentionaligner.h"
#include "pilot/replyparser.h"

#include <cstddef>
#include <cstdint>

using namespace Workbench::Core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = input.indexOf(u'\n');
    const QString sentence = newline < 0 ? input : input.left(newline);
    const QString reply = newline < 0 ? QString() : input.mid(newline + 1);
    static const QStringList types{QStringLiteral("person"), QStringLiteral("location"),
        QStringLiteral("corporation"), QStringLiteral("product"), QStringLiteral("creative-work"),
        QStringLiteral("group")};
    const auto parsed = ReplyParser::parse(reply, types);
    if (!parsed) {
        return 0;
    }
    const auto aligned = MentionAligner::align(sentence, parsed->mentions);
    for (const Span &span : aligned.spans) {
        if (span.start < 0 || span.end > sentence.size() || span.start >= span.end) {
            __builtin_trap();
        }
    }
    return 0;
}
