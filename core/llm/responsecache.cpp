// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "llm/responsecache.h"

namespace Workbench::Core {

std::optional<QByteArray> MemoryResponseCache::lookup(const QString &requestHash) const
{
    const auto it = m_bodies.constFind(requestHash);
    return it == m_bodies.cend() ? std::nullopt : std::optional<QByteArray>(*it);
}

void MemoryResponseCache::store(const QString &requestHash, const QByteArray &body)
{
    m_bodies.insert(requestHash, body);
}

void MemoryResponseCache::forget(const QString &requestHash)
{
    m_bodies.remove(requestHash);
}

} // namespace Workbench::Core
