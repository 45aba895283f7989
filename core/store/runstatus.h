// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QString>

namespace Workbench::Core {

//! Where a project's pilot run stands, as its row in the project says.
enum class RunStatus {
    Running, //!< rounds may follow (or a decision, or a resume)
    Finished, //!< it ended; its final labelling came (or was skipped) with it
};

//! The name kept in the project ("running", "finished").
[[nodiscard]] QString runStatusName(RunStatus status);
//! The status a project names; anything unknown reads as running (rounds may still be added).
[[nodiscard]] RunStatus runStatusFromName(const QString &name);

} // namespace Workbench::Core
