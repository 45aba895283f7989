// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "llm/chatrequest.h"
#include "llm/endpoint.h"

#include <QString>

namespace Workbench::Core {

//! One chat call as the scheduler queues it.
struct ChatJob
{
    enum class Priority { Supervisor = 0, Interactive = 1, Bulk = 2 };

    Endpoint endpoint;
    ChatRequest request;
    QString key; //!< from the keychain or the environment; never stored
    Priority priority = Priority::Bulk;
    QString run; //!< a tag to cancel a whole run by
    QString annotator; //!< for the call log
    QString document; //!< the id of the document the call is about, for the call log; empty: none
    bool useCache = true;
};

} // namespace Workbench::Core
