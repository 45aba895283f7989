// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "llm/pricetable.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QThread;

namespace Workbench::Ui {

class PilotWorker;

/*! \brief The thread a pilot's run works on, from start() to the run's stop, and the threads of
 * runs that stopped until they have ended.
 *
 * start() puts a new PilotWorker on a new thread for the caller to connect to and drive. When
 * the worker says it stopped (its project already closed), retire() lets its thread end, and the
 * worker goes with it. endAll() (and the destructor) cancels a run still going and waits for
 * every thread: no worker outlives its owner. Usage: \c{PilotWorker *worker =
 * threads->start(path, keys, prices, pollMs); connect(worker, &PilotWorker::stopped, this, [this] {
 * threads->retire(); });}
 */
class PilotThread final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PilotThread)

public:
    explicit PilotThread(QObject *parent = nullptr);
    ~PilotThread() override;

    //! A worker for the project at \a projectPath, on a thread of its own, started and idle; its
    //! calls are priced at \a prices where they name a model, else at the configuration's.
    PilotWorker *start(const QString &projectPath, QHash<QString, QString> keys,
        const Core::PriceTable &prices, int batchPollMs);
    //! The run's worker; nullptr when none runs.
    [[nodiscard]] PilotWorker *worker() const { return m_worker; }
    [[nodiscard]] bool isRunning() const { return m_thread != nullptr; }
    //! The run stopped: its thread ends (in its own time), and the worker with it.
    void retire();
    //! Cancels the run still going, then waits until every thread has ended.
    void endAll();

private:
    QThread *m_thread = nullptr;
    QPointer<PilotWorker> m_worker;
    QList<QPointer<QThread>> m_retiring; //!< of stopped runs, still ending
};

} // namespace Workbench::Ui
