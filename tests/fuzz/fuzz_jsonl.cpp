// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
// doccano and Prodigy JSONL: one input through both readers.
#include "formats/doccanocodec.h"
#include "formats/prodigycodec.h"

#include <cstddef>
#include <cstdint>

using namespace Workbench::Core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)DoccanoCodec::read(bytes, QStringLiteral("fuzz.jsonl"));
    (void)ProdigyCodec::read(bytes, QStringLiteral("fuzz.jsonl"));
    return 0;
}
