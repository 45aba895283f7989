// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "formats/jsonlines.h"

#include "formats/utf8decoder.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

std::expected<QList<JsonLines::Line>, ParseError> JsonLines::parse(
    const QByteArray &bytes, const QString &fileName)
{
    auto text = Utf8Decoder::decode(bytes, fileName); // checks the encoding and names the bad line
    if (!text) {
        return std::unexpected(text.error());
    }
    QList<Line> lines;
    int number = 0;
    qsizetype from = 0;
    while (from < bytes.size()) {
        qsizetype to = bytes.indexOf('\n', from);
        if (to < 0) {
            to = bytes.size();
        }
        ++number;
        const QByteArray line = bytes.mid(from, to - from).trimmed();
        from = to + 1;
        if (line.isEmpty()) {
            continue;
        }
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError) {
            return std::unexpected(ParseError{fileName, number,
                u"expected a JSON object, found invalid JSON (%1 at column %2)"_s.arg(error.errorString())
                    .arg(error.offset + 1)});
        }
        if (!document.isObject()) {
            return std::unexpected(ParseError{fileName, number, u"expected a JSON object on each line"_s});
        }
        lines.append(Line{number, document.object()});
    }
    if (lines.isEmpty()) {
        return std::unexpected(ParseError{fileName, 0, u"expected JSON objects, one per line, found none"_s});
    }
    return lines;
}

QByteArray JsonLines::write(const QList<QJsonObject> &objects)
{
    QByteArray bytes;
    for (const QJsonObject &object : objects) {
        bytes += QJsonDocument(object).toJson(QJsonDocument::Compact);
        bytes += '\n';
    }
    return bytes;
}

} // namespace Workbench::Core
