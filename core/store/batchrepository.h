// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "llm/llmcallrecord.h"
#include "store/batchjobrecord.h"
#include "store/projectstore.h"

#include <QList>

#include <expected>

namespace Workbench::Core {

/*! \brief The project's provider batches, and the one transaction that takes in their results.
 *
 * ingest() records every result as a call (successes cached under their request hash, failures
 * kept with the provider's message) and marks the batch ingested, all or nothing: a process
 * killed while ingesting leaves the batch to be read again, never half of it.
 * Usage: \c{BatchRepository batches(store); for (const auto &job : batches.pending()) ...}
 */
class BatchRepository
{
public:
    explicit BatchRepository(ProjectStore &store);

    [[nodiscard]] std::expected<qint64, StoreError> add(const BatchJobRecord &job);
    [[nodiscard]] std::expected<void, StoreError> update(const BatchJobRecord &job);
    [[nodiscard]] std::expected<QList<BatchJobRecord>, StoreError> list() const;
    //! Batches whose results are not in yet, oldest first.
    [[nodiscard]] std::expected<QList<BatchJobRecord>, StoreError> pending() const;
    [[nodiscard]] std::expected<void, StoreError> ingest(
        const BatchJobRecord &job, const QList<LlmCallRecord> &calls);

private:
    ProjectStore &m_store;
};

} // namespace Workbench::Core
