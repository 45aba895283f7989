// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

namespace Workbench::Core {

class ProjectStore;

/*! \brief One SQLite transaction on a project: rolled back on destruction unless committed.
 *
 * Nestable: an inner Transaction joins the outer one, and a failed inner one makes the outer
 * roll back, so several repository writes can form one atomic user action.
 * Usage: \c{Transaction t(store); write...; if (!t.commit()) ...}
 */
class Transaction
{
public:
    explicit Transaction(ProjectStore &store);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    [[nodiscard]] bool isOpen() const { return m_open; }
    //! Commits (the outermost) or hands over to the outer transaction; false when it failed.
    [[nodiscard]] bool commit();

private:
    ProjectStore &m_store;
    bool m_open = false;
    bool m_outermost = false;
};

} // namespace Workbench::Core
