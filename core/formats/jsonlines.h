// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "base/parseerror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <expected>

namespace Workbench::Core {

/*! \brief JSON Lines: one JSON object per non-blank line; any other line is an error naming it.
 */
class JsonLines
{
public:
    struct Line
    {
        int number = 0;
        QJsonObject object;
    };

    [[nodiscard]] static std::expected<QList<Line>, ParseError> parse(
        const QByteArray &bytes, const QString &fileName);
    //! One object per line, compact, LF-terminated.
    [[nodiscard]] static QByteArray write(const QList<QJsonObject> &objects);
};

} // namespace Workbench::Core
