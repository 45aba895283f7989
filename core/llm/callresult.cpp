// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "llm/callresult.h"

namespace Workbench::Core {

bool CallResult::isRetryable() const
{
    switch (status) {
    case Status::HttpError:
        return httpStatus == 408 || httpStatus == 429 || httpStatus >= 500;
    case Status::Timeout:
    case Status::NetworkError:
    case Status::BadReply:
        return true;
    case Status::Ok:
    case Status::TooLarge:
    case Status::Cancelled:
    case Status::Refused:
        return false;
    }
    return false;
}

} // namespace Workbench::Core
