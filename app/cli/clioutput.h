// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QJsonObject>
#include <QString>

namespace Workbench::Core {
class LossReport;
struct StoreError;
} // namespace Workbench::Core

namespace Workbench::Cli {

//! Exit codes every verb shares (DEVELOPERS.md).
enum ExitCode : int {
    ExitSuccess = 0,
    ExitFailure = 1, //!< bad input or failed work
    ExitUsage = 2, //!< bad usage
    ExitAwaitingHuman = 3,
    ExitLocked = 4, //!< project locked or from a newer version
};

enum class OutputFormat { Text, Json };

/*! \brief Where a verb writes: stdout for results (text, or exactly one JSON object), stderr for
 * errors and warnings. Messages are never translated.
 */
class CliOutput
{
public:
    static void text(const QString &text);
    static void json(const QJsonObject &object);
    //! A complete "FILE:LINE: error: ..." or "FILE:LINE: warning: ..." line.
    static void diagnostic(const QString &line);
    //! A project error as "FILE:1: error: ..." (its message begins with the file); returns
    //! ExitLocked for a project in use or from a newer version, ExitFailure otherwise.
    static int storeFailure(const Core::StoreError &error);
    //! One "FILE:LINE: warning:" line per span \a loss lists, at most \a limit of them (then how
    //! many more); entries without a line point at line 1 of \a file.
    static void lossWarnings(const QString &file, const Core::LossReport &loss, qsizetype limit = -1);
    //! A usage error of the verb; returns ExitUsage.
    static int usageError(const QString &verb, const QString &message);
};

} // namespace Workbench::Cli
