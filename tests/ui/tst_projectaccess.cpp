// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "projectaccess.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench;
using Access = Ui::ProjectAccess;

class TestProjectAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"p%1.dzn"_s.arg(++m_count));
        QVERIFY(Core::ProjectStore::create(m_path, false).has_value());
    }

    void run_deliversWhatTheWorkReturned_onTheContextsThread()
    {
        Access access;
        QObject context;
        QThread *worker = nullptr;
        std::optional<Access::Outcome<QString>> delivered;
        QThread *deliveredOn = nullptr;
        access.run(
            m_path, Access::Mode::Write, &context,
            [&worker](Core::ProjectStore &store) -> std::expected<QString, Core::StoreError> {
                worker = QThread::currentThread();
                if (auto set = store.setMeta(u"note"_s, u"written"_s); !set) {
                    return std::unexpected(set.error());
                }
                return store.meta(u"note"_s);
            },
            [&](const Access::Outcome<QString> &outcome) {
                delivered = outcome;
                deliveredOn = QThread::currentThread();
            });
        QTRY_VERIFY(delivered.has_value());
        QCOMPARE(delivered->value_or(QString()), u"written"_s);
        QVERIFY(worker != nullptr && worker != QThread::currentThread()); // off the UI thread
        QCOMPARE(deliveredOn, QThread::currentThread());
        QVERIFY(!access.isBusy());
        QVERIFY(QSqlDatabase::connectionNames().isEmpty()); // closed by the work that opened it
    }

    void run_saysWhyTheProjectDidNotOpen_orTheWorkFailed()
    {
        Access access;
        QObject context;
        std::optional<Access::Outcome<int>> missing;
        access.run(
            m_dir.filePath(u"none.dzn"_s), Access::Mode::Read, &context,
            [](Core::ProjectStore &) -> std::expected<int, QString> { return 1; },
            [&](const Access::Outcome<int> &outcome) { missing = outcome; });
        std::optional<Access::Outcome<int>> refused;
        access.run(
            m_path, Access::Mode::Glance, &context,
            [](Core::ProjectStore &store) -> std::expected<int, Core::StoreError> {
                auto written = store.setMeta(u"note"_s, u"x"_s); // read-only: refused
                if (!written) {
                    return std::unexpected(written.error());
                }
                return 2;
            },
            [&](const Access::Outcome<int> &outcome) { refused = outcome; });
        QTRY_VERIFY(missing.has_value() && refused.has_value());
        QVERIFY(!missing->has_value());
        QVERIFY(missing->error().contains(u"none.dzn"_s));
        QVERIFY(!refused->has_value());
        QVERIFY(!refused->error().isEmpty());
    }

    void run_dropsTheResult_whenTheContextIsGone_butFinishesTheWork()
    {
        Access access;
        auto context = std::make_unique<QObject>();
        bool delivered = false;
        QSemaphore proceed;
        access.run(
            m_path, Access::Mode::Write, context.get(),
            [&proceed](Core::ProjectStore &store) {
                proceed.acquire();
                return store.setMeta(u"note"_s, u"kept"_s);
            },
            [&delivered](const Access::Outcome<void> &) { delivered = true; });
        context.reset();
        proceed.release();
        access.waitForDone();
        QCoreApplication::processEvents();
        QVERIFY(!delivered);
        auto store = Core::ProjectStore::open(m_path, Core::ProjectStore::Access::ReadOnly);
        QVERIFY(store.has_value());
        QCOMPARE((*store)->meta(u"note"_s), u"kept"_s);
    }

    void waitForDone_waitsForWorkInFlight_thenTheProjectIsClosed()
    {
        Access access;
        QObject context;
        QSemaphore started;
        QSemaphore proceed;
        std::atomic<bool> finished = false;
        access.run(
            m_path, Access::Mode::Write, &context,
            [&](Core::ProjectStore &store) {
                started.release();
                proceed.acquire();
                auto written = store.setMeta(u"note"_s, u"late"_s);
                finished = true;
                return written;
            },
            [](const Access::Outcome<void> &) {});
        started.acquire(); // the work holds the project open for writing now
        QVERIFY(access.isBusy());
        QSignalSpy waiting(&access, &Access::waiting);
        // The work goes on only once waitForDone() blocks: whatever ran first, it waited for it.
        connect(
            &access, &Access::waiting, this, [&proceed] { proceed.release(); }, Qt::DirectConnection);
        access.waitForDone();
        QCOMPARE(waiting.size(), 1);
        QVERIFY(finished);
        QVERIFY(!access.isBusy());
        // The lock is free and no connection is left: a writer gets in, and sees the write.
        QVERIFY(QSqlDatabase::connectionNames().isEmpty());
        auto store = Core::ProjectStore::open(m_path, Core::ProjectStore::Access::ReadWrite);
        QVERIFY(store.has_value());
        QCOMPARE((*store)->meta(u"note"_s), u"late"_s);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_count = 0;
};

QTEST_GUILESS_MAIN(TestProjectAccess)
#include "tst_projectaccess.moc"
