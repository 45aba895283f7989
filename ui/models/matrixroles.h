// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <Qt>

namespace Workbench::Ui {

//! Roles of the agreement matrix model, shared by its views.
namespace MatrixRoles {

enum Role {
    ValueRole = Qt::UserRole, //!< double: the pairwise F1 of the cell's two layers
};

} // namespace MatrixRoles

} // namespace Workbench::Ui
