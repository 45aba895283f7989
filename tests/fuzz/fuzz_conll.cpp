// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
// CoNLL columns: any bytes either parse or give a located error, never a crash.
#include "formats/conllreader.h"

#include <cstddef>
#include <cstdint>

using namespace Workbench::Core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto parsed = ConllReader::read(bytes, QStringLiteral("fuzz.conll"), {});
    if (!parsed && parsed.error().line < 0) {
        __builtin_trap(); // an error must name a line (1-based) or the whole file (0)
    }
    return 0;
}
