// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "llm/responsecache.h"
#include "store/calllogrepository.h"

namespace Workbench::Core {

/*! \brief The response cache in the project file: a resumed or repeated run never pays twice.
 *
 * Lookups read the project's cache; entries are written together with their call record by
 * CallLogRepository::record(), in one transaction, so store() has nothing left to do.
 */
class ProjectResponseCache final : public ResponseCache
{
public:
    explicit ProjectResponseCache(ProjectStore &store);
    [[nodiscard]] std::optional<QByteArray> lookup(const QString &requestHash) const override;
    void store(const QString &requestHash, const QByteArray &body) override;
    void forget(const QString &requestHash) override;

private:
    CallLogRepository m_calls;
};

} // namespace Workbench::Core
