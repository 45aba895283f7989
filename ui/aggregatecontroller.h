// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "metrics/aggregator.h"
#include "model/importedlayer.h"
#include "roundscope.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QWidget;

namespace Workbench::Core {
class Workspace;
}

namespace Workbench::Ui {

class ProjectAccess;

/*! \brief Builds an aggregate layer of annotator layers off the UI thread (Core::Aggregator),
 * saves it in the open project (replacing one of that name) and adds it to the workspace.
 *
 * The bundled sample has no project file: there the layer lives until the window closes.
 * Usage: \c{controller->build({"a", "b"}, options, "majority");} then wait for built().
 */
class AggregateController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AggregateController)

public:
    AggregateController(Core::Workspace *workspace, ProjectAccess *access, QObject *parent = nullptr);
    ~AggregateController() override;

    //! Aggregates are saved in the project at \a path from now on; empty: nowhere (the sample).
    void setProject(const QString &path) { m_projectPath = path; }
    //! The dialog offers \a scope's annotator layers (a round's, when one is shown).
    void setScope(const RoundScope &scope) { m_scope = scope; }
    //! Asks which layers to aggregate, how and under which name, in a dialog over \a parent.
    void choose(QWidget *parent);
    void build(const QStringList &layers, const Core::Aggregator::Options &options, const QString &name);

Q_SIGNALS:
    //! The aggregate \a name was built (and saved, with a project); \a errorString is empty on success.
    void built(const QString &name, const QString &errorString);
    //! Something for the status bar.
    void message(const QString &text);

private:
    void save(const Core::ImportedLayer &layer);
    void adopt(const Core::ImportedLayer &layer);
    void fail(const QString &name, const QString &error);

    QPointer<Core::Workspace> m_workspace;
    ProjectAccess *m_access = nullptr;
    QString m_projectPath;
    RoundScope m_scope;
};

} // namespace Workbench::Ui
