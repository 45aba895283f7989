// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "formats/utf8decoder.h"

#include <QStringDecoder>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

std::expected<QString, ParseError> Utf8Decoder::decode(const QByteArray &bytes, const QString &fileName)
{
    // Stateless: a sequence cut off at the end of the file is invalid, not state kept for more.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (!decoder.hasError()) {
        return text;
    }
    // Only on failure: find the line holding the invalid bytes so the user can fix it.
    int lineNumber = 1;
    qsizetype from = 0;
    while (from <= bytes.size()) {
        qsizetype to = bytes.indexOf('\n', from);
        if (to < 0) {
            to = bytes.size();
        }
        QStringDecoder lineDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        // decode() is lazy: converting to QString is what runs it.
        const QString decodedLine = lineDecoder.decode(QByteArrayView(bytes).sliced(from, to - from));
        Q_UNUSED(decodedLine);
        if (lineDecoder.hasError()) {
            break;
        }
        ++lineNumber;
        from = to + 1;
    }
    return std::unexpected(ParseError{fileName, lineNumber, u"expected UTF-8 text, found invalid bytes"_s});
}

QString Utf8Decoder::verbatim(const QByteArrayView utf8)
{
    QStringDecoder decoder(
        QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(utf8);
}

} // namespace Workbench::Core
