#pragma once

#include "models/migration/migrationstatus.h"
#include "models/planning/clustersnapshot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Migration {

// How far the moves of one plan (the queue since it was last empty) have got: for the
// Migrations and Charts docks and the command line's plan line.
struct QueueProgress
{
    Q_DECLARE_TR_FUNCTIONS(Migration::QueueProgress)

public:
    int done = 0;
    int running = 0;
    int waiting = 0;
    int failed = 0; // failed, rolled back or cancelled
    qint64 bytesTotal = 0;
    qint64 bytesCopied = 0;    // the volumes of moves done, and the copied part of running ones
    double bytesPerSecond = 0; // copied bytes over the time since the first move began
    std::optional<qint64> etaSeconds; // nullopt while held back or the rate is unknown
    QString heldBack;                 // why waiting moves do not start (paused, window)

    int total() const { return done + running + waiting + failed; }
    bool isEmpty() const { return total() == 0; }

    static QueueProgress of(const QList<MigrationStatus> &moves, const ClusterSnapshot &cluster,
                            const QDateTime &now, const QString &heldBack);

    // "12 of 50 moves done, 2 running, 36 waiting, 0 failed; 14.2 GiB of 58 GiB copied,
    // about 1h10m left".
    QString text() const;
};

} // namespace Migration
