// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "llm/callresult.h"

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

QString CallResult::failureText() const
{
    if (isOk()) {
        return {};
    }
    if (!errorString.isEmpty()) {
        return errorString;
    }
    switch (status) {
    case Status::HttpError:
        return u"HTTP status %1"_s.arg(httpStatus);
    case Status::Timeout:
        return u"timed out"_s;
    case Status::TooLarge:
        return u"the reply was too large"_s;
    case Status::BadReply:
        return u"the reply is not the provider's JSON"_s;
    case Status::Cancelled:
        return u"cancelled"_s;
    case Status::Refused:
        return u"not sent"_s;
    case Status::Ok:
    case Status::NetworkError:
        break;
    }
    return u"the connection failed"_s;
}

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
