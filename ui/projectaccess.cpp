// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "projectaccess.h"

#include <QThread>

namespace Workbench::Ui {

ProjectAccess::ProjectAccess(QObject *parent)
    : QObject(parent)
{
    m_pool.setObjectName(QStringLiteral("project"));
}

ProjectAccess::~ProjectAccess()
{
    waitForDone();
}

void ProjectAccess::waitForDone()
{
    if (isBusy()) {
        Q_EMIT waiting();
    }
    m_pool.waitForDone();
}

ProjectAccess::Outcome<HeldProject> ProjectAccess::hold(const QString &path, const Mode mode)
{
    auto store = open(path, mode);
    if (!store) {
        return std::unexpected(store.error());
    }
    return HeldProject(std::move(*store), QThread::currentThread());
}

ProjectAccess::Outcome<std::unique_ptr<Core::ProjectStore>> ProjectAccess::open(
    const QString &path, const Mode mode)
{
    using Core::ProjectStore;
    auto store = mode == Mode::Write
        ? ProjectStore::open(path, ProjectStore::Access::ReadWrite)
        : ProjectStore::open(path, ProjectStore::Access::ReadOnly,
            mode == Mode::Glance ? ProjectStore::Check::HeaderOnly : ProjectStore::Check::Integrity);
    if (!store) {
        return std::unexpected(store.error().message);
    }
    return std::move(*store);
}

} // namespace Workbench::Ui
