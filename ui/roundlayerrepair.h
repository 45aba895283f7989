// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "session/roundlayerrebuild.h"

#include <QObject>
#include <QString>

namespace Workbench::Ui {

class ProjectAccess;

/*! \brief Rebuilds the round layers an older project lacks, from its response cache, as
 * \c{diziner-cli project rebuild-rounds} does: Core::RoundLayerRebuild on a worker thread of
 * ProjectAccess, the project open for writing there, nothing sent to any endpoint.
 *
 * One rebuild at a time. Usage: \c{repair->rebuild(path);} then reopen the project on finished().
 */
class RoundLayerRepair final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoundLayerRepair)

public:
    explicit RoundLayerRepair(ProjectAccess *access, QObject *parent = nullptr);
    ~RoundLayerRepair() override;

    //! Rebuilds the missing round layers of the project at \a path; finished() follows.
    void rebuild(const QString &path);
    [[nodiscard]] bool isRunning() const { return m_running; }
    //! What to tell of a layer renamed \a to because a round layer took its name \a from.
    [[nodiscard]] static QString renamedNote(const QString &from, const QString &to);

Q_SIGNALS:
    void started(const QString &progress);
    //! The rebuild of the project at \a path ended; \a report says what was rebuilt and what
    //! could not be (and why).
    void finished(const QString &path, const QString &report);

private:
    //! Runs the rebuild to its end on the calling thread, in an event loop of its own.
    [[nodiscard]] static std::expected<Core::RoundLayerRebuild::Result, QString> replay(
        Core::ProjectStore &store);
    [[nodiscard]] static QString report(const Core::RoundLayerRebuild::Result &result);
    //! Why \a gap's layer was not rebuilt, in the reader's language.
    [[nodiscard]] static QString reason(const Core::RoundLayerRebuild::Gap &gap);

    ProjectAccess *m_access = nullptr;
    bool m_running = false;
};

} // namespace Workbench::Ui
