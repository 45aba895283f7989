// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "annotationformat.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

QString annotationFormatName(const AnnotationFormat format)
{
    switch (format) {
    case AnnotationFormat::Conll:
        return u"conll"_s;
    case AnnotationFormat::Doccano:
        return u"doccano"_s;
    case AnnotationFormat::Prodigy:
        return u"prodigy"_s;
    case AnnotationFormat::Brat:
        return u"brat"_s;
    }
    return {};
}

std::optional<AnnotationFormat> annotationFormatFromName(const QString &name)
{
    for (const AnnotationFormat format : {AnnotationFormat::Conll, AnnotationFormat::Doccano,
             AnnotationFormat::Prodigy, AnnotationFormat::Brat}) {
        if (name.compare(annotationFormatName(format), Qt::CaseInsensitive) == 0) {
            return format;
        }
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
        return std::nullopt;
    }
    return AnnotationFormat::Conll;
}

} // namespace Workbench::Core
