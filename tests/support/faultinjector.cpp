// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "faultinjector.h"

#include <QCryptographicHash>
#include <QtEndian>

#include <numeric>

namespace Workbench::Test {

FaultInjector::FaultInjector(const quint64 seed, const double rate,
    std::function<ProtocolServer::Script(const ProtocolServer::Request &)> inner)
    : m_seed(seed)
    , m_rate(rate)
    , m_inner(std::move(inner))
{
}

int FaultInjector::injectedTotal() const
{
    return std::accumulate(m_injected.cbegin(), m_injected.cend(), 0);
}

ProtocolServer::Script FaultInjector::answer(const ProtocolServer::Request &request)
{
    ProtocolServer::Script script = m_inner(request);
    const int arrival = m_arrivals[request.body]++;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QByteArray prefix = QByteArray::number(m_seed) + '\n' + QByteArray::number(arrival) + '\n';
    hash.addData(prefix);
    hash.addData(request.body);
    const QByteArray digest = hash.result();
    const double draw = double(qFromBigEndian<quint32>(digest.constData())) / 4294967296.0;
    if (draw >= m_rate) {
        return script;
    }
    const auto fault = Fault(quint8(digest.at(4)) % faultKinds);
    ++m_injected[fault];
    using Behaviour = ProtocolServer::Script::Behaviour;
    switch (fault) {
    case Fault::DroppedConnection:
        script.behaviour = Behaviour::Reset;
        break;
    case Fault::Stall:
        script.behaviour = Behaviour::Hang;
        break;
    case Fault::TooManyRequests:
        script.status = 429;
        script.retryAfterSeconds = 0;
        break;
    case Fault::ServerError:
        script.status = 500;
        break;
    case Fault::MalformedBody:
        script.behaviour = Behaviour::Malformed;
        break;
    case Fault::TruncatedBody:
        script.behaviour = Behaviour::Truncate;
        break;
    case Fault::GarbageContent:
        script.content = QString::fromLatin1(garbage);
        break;
    }
    return script;
}

} // namespace Workbench::Test
