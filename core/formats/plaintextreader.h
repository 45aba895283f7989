// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "base/parseerror.h"
#include "model/document.h"

#include <QByteArray>
#include <QString>

#include <expected>

namespace Workbench::Core {

/*! \brief Reads a plain UTF-8 text file as one document.
 *
 * Sentences and words come from QTextBoundaryFinder (Unicode UAX #29); every word segment that
 * is not whitespace becomes a token, so punctuation is a token of its own. Line ends are
 * normalised to LF; offsets are UTF-16 code units into the normalised text.
 */
class PlainTextReader
{
public:
    [[nodiscard]] static std::expected<Document, ParseError> read(
        const QByteArray &bytes, const QString &fileName);
    [[nodiscard]] static std::expected<Document, ParseError> readFile(const QString &path);
};

} // namespace Workbench::Core
