// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QDialog>

#include <atomic>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace Workbench::Ui {

class LayerFileList;
class ProjectAccess;

/*! \brief File > New Project from Files: a corpus file in any format the core reads, then any
 * number of annotation files as layers (name, kind), each read and aligned off the UI thread and
 * shown with its loss report before anything is written.
 *
 * Create writes the project off the UI thread through \a access, with the calls of
 * \c{diziner-cli project create/import} (Core::ProjectImporter): all of it lands, or no file
 * does; it stays refused while a file fails to read. An existing file is replaced only when it
 * was chosen with Choose… (whose dialog asked). created() names the new project.
 * Usage: \c{auto *d = new NewProjectFromFilesDialog(access, window); d->open();}
 */
class NewProjectFromFilesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewProjectFromFilesDialog)

public:
    explicit NewProjectFromFilesDialog(ProjectAccess *access, QWidget *parent = nullptr);
    ~NewProjectFromFilesDialog() override;

    [[nodiscard]] LayerFileList *files() const { return m_files; }
    //! Writes the project, when the files and the path allow; finished() reports.
    void create();

Q_SIGNALS:
    //! The project at \a path was written (\a errorString empty), or why not.
    void finished(const QString &path, const QString &errorString);
    //! The project at \a path exists now, whole.
    void created(const QString &path);

public Q_SLOTS:
    //! Stops a creation under way (nothing is written), else closes.
    void reject() override;

private:
    void choosePath();
    void updateState();
    [[nodiscard]] QString problem() const;
    void showCreated(const QString &path, const QString &errorString);

    ProjectAccess *m_access = nullptr;
    LayerFileList *m_files = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_problem = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_create = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_replaceConfirmed; //!< the existing file the save dialog asked to replace
    //! Set while a creation runs; true stops it.
    std::shared_ptr<std::atomic<bool>> m_stop;
};

} // namespace Workbench::Ui
