// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "store/pilotsnapshot.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace Workbench::Core {
class Workspace;
}

namespace Workbench::Ui {

class ProjectAccess;

/*! \brief Brings into the workspace the layers a pilot run wrote to the open project while the
 * window showed it: each round's annotator layers (again, when a round was run afresh) and any
 * layer the workspace lacks, such as the final labelling's.
 *
 * A round run from the window is then shown like one run from the CLI, without opening the
 * project again (which would clear what the panes show of the run). Reads off the UI thread
 * through ProjectAccess. Usage: \c{refresh->refresh(path);} then wait for refreshed().
 */
class RoundLayerRefresh final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoundLayerRefresh)

public:
    RoundLayerRefresh(Core::Workspace *workspace, ProjectAccess *access, QObject *parent = nullptr);
    ~RoundLayerRefresh() override;

    //! Reads the layers of the project at \a path; refreshed() follows.
    void refresh(const QString &path);
    //! The project's pilot as the last refresh read it (its rounds, with their batches).
    [[nodiscard]] const std::optional<Core::PilotSnapshot> &pilot() const { return m_pilot; }

Q_SIGNALS:
    //! The workspace holds the project's layers now; \a errorString is empty on success.
    void refreshed(const QString &errorString);

private:
    QPointer<Core::Workspace> m_workspace;
    ProjectAccess *m_access = nullptr;
    std::optional<Core::PilotSnapshot> m_pilot;
    quint64 m_corpusGeneration = 0; //!< counts the corpora adopted: a read for another is dropped
};

} // namespace Workbench::Ui
