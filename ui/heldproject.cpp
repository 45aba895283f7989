// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "heldproject.h"

#include "store/projectstore.h"

#include <QThread>

#include <utility>

namespace Workbench::Ui {

HeldProject::HeldProject() = default;

HeldProject::HeldProject(std::unique_ptr<Core::ProjectStore> store, QThread *thread)
    : m_store(std::move(store))
    , m_thread(thread)
{
}

HeldProject::HeldProject(HeldProject &&other) noexcept
    : m_store(std::move(other.m_store))
    , m_thread(std::exchange(other.m_thread, nullptr))
{
}

HeldProject &HeldProject::operator=(HeldProject &&other) noexcept
{
    if (this != &other) {
        close();
        m_store = std::move(other.m_store);
        m_thread = std::exchange(other.m_thread, nullptr);
    }
    return *this;
}

HeldProject::~HeldProject()
{
    close();
}

Core::ProjectStore &HeldProject::store() const
{
    Q_ASSERT(m_store);
    return *m_store;
}

void HeldProject::close()
{
    // SQLite connections belong to the thread that opened them (Qt SQL's rule).
    Q_ASSERT_X(!m_store || QThread::currentThread() == m_thread, "HeldProject::close",
        "a held project is closed on the thread that opened it");
    m_store.reset();
    m_thread = nullptr;
}

} // namespace Workbench::Ui
