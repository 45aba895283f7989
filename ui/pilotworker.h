// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "pilot/pilotsession.h"
#include "store/llmcallrecord.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <memory>

namespace Workbench::Core {
class PilotRun;
class ProjectStore;
} // namespace Workbench::Core

namespace Workbench::Ui {

/*! \brief Continues a project's pilot on a worker thread, so that no database write or analysis
 * ever runs on the UI thread; everything it reports arrives through queued signals.
 *
 * Lives in its own QThread (moveToThread); continuePilot() opens the project for writing (its
 * lock keeps other writers out while it runs), resumes the pilot where the project left it and
 * runs it to its next stop. cancel() stops the calls in flight; the project keeps everything.
 */
class PilotWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PilotWorker)

public:
    PilotWorker(QString projectPath, QHash<QString, QString> keys);
    ~PilotWorker() override;

public Q_SLOTS:
    void continuePilot();
    void cancel();

Q_SIGNALS:
    void estimated(int round, qint64 calls, qint64 tokens, double cost);
    void progress(const QString &phase, int done, int total);
    void callLogged(const Workbench::Core::LlmCallRecord &record);
    void stopped(Workbench::Core::PilotSession::Outcome outcome, const QString &detail);

private:
    void finish(Core::PilotSession::Outcome outcome, const QString &detail);

    QString m_projectPath;
    QHash<QString, QString> m_keys;
    std::unique_ptr<Core::ProjectStore> m_store;
    std::unique_ptr<Core::PilotSession> m_session;
    std::unique_ptr<Core::PilotRun> m_run;
};

} // namespace Workbench::Ui
