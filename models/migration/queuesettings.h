#pragma once

#include "models/migration/maintenancewindow.h"
#include "models/migration/movelimits.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Migration {

// What the operator has set on the queue of moves: paused or not (and why), the maintenance
// window, the caps, and the order of the moves still waiting. The journal keeps each change
// whole (a line of kind "queue"), so the last one is the queue's state for another console or
// a restart.
struct QueueSettings
{
    Q_DECLARE_TR_FUNCTIONS(Migration::QueueSettings)

public:
    bool paused = false;
    QString reason; // why it is paused: "paused by alice", "the console restarted"
    MaintenanceWindow window;
    MoveLimits limits;
    QStringList order; // ids of the waiting moves, first to start first

    // Why a waiting move may not start at `now` (paused, or outside the window, saying when
    // it opens); empty when it may.
    QString holdsBack(const QDateTime &now) const;

    QJsonObject toJson() const;
    static QueueSettings fromJson(const QJsonObject &object);

    bool operator==(const QueueSettings &other) const;
};

} // namespace Migration
