// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "llm/endpoint.h"

#include <QHostAddress>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

bool Endpoint::isLoopback() const
{
    const QString host = baseUrl.host();
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

std::expected<void, QString> Endpoint::checkPolicy(const bool localOnly) const
{
    for (const QUrl &replica : replicas) {
        if (auto allowed = at(replica).checkPolicy(localOnly); !allowed) {
            return allowed;
        }
    }
    const QString scheme = baseUrl.scheme().toLower();
    if (!baseUrl.isValid() || baseUrl.host().isEmpty() || (scheme != u"http" && scheme != u"https")) {
        return std::unexpected(u"endpoint %1: expected an http or https base URL"_s.arg(id));
    }
    if (localOnly && !isLoopback()) {
        return std::unexpected(u"endpoint %1: refused: \"local only\" is on and %2 is not this machine"_s.arg(
            id, baseUrl.host()));
    }
    if (scheme == u"http" && !isLoopback() && !allowInsecureHttp) {
        return std::unexpected(
            u"endpoint %1: refused: plain http to %2 would send the key and the texts "
            u"unencrypted; use https or allow insecure http explicitly"_s.arg(id, baseUrl.host()));
    }
    return {};
}

} // namespace Workbench::Core
