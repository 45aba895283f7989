// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "store/projectstore.h"

#include "store/schema.h"
#include "store/transaction.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {

// SQLite's primary result codes that matter to the user.
constexpr int sqliteCorrupt = 11;
constexpr int sqliteFull = 13;
constexpr int sqliteCantOpen = 14;
constexpr int sqliteNotADatabase = 26;
constexpr int sqliteReadOnly = 8;

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"diziner-project-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

std::expected<void, StoreError> checkHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::unexpected(StoreError{
            StoreError::Code::Io, u"%1: cannot open the project: %2"_s.arg(path, file.errorString())});
    }
    if (file.read(16) != QByteArrayView("SQLite format 3\0", 16)) {
        return std::unexpected(StoreError{StoreError::Code::NotAProject,
            u"%1: not a DiZiNER project (not an SQLite database)"_s.arg(path)});
    }
    return {};
}

std::unique_ptr<QLockFile> takeLock(const QString &path, StoreError &error)
{
    auto lock = std::make_unique<QLockFile>(path + u".lock"_s);
    lock->setStaleLockTime(0); // stale only when its process is gone: a long session keeps its lock
    if (lock->tryLock(0)) {
        return lock;
    }
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString application;
        lock->getLockInfo(&pid, &host, &application);
        error = {StoreError::Code::Locked,
            u"%1: the project is in use by %2 (process %3 on %4); open it read-only or close it there"_s
                .arg(path, application.isEmpty() ? u"another program"_s : application)
                .arg(pid)
                .arg(host)};
    } else {
        error = {StoreError::Code::Io, u"%1: cannot create the lock file beside the project"_s.arg(path)};
    }
    return nullptr;
}

} // namespace

ProjectStore::ProjectStore(
    QString path, const Access access, QString connection, std::unique_ptr<QLockFile> lock)
    : m_path(std::move(path))
    , m_access(access)
    , m_connection(std::move(connection))
    , m_lock(std::move(lock))
{
}

ProjectStore::~ProjectStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase ProjectStore::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

std::expected<std::unique_ptr<ProjectStore>, StoreError> ProjectStore::create(
    const QString &path, const bool replace)
{
    const QFileInfo info(path);
    if (info.exists() && !replace) {
        return std::unexpected(StoreError{
            StoreError::Code::Exists, u"%1: the file exists; replace it explicitly (--force)"_s.arg(path)});
    }
    if (info.exists() && !info.isFile()) {
        return std::unexpected(StoreError{StoreError::Code::Io, u"%1: not a file"_s.arg(path)});
    }
    auto store = connect(path, Access::ReadWrite, true);
    if (!store && store.error().code != StoreError::Code::Locked) {
        // A project that could not be made whole is not left behind half-made.
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u".lock"_s}) {
            QFile::remove(path + suffix);
        }
    }
    return store;
}

std::expected<std::unique_ptr<ProjectStore>, StoreError> ProjectStore::open(
    const QString &path, const Access access, const Check check)
{
    if (!QFileInfo(path).isFile()) {
        return std::unexpected(StoreError{StoreError::Code::Io, u"%1: no such project file"_s.arg(path)});
    }
    return connect(path, access, false, check);
}

