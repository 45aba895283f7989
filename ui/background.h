// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

namespace Workbench::Ui {

/*! \brief Runs work off the UI thread and hands its result to a context object on that object's
 * thread, or drops it when the context is gone by then.
 *
 * The one way the widgets run work in the background (style.md rule 28): \a work runs in
 * QtConcurrent on \a pool and must touch values only (copies of what it needs, no widget, no
 * QObject of the UI thread); \a deliver runs later on the context's thread, in the context's
 * event loop, with what \a work returned. Work that opens a project goes through ProjectAccess,
 * which runs it here on a pool of its own that the window waits for before it closes.
 * Usage: \c{Background::run(this, [docs] { return count(docs); }, [this](int n) { show(n); });}
 */
class Background
{
public:
    Background() = delete;

    template<typename Work, typename Deliver>
    static auto run(
        QObject *context, Work &&work, Deliver &&deliver, QThreadPool *pool = QThreadPool::globalInstance())
    {
        using Result = std::invoke_result_t<std::decay_t<Work>>;
        // Parented to the context: when the context dies first, the watcher and the delivery go with it.
        auto *watcher = new QFutureWatcher<Result>(context);
        QObject::connect(watcher, &QFutureWatcherBase::finished, context,
            [watcher, deliver = std::forward<Deliver>(deliver)]() mutable {
                watcher->deleteLater();
                if constexpr (std::is_void_v<Result>) {
                    deliver();
                } else {
                    deliver(watcher->result());
                }
            });
        QFuture<Result> future = QtConcurrent::run(pool, std::forward<Work>(work));
        watcher->setFuture(future);
        return future;
    }
};

} // namespace Workbench::Ui
