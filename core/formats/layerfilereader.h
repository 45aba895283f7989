// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "formats/annotationformat.h"
#include "formats/conllreader.h"
#include "formats/layerfile.h"

#include <expected>

namespace Workbench::Core {

/*! \brief Reads an annotation file of any supported format into a LayerFile.
 *
 * Usage: \c{auto file = LayerFileReader::read(path, AnnotationFormat::Doccano, {});}
 */
class LayerFileReader
{
public:
    [[nodiscard]] static std::expected<LayerFile, ParseError> read(
        const QString &path, AnnotationFormat format, const ConllReader::Options &conllOptions);
};

} // namespace Workbench::Core
