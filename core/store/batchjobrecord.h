// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Workbench::Core {

/*! \brief One provider batch as the project keeps it, so its polling resumes on the next open.
 *
 * Its requests are named by their custom ids, which are the request hashes of the response
 * cache: a result goes into the cache under its id, and a request already cached is never sent
 * again. No key is kept here; \c endpoint is the configuration's endpoint id.
 */
struct BatchJobRecord
{
    qint64 id = 0;
    QDateTime created;
    QDateTime updated;
    QString endpoint; //!< the endpoint id in the pilot configuration
    QString api; //!< "openai" or "anthropic"
    QString purpose; //!< what the results are for, e.g. "label gamma, guideline v3"
    QString remoteId; //!< the provider's batch id; empty until the batch exists
    QString inputFileId; //!< OpenAI: the uploaded input file
    QString state; //!< "preparing" before the provider has it, then BatchCodec::stateName()
    qint64 requestCount = 0;
    qint64 succeeded = 0;
    qint64 failed = 0;
    QString message;
    QStringList customIds;
    QString outputFileId;
    QString errorFileId;
    QString resultsUrl;
    bool ingested = false; //!< its results are in the call log and the response cache
};

} // namespace Workbench::Core
