// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
// brat standoff: the input up to the first NUL is doc.txt, the rest doc.ann, written into one
// directory that the reader then reads as a user's export would be.
#include "formats/bratcodec.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

using namespace Workbench::Core;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        __builtin_trap(); // the harness, not the reader, failed
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const QTemporaryDir directory;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype separator = bytes.indexOf('\0');
    writeFile(directory.filePath(QStringLiteral("doc.txt")), separator < 0 ? bytes : bytes.left(separator));
    writeFile(directory.filePath(QStringLiteral("doc.ann")),
        separator < 0 ? QByteArray() : bytes.mid(separator + 1));
    (void)BratCodec::read(directory.path());
    return 0;
}
