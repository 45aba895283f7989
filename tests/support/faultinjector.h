// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "protocolserver.h"

#include <QHash>
#include <QMap>

#include <functional>

namespace Workbench::Test {

/*! \brief A ProtocolServer handler that lets a seeded share of requests fail the ways real
 * endpoints fail, and answers the rest with the handler it wraps.
 *
 * Whether the n-th arrival of a given request body fails, and how, depends only on the seed, the
 * body and n: never on arrival order, so a run with concurrent calls meets the same faults each
 * time. Every fault is counted, so a test can check that each one is accounted for.
 */
class FaultInjector
{
public:
    enum class Fault {
        DroppedConnection, //!< the connection is reset before any byte
        Stall, //!< nothing is ever sent; only the client's timeout ends it
        TooManyRequests, //!< 429 with Retry-After: 0
        ServerError, //!< 500
        MalformedBody, //!< 200 whose body is not the provider's JSON
        TruncatedBody, //!< 200 cut off in the middle of the body
        GarbageContent, //!< 200, well-formed, but the model's text is not the JSON asked for
    };
    static constexpr int faultKinds = 7;

    FaultInjector(quint64 seed, double rate,
        std::function<ProtocolServer::Script(const ProtocolServer::Request &)> inner);

    [[nodiscard]] ProtocolServer::Script answer(const ProtocolServer::Request &request);
    [[nodiscard]] const QMap<Fault, int> &injected() const { return m_injected; }
    [[nodiscard]] int injectedTotal() const;
    static constexpr const char *garbage = "I'm sorry, the entities are: Dr. Smith (a person).";

private:
    quint64 m_seed;
    double m_rate;
    std::function<ProtocolServer::Script(const ProtocolServer::Request &)> m_inner;
    QHash<QByteArray, int> m_arrivals; //!< per request body
    QMap<Fault, int> m_injected;
};

} // namespace Workbench::Test
