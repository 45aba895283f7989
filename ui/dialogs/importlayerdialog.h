// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace Workbench::Core {
class Workspace;
}

namespace Workbench::Ui {

class LayerFileList;
class ProjectAccess;

/*! \brief Layers > Import Layer: annotation files into the open project, each aligned to its
 * corpus off the UI thread and shown with its loss report before anything is written.
 *
 * The checks of New Project from Files: a file that fails to read, a name missing or one the
 * project has (\a workspace's layers) keeps Import refused. Import writes every layer in one
 * transaction through \a access (Core::ProjectImporter, as \c{diziner-cli project import});
 * imported() then names the project, for the window to open again.
 * Usage: \c{auto *d = new ImportLayerDialog(path, workspace, access, window); d->open();}
 */
class ImportLayerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportLayerDialog)

public:
    ImportLayerDialog(const QString &projectPath, const Core::Workspace *workspace, ProjectAccess *access,
        QWidget *parent = nullptr);
    ~ImportLayerDialog() override;

    [[nodiscard]] LayerFileList *files() const { return m_files; }
    //! Writes the layers, when the files allow; finished() reports.
    void import();

Q_SIGNALS:
    //! The layers were written (\a errorString empty), or why not.
    void finished(const QString &errorString);
    //! The project at \a path has the new layers.
    void imported(const QString &path);

private:
    void updateState();

    QString m_projectPath;
    ProjectAccess *m_access = nullptr;
    LayerFileList *m_files = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_import = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_writing = false;
};

} // namespace Workbench::Ui