std::expected<std::unique_ptr<ProjectStore>, StoreError> ProjectStore::connect(
    const QString &path, const Access access, const bool creating, const Check check)
{
    std::unique_ptr<QLockFile> lock;
    if (access == Access::ReadWrite) {
        StoreError error;
        lock = takeLock(path, error);
        if (!lock) {
            return std::unexpected(error);
        }
    }
    if (creating) {
        // Under the lock: nobody else is using the file we replace.
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
            QFile::remove(path + suffix);
        }
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            return std::unexpected(StoreError{
                StoreError::Code::Io, u"%1: cannot create the project: %2"_s.arg(path, file.errorString())});
        }
    } else if (auto header = checkHeader(path); !header) {
        return std::unexpected(header.error());
    }

    const QString connection = uniqueConnectionName();
    std::unique_ptr<ProjectStore> store(new ProjectStore(path, access, connection, std::move(lock)));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        db.setConnectOptions(access == Access::ReadOnly ? u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s
                                                        : u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open()) {
            return std::unexpected(store->errorFor(db.lastError(), u"open the project"_s));
        }
    }
    QSqlDatabase db = store->database();
    QSqlQuery query(db);
    if (creating) {
        Transaction transaction(*store);
        auto migrated = Schema::migrate(db, 0);
        if (!migrated) {
            return std::unexpected(StoreError{StoreError::Code::Io, path + u": "_s + migrated.error()});
        }
        query.exec(u"PRAGMA application_id = %1"_s.arg(Schema::applicationId));
        query.prepare(u"INSERT INTO meta (key, value) VALUES ('created', ?)"_s);
        query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (!query.exec() || !transaction.commit()) {
            return std::unexpected(store->errorFor(query.lastError(), u"create the project"_s));
        }
    }
    // Read-only checks first: a file we cannot read correctly is never written to.
    if (!query.exec(u"PRAGMA application_id"_s) || !query.next()) {
        return std::unexpected(store->errorFor(query.lastError(), u"read the project"_s));
    }
    if (query.value(0).toInt() != Schema::applicationId) {
        return std::unexpected(StoreError{StoreError::Code::NotAProject,
            u"%1: not a DiZiNER project (an SQLite database of another program)"_s.arg(path)});
    }
    const int version = store->schemaVersion();
    if (version > Schema::currentVersion) {
        return std::unexpected(StoreError{StoreError::Code::NewerVersion,
            u"%1: written by a newer DiZiNER Workbench (project version %2; this one reads up to %3); "
            u"left untouched"_s.arg(path)
                .arg(version)
                .arg(Schema::currentVersion)});
    }
    // A file is always checked before it is written to.
    if ((check == Check::Integrity || access == Access::ReadWrite)
        && (!query.exec(u"PRAGMA quick_check"_s) || !query.next() || query.value(0).toString() != u"ok")) {
        const QString detail =
            query.lastError().isValid() ? query.lastError().text() : query.value(0).toString();
        return std::unexpected(StoreError{
            StoreError::Code::Corrupt, u"%1: the project file is damaged (%2)"_s.arg(path, detail)});
    }
    if (access == Access::ReadWrite) {
        query.exec(u"PRAGMA journal_mode = WAL"_s);
        query.exec(u"PRAGMA synchronous = FULL"_s);
        if (version < Schema::currentVersion) {
            Transaction transaction(*store);
            auto migrated = Schema::migrate(db, version);
            if (!migrated) {
                return std::unexpected(StoreError{StoreError::Code::Io, path + u": "_s + migrated.error()});
            }
            if (!transaction.commit()) {
                return std::unexpected(store->errorFor(db.lastError(), u"migrate the project"_s));
            }
        }
    }
    query.exec(u"PRAGMA foreign_keys = ON"_s);
    return store;
}

int ProjectStore::schemaVersion() const
{
    QSqlQuery query(database());
    return query.exec(u"PRAGMA user_version"_s) && query.next() ? query.value(0).toInt() : -1;
}

StoreError ProjectStore::errorFor(const QSqlError &error, const QString &doing) const
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    const QString text = error.text();
    switch (code) {
    case sqliteFull:
        return {StoreError::Code::DiskFull,
            u"%1: cannot %2: the disk is full; nothing was written"_s.arg(m_path, doing)};
    case sqliteCorrupt:
        return {StoreError::Code::Corrupt,
            u"%1: cannot %2: the project file is damaged (%3)"_s.arg(m_path, doing, text)};
    case sqliteNotADatabase:
        return {StoreError::Code::NotAProject, u"%1: not a DiZiNER project (%2)"_s.arg(m_path, text)};
    case sqliteReadOnly:
        return {
            StoreError::Code::ReadOnly, u"%1: cannot %2: the project is read-only here"_s.arg(m_path, doing)};
    case sqliteCantOpen:
        return {StoreError::Code::Io, u"%1: cannot %2: cannot open the file"_s.arg(m_path, doing)};
    default:
        return {StoreError::Code::Io, u"%1: cannot %2: %3"_s.arg(m_path, doing, text)};
    }
}

std::expected<void, StoreError> ProjectStore::checkWritable() const
{
    if (m_access == Access::ReadOnly) {
        return std::unexpected(StoreError{StoreError::Code::ReadOnly, u"%1: opened read-only"_s.arg(m_path)});
    }
    return {};
}

void ProjectStore::setPageLimit(const int pages)
{
    QSqlQuery query(database());
    query.exec(u"PRAGMA max_page_count = %1"_s.arg(pages > 0 ? pages : 1073741823));
}

QString ProjectStore::meta(const QString &key, const QString &fallback) const
{
    QSqlQuery query(database());
    query.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    query.addBindValue(key);
    return query.exec() && query.next() ? query.value(0).toString() : fallback;
}

std::expected<void, StoreError> ProjectStore::setMeta(const QString &key, const QString &value)
{
    if (auto writable = checkWritable(); !writable) {
        return writable;
    }
    QSqlQuery query(database());
    query.prepare(
        u"INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec()) {
        return std::unexpected(errorFor(query.lastError(), u"save a setting"_s));
    }
    return {};
}

std::expected<void, StoreError> ProjectStore::compact()
{
    if (auto writable = checkWritable(); !writable) {
        return writable;
    }
    QSqlQuery query(database());
    if (!query.exec(u"VACUUM"_s)) {
        return std::unexpected(errorFor(query.lastError(), u"compact the project"_s));
    }
    query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    return {};
}

} // namespace Workbench::Core
