// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace Workbench::Core {

/*! \brief Where the scheduler looks up replies it has paid for before, by request hash.
 *
 * The project's cache lives in its file (CallLogRepository writes it with each call); this
 * in-memory one serves a CLI call or a test. Usage: \c{scheduler.setCache(&cache);}
 */
class ResponseCache
{
public:
    virtual ~ResponseCache() = default;
    [[nodiscard]] virtual std::optional<QByteArray> lookup(const QString &requestHash) const = 0;
    virtual void store(const QString &requestHash, const QByteArray &body) = 0;
    //! A reply its caller could not use (unreadable, cut off, of the wrong shape): a later run
    //! asks again instead of reading the same reply back forever.
    virtual void forget(const QString &requestHash) = 0;
};

//! A ResponseCache in memory, for one process.
class MemoryResponseCache final : public ResponseCache
{
public:
    [[nodiscard]] std::optional<QByteArray> lookup(const QString &requestHash) const override;
    void store(const QString &requestHash, const QByteArray &body) override;
    void forget(const QString &requestHash) override;
    [[nodiscard]] qsizetype size() const { return m_bodies.size(); }

private:
    QHash<QString, QByteArray> m_bodies;
};

} // namespace Workbench::Core
