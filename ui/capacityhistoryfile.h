#pragma once

#include "models/items/capacityhistory.h"
#include "models/kube/jobthreads.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace Ui {

// The file a capacity history is kept in between runs of the console (the Pool capacity chart's,
// the hourly samples' of the forecasts): read and written on a thread of its own, in the order
// asked, so that a read after a write sees it; the last write completes before this goes.
class CapacityHistoryFile : public QObject
{
    Q_OBJECT

public:
    // `what` names the history in the warnings of a failed read or write.
    CapacityHistoryFile(const QString &what, QObject *parent = nullptr);
    ~CapacityHistoryFile() override;

    // Writes a copy of `history` (implicitly shared: nothing is copied here) to `path`.
    void save(const Items::CapacityHistory &history, const QString &path);
    // Reads `path` into a history of `capacity` samples; `done` runs on this object's thread,
    // with nothing when the file could not be read.
    void load(const QString &path, int capacity,
              std::function<void(const std::optional<Items::CapacityHistory> &)> done);

private:
    QString m_what;
    Kube::JobThreads m_thread;
};

} // namespace Ui
