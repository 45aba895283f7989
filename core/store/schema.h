// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <expected>

namespace Workbench::Core {

/*! \brief The project file's SQL schema and its forward migrations.
 *
 * Version N of the schema is migration 1..N applied in order; user_version records N and
 * application_id marks the file as a DiZiNER project. A file of a higher version is never
 * touched. Every migration runs in the caller's transaction. A file from before 8 crossing 10 gets
 * its layers' coverage derived where the project recorded it (LegacyCoverage).
 */
class Schema
{
public:
    static constexpr int currentVersion = 12;
    static constexpr int applicationId = 0x445A4E52; // "DZNR"

    //! Applies migrations \a from + 1 .. \a to; the message names the failing statement.
    [[nodiscard]] static std::expected<void, QString> migrate(
        QSqlDatabase &database, int from, int to = currentVersion);
};

} // namespace Workbench::Core
