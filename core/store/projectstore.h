// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "store/storeerror.h"

#include <QSqlDatabase>
#include <QString>

#include <expected>
#include <memory>

class QLockFile;
class QSqlError;

namespace Workbench::Core {

/*! \brief One project file (\c .dzn): a SQLite database, opened by one writer at a time.
 *
 * The file is checked before anything writes to it: not SQLite, not a project, from a newer
 * version, damaged — each is refused with its own error and the file is left as it was. A
 * writer holds \c{FILE.dzn.lock} (a QLockFile, so a killed writer's lock is taken over); a second
 * writer is refused with StoreError::Locked, readers are always let in. The database runs in WAL
 * mode with synchronous=FULL, so each committed transaction survives a crash or a power cut.
 * Repositories (CorpusRepository, LayerRepository, CallLogRepository) read and write through it.
 * Usage: \c{auto store = ProjectStore::open(path, ProjectStore::Access::ReadWrite);}
 */
class ProjectStore
{
public:
    enum class Access { ReadWrite, ReadOnly };
    /*! Integrity: the whole file is checked on opening (PRAGMA quick_check), the default.
     * HeaderOnly: for a pane that reads a little of a project the window has opened and
     * checked already; checking a large file again would cost a core for a tenth of a second
     * (a damaged page still fails the read that meets it). */
    enum class Check { Integrity, HeaderOnly };

    //! Creates a new, empty project; an existing file is refused unless \a replace.
    [[nodiscard]] static std::expected<std::unique_ptr<ProjectStore>, StoreError> create(
        const QString &path, bool replace);
    //! Opens a project, migrating an older schema forward (never with Access::ReadOnly).
    [[nodiscard]] static std::expected<std::unique_ptr<ProjectStore>, StoreError> open(
        const QString &path, Access access, Check check = Check::Integrity);
    ~ProjectStore();
    ProjectStore(const ProjectStore &) = delete;
    ProjectStore &operator=(const ProjectStore &) = delete;

    [[nodiscard]] const QString &path() const { return m_path; }
    [[nodiscard]] bool isReadOnly() const { return m_access == Access::ReadOnly; }
    [[nodiscard]] QSqlDatabase database() const;
    [[nodiscard]] int schemaVersion() const;

    //! The error for a failed statement, classified (a full disk is DiskFull, and so on).
    [[nodiscard]] StoreError errorFor(const QSqlError &error, const QString &doing) const;
    //! StoreError::ReadOnly when the project was opened read-only.
    [[nodiscard]] std::expected<void, StoreError> checkWritable() const;
    //! Caps the file at \a pages pages of the page size (SQLite's max_page_count): how the tests
    //! make a full disk. 0 lifts the cap.
    void setPageLimit(int pages);

    //! A value of the project's meta table; \a fallback when unset.
    [[nodiscard]] QString meta(const QString &key, const QString &fallback = {}) const;
    [[nodiscard]] std::expected<void, StoreError> setMeta(const QString &key, const QString &value);
    //! Compacts the file (VACUUM) and folds the WAL back into it.
    [[nodiscard]] std::expected<void, StoreError> compact();

private:
    friend class Transaction;

    ProjectStore(QString path, Access access, QString connection, std::unique_ptr<QLockFile> lock);

    [[nodiscard]] static std::expected<std::unique_ptr<ProjectStore>, StoreError> connect(
        const QString &path, Access access, bool creating, Check check = Check::Integrity);

    QString m_path;
    Access m_access = Access::ReadWrite;
    QString m_connection;
    std::unique_ptr<QLockFile> m_lock;
    int m_transactionDepth = 0;
    bool m_transactionFailed = false;
};

} // namespace Workbench::Core
