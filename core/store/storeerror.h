// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QString>

namespace Workbench::Core {

/*! \brief Why a project file could not be opened, read or written.
 *
 * \c message is complete and names the file; it never holds a credential.
 */
struct StoreError
{
    enum class Code {
        Io, //!< the location cannot be read or written
        Exists, //!< creating over an existing file without leave to replace it
        NotAProject, //!< the file is not a DiZiNER project
        NewerVersion, //!< written by a newer workbench; left untouched
        Locked, //!< another process has the project open for writing
        Corrupt, //!< truncated or damaged
        DiskFull, //!< the disk (or the file's size limit) is full; nothing was half-written
        ReadOnly, //!< a write was asked of a project opened read-only
        Invalid, //!< the request does not fit the project (unknown layer, corpus missing, ...)
        Cancelled, //!< the caller stopped it; nothing was written
    };

    Code code = Code::Io;
    QString message;
};

} // namespace Workbench::Core
