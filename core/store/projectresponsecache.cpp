// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "store/projectresponsecache.h"

namespace Workbench::Core {

ProjectResponseCache::ProjectResponseCache(ProjectStore &store)
    : m_calls(store)
{
}

std::optional<QByteArray> ProjectResponseCache::lookup(const QString &requestHash) const
{
    return m_calls.cachedResponse(requestHash);
}

void ProjectResponseCache::store(const QString & /*requestHash*/, const QByteArray & /*body*/)
{
    // Written with the call record (CallLogRepository::record), in the same transaction.
}

void ProjectResponseCache::forget(const QString &requestHash)
{
    // The call record stays (it was paid for); only its reply is no longer served.
    (void)m_calls.forgetResponse(requestHash);
}

} // namespace Workbench::Core
