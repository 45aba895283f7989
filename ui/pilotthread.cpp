// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "pilotthread.h"

#include "pilotworker.h"

#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

PilotThread::PilotThread(QObject *parent)
    : QObject(parent)
{
}

PilotThread::~PilotThread()
{
    endAll();
}

PilotWorker *PilotThread::start(const QString &projectPath, QHash<QString, QString> keys,
    const Core::PriceTable &prices, const int batchPollMs)
{
    Q_ASSERT(!isRunning());
    m_thread = new QThread(this);
    m_thread->setObjectName(u"pilot"_s);
    auto *worker = new PilotWorker(projectPath, std::move(keys), batchPollMs);
    worker->setPriceOverrides(prices); // before it moves: the thread reads it from then on
    worker->moveToThread(m_thread);
    // Deleted on its own thread as that ends: whatever the run still held is let go there.
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_worker = worker;
    m_thread->start();
    return worker;
}

void PilotThread::retire()
{
    if (!m_thread) {
        return;
    }
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->quit();
    m_retiring.removeIf([](const QPointer<QThread> &thread) { return !thread; });
    m_retiring.append(m_thread);
    m_thread = nullptr;
    m_worker.clear();
}

void PilotThread::endAll()
{
    if (m_thread) {
        if (m_worker) {
            QMetaObject::invokeMethod(m_worker, &PilotWorker::cancel, Qt::BlockingQueuedConnection);
        }
        m_thread->quit();
        m_thread->wait();
        m_thread = nullptr;
        m_worker.clear();
    }
    for (const QPointer<QThread> &thread : std::as_const(m_retiring)) {
        if (thread) {
            thread->wait();
        }
    }
    m_retiring.clear();
}

} // namespace Workbench::Ui
