// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "formats/annotationformat.h"

#include "model/nametable.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {
constexpr NameTable<AnnotationFormat, 4> names{
    {{{AnnotationFormat::Conll, "conll"}, {AnnotationFormat::Doccano, "doccano"},
        {AnnotationFormat::Prodigy, "prodigy"}, {AnnotationFormat::Brat, "brat"}}}};
} // namespace

QString annotationFormatName(const AnnotationFormat format)
{
    return names.name(format);
}

std::optional<AnnotationFormat> annotationFormatFromName(const QString &name)
{
    return names.value(name);
}

std::optional<AnnotationFormat> jsonLinesFormat(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    // The first record decides; lines are short in both formats, so a bounded read suffices.
    constexpr qint64 longestLine = 16 * 1024 * 1024;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine(longestLine).trimmed();
        if (line.isEmpty()) {
            continue;
        }
        const QJsonObject record = QJsonDocument::fromJson(line).object();
        if (record.contains(u"tokens"_s) || record.contains(u"spans"_s) || record.contains(u"answer"_s)) {
            return AnnotationFormat::Prodigy;
        }
        if (record.contains(u"text"_s)) {
            return AnnotationFormat::Doccano; // labels, or none: plain text reads the same either way
        }
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<AnnotationFormat> annotationFormatForPath(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir() || path.endsWith(u'/')) {
        return AnnotationFormat::Brat;
    }
    const QString suffix = info.suffix().toLower();
    if (suffix == u"jsonl" || suffix == u"json" || suffix == u"ndjson") {
        return jsonLinesFormat(path);
    }
    return AnnotationFormat::Conll;
}

} // namespace Workbench::Core
