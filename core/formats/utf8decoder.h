// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "base/parseerror.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <expected>

namespace Workbench::Core {

/*! \brief Strict UTF-8 decoding for every reader of outside files.
 *
 * Returns the text (a leading BOM dropped) or an error naming the first line with invalid bytes.
 */
class Utf8Decoder
{
public:
    [[nodiscard]] static std::expected<QString, ParseError> decode(
        const QByteArray &bytes, const QString &fileName);
    //! A piece of text already checked, as it is: a U+FEFF at its start is kept (QString::fromUtf8
    //! drops it, which would make a field read from bytes differ from the same field in decoded text).
    [[nodiscard]] static QString verbatim(QByteArrayView utf8);
};

} // namespace Workbench::Core
