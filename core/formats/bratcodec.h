// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "base/parseerror.h"
#include "formats/layerfile.h"

#include <QString>

#include <expected>

namespace Workbench::Core {

/*! \brief brat standoff: a directory of \c name.txt and \c name.ann pairs, code-point offsets.
 *
 * Reads text-bound annotations (\c{T1<TAB>TYPE START END<TAB>surface}) and checks each surface
 * against the text; discontinuous spans (\c{0 5;9 14}) are listed in the loss report, other
 * annotation kinds (relations, events, attributes, notes) counted in a warning. Only the files
 * directly in the directory are read: no path in any file is ever followed.
 * Writes one pair per document, the names made safe and unique, and an annotation.conf.
 */
class BratCodec
{
public:
    [[nodiscard]] static std::expected<LayerFile, ParseError> read(const QString &directory);
    //! Writes into \a directory (created when missing); an error names what could not be written.
    [[nodiscard]] static std::expected<void, ParseError> write(
        const QString &directory, const QList<Document> &documents, const DocumentSpans &spans);
};

} // namespace Workbench::Core
