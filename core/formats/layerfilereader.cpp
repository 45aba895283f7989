// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "formats/layerfilereader.h"

#include "formats/bratcodec.h"
#include "formats/doccanocodec.h"
#include "formats/prodigycodec.h"

#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

std::expected<LayerFile, ParseError> LayerFileReader::read(
    const QString &path, const AnnotationFormat format, const ConllReader::Options &conllOptions)
{
    if (format == AnnotationFormat::Brat) {
        return BratCodec::read(path);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::unexpected(ParseError{path, 0, u"cannot open the file: %1"_s.arg(file.errorString())});
    }
    const QByteArray bytes = file.readAll();
    switch (format) {
    case AnnotationFormat::Doccano:
        return DoccanoCodec::read(bytes, path);
    case AnnotationFormat::Prodigy:
        return ProdigyCodec::read(bytes, path);
    case AnnotationFormat::Conll:
    case AnnotationFormat::Brat:
        break;
    }
    auto data = ConllReader::read(bytes, path, conllOptions);
    if (!data) {
        return std::unexpected(data.error());
    }
    return LayerFile{.documents = data->documents,
        .spans = data->spans,
        .warnings = data->warnings,
        .loss = {},
        .tagScheme = tagSchemeName(data->scheme)};
}

} // namespace Workbench::Core
