// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "background.h"
#include "heldproject.h"
#include "store/projectloader.h"
#include "store/projectstore.h"
#include "store/storeerror.h"

#include <QObject>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <expected>
#include <memory>
#include <type_traits>

namespace Workbench::Ui {

/*! \brief The one place the widgets open project files: each piece of work runs on a worker
 * thread of this object's own pool with the project opened for it, and its result is handed to a
 * context object on the UI thread (Background).
 *
 * Every SQLite connection has one owner: the piece of work that opened it, which closes it
 * before it returns, on the thread it was opened on; no connection outlives its work or crosses
 * a thread. The window calls waitForDone() before it closes, so that no write is cut short and no
 * connection is still open when the application and its SQL driver go (the destructor waits
 * too). Long work with an event loop of its own, the pilot's run on its worker thread, holds
 * its project instead (hold()): opened and closed on that thread by the HeldProject it owns.
 * Usage: \c{access->run(path, ProjectAccess::Mode::Write, this, work, deliver);}
 */
class ProjectAccess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectAccess)

public:
    enum class Mode {
        Read, //!< read-only, the whole file checked first
        Glance, //!< read-only, the header checked only: a little read of a project the window checked
        Write, //!< for writing, under the project's lock
    };
    template<typename T>
    using Outcome = std::expected<T, QString>;

    explicit ProjectAccess(QObject *parent = nullptr);
    ~ProjectAccess() override;

    /*! Runs \a work with the project at \a path opened as \a mode on a worker thread; \a deliver
     * gets what it returned, or why the project could not be opened, on \a context's thread
     * (nothing when \a context is gone). \a work takes a Core::ProjectStore & and returns a
     * std::expected<T, E> with E a QString or a Core::StoreError; \a deliver takes an Outcome<T>. */
    template<typename Work, typename Deliver>
    void run(const QString &path, Mode mode, QObject *context, Work work, Deliver deliver);

    //! The corpus, layers and pilot of the project at \a path (Core::ProjectLoader), read-only.
    template<typename Deliver>
    void load(const QString &path, QObject *context, Deliver deliver)
    {
        run(
            path, Mode::Read, context,
            [](Core::ProjectStore &store) { return Core::ProjectLoader::load(store); }, std::move(deliver));
    }

    /*! Runs \a work, which makes a new project file itself and closes it before it returns
     * (Core::ProjectImporter::create), on a worker thread; \a deliver as for run(). Counted and
     * waited for like run(). \a work takes nothing and returns a std::expected<T, E> as above. */
    template<typename Work, typename Deliver>
    void make(QObject *context, Work work, Deliver deliver);

    /*! Opens the project at \a path as \a mode on the calling thread, for long work there that
     * keeps it open across events (the pilot's run): the caller owns the HeldProject and closes
     * it on this thread; why the project could not be opened otherwise. Not counted by isBusy()
     * nor waited for by waitForDone(): the thread that holds the project ends its work first. */
    [[nodiscard]] static Outcome<HeldProject> hold(const QString &path, Mode mode);

    //! Whether any piece of work is queued or running.
    [[nodiscard]] bool isBusy() const { return m_inFlight->load() > 0; }
    //! Blocks until every piece of work queued or running has finished (their results are still
    //! delivered later through the event loop, to contexts still alive).
    void waitForDone();

Q_SIGNALS:
    //! waitForDone() is about to block on work still in flight; a test releases that work here.
    void waiting();

private:
    [[nodiscard]] static Outcome<std::unique_ptr<Core::ProjectStore>> open(const QString &path, Mode mode);
    [[nodiscard]] static QString message(const QString &error) { return error; }
    [[nodiscard]] static QString message(const Core::StoreError &error) { return error.message; }

    QThreadPool m_pool;
    std::shared_ptr<std::atomic<int>> m_inFlight = std::make_shared<std::atomic<int>>(0);
};

template<typename Work, typename Deliver>
void ProjectAccess::run(const QString &path, const Mode mode, QObject *context, Work work, Deliver deliver)
{
    using Returned = std::invoke_result_t<Work, Core::ProjectStore &>;
    using Value = typename Returned::value_type;
    m_inFlight->fetch_add(1);
    Background::run(
        context,
        [path, mode, work = std::move(work), inFlight = m_inFlight]() mutable -> Outcome<Value> {
            Outcome<Value> outcome = [&]() -> Outcome<Value> {
                auto store = open(path, mode);
                if (!store) {
                    return std::unexpected(store.error());
                }
                Returned returned = work(**store);
                if (!returned) {
                    return std::unexpected(message(returned.error()));
                }
                if constexpr (std::is_void_v<Value>) {
                    return {};
                } else {
                    return std::move(*returned);
                }
            }(); // the store, and its connection, closed here: on this thread, before the count drops
            inFlight->fetch_sub(1);
            return outcome;
        },
        std::move(deliver), &m_pool);
}

template<typename Work, typename Deliver>
void ProjectAccess::make(QObject *context, Work work, Deliver deliver)
{
    using Returned = std::invoke_result_t<Work>;
    using Value = typename Returned::value_type;
    m_inFlight->fetch_add(1);
    Background::run(
        context,
        [work = std::move(work), inFlight = m_inFlight]() mutable -> Outcome<Value> {
            Returned returned = work();
            inFlight->fetch_sub(1);
            if (!returned) {
                return std::unexpected(message(returned.error()));
            }
            if constexpr (std::is_void_v<Value>) {
                return {};
            } else {
                return std::move(*returned);
            }
        },
        std::move(deliver), &m_pool);
}

} // namespace Workbench::Ui
