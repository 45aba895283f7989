// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "annotationformat.h"

#include "../model/nametable.h"

#include <QFileInfo>

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
