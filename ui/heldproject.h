// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <memory>

class QThread;

namespace Workbench::Core {
class ProjectStore;
}

namespace Workbench::Ui {

class ProjectAccess;

/*! \brief A project held open by one piece of long work on its own thread (the pilot's run,
 * which writes as it goes), from ProjectAccess::hold().
 *
 * The owner of its SQLite connection: opened on the thread that called hold(), closed on that
 * same thread by close() or by the destructor. Work that reports its end closes the project
 * first, so that whoever hears of the end finds the project unlocked and no connection left.
 * Usage: \c{auto held = ProjectAccess::hold(path, ProjectAccess::Mode::Write); ...;
 * Core::PilotRepository repository(held->store()); ...; held->close(); Q_EMIT stopped();}
 */
class HeldProject final
{
public:
    //! Holds nothing.
    HeldProject();
    HeldProject(HeldProject &&other) noexcept;
    HeldProject &operator=(HeldProject &&other) noexcept;
    HeldProject(const HeldProject &) = delete;
    HeldProject &operator=(const HeldProject &) = delete;
    //! Closes the project: must run on the thread that opened it.
    ~HeldProject();

    [[nodiscard]] bool isOpen() const { return m_store != nullptr; }
    //! The open project; only while isOpen().
    [[nodiscard]] Core::ProjectStore &store() const;
    //! Closes the connection and releases the project's lock; nothing when already closed.
    void close();

private:
    friend class ProjectAccess;
    HeldProject(std::unique_ptr<Core::ProjectStore> store, QThread *thread);

    std::unique_ptr<Core::ProjectStore> m_store;
    QThread *m_thread = nullptr; //!< where the connection was opened, and must be closed
};

} // namespace Workbench::Ui
