#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QtConcurrent>

#include <functional>
#include <type_traits>

namespace Ui {

// Work for the thread pool whose result comes back to the UI thread: `work` runs on the pool,
// then `done(result)` runs on `context`'s thread, unless `context` is gone by then.
namespace OffThread {

template<typename Work, typename Done>
void run(QObject *context, Work work, Done done)
{
    using Result = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done] {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace OffThread

} // namespace Ui
