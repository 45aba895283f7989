// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "store/projectloader.h"

#include <QObject>
#include <QString>

namespace Workbench::Ui {

class ProjectAccess;

/*! \brief Reads a project file, or the project of the bundled sample, off the UI thread, one at
 * a time, for the window to adopt.
 *
 * The sample is a project like any other, kept in the user's data directory (samplePath()): made
 * from the bundled files the first time it is asked for, reopened as the user left it afterwards.
 *
 * Each open ends in exactly one of opened() and failed(); an open asked while another runs is
 * ignored. Usage: \c{opener->openProject(path);} then adopt what opened() brings.
 */
class ProjectOpener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectOpener)

public:
    struct Opened
    {
        QString path;
        Core::ProjectLoader::Loaded loaded;
        QString title; //!< the window's title while it is open
        //! What to say about the data: the sample's licence, a project's layers whose coverage
        //! is derived or assumed (written before projects kept it).
        QString notice;
    };

    explicit ProjectOpener(ProjectAccess *access, QObject *parent = nullptr);
    ~ProjectOpener() override;

    [[nodiscard]] bool isOpening() const { return m_opening; }
    //! Opens the project of the bundled WNUT-17 sample, making it first when there is none.
    void openSample();
    //! Where the sample's project is kept: in the user's data directory (AppDataLocation).
    [[nodiscard]] static QString samplePath();
    //! Loads the project file at \a path (read-only).
    void openProject(const QString &path);

Q_SIGNALS:
    //! An open began; \a progress says what is being read.
    void started(const QString &progress);
    void opened(const Workbench::Ui::ProjectOpener::Opened &opened);
    void failed(const QString &errorString);

private:
    void finish(const std::expected<Opened, QString> &result);
    //! The note on \a corpus's layers whose coverage was not recorded; empty when all was.
    [[nodiscard]] static QString coverageNotice(const Core::ImportedCorpus &corpus);

    ProjectAccess *m_access = nullptr;
    bool m_opening = false;
};

} // namespace Workbench::Ui
