#pragma once

#include "tests/kubectl/consoleonsim.h"

#include <QHash>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

// Where a kill -9 of a console lands: once it has printed `afterProgress` progress lines (a move
// entering ScalingUp, Rebuilding or ScalingDown, a tenth more of a rebuild copied, a move Done or
// RolledBack; 0: as soon as it started), then `delaySeconds` of simulated time later. Simulated
// time, so that a kill lands at the same point of a move whatever the machine's load.
struct KillPoint
{
    int afterProgress = 0;
    double delaySeconds = 0;

    static KillPoint draw(QRandomGenerator *random, int maxProgress, double maxDelaySeconds);
    QString describe() const;
};

// One run of a console verb that a kill -9 may end: the console started as ConsoleOnSim starts it,
// and killed (SIGKILL: nothing flushed, nothing undone) at the kill point unless it ended first.
struct KillRun
{
    bool killed = false;  // false: it ended by itself before the kill point
    bool crashed = false; // it ended on a signal that was not the kill
    int exitCode = -1;    // when it ended by itself; -1: it crashed or did not end in time
    QString output;       // standard output, then standard error

    static KillRun run(ConsoleOnSim *console, const QStringList &args, const KillPoint &point,
                       int timeoutMs = 120000);
};

// The single moves the kill tests make on a ConsoleOnSim's cluster, and whether one has settled.
struct KillMove
{
    QString volume;
    QString from;
    QString to;

    // The pool of each node, as the cluster's CStorPoolInstances say.
    static QHash<QString, QString> nodesOfPools(ConsoleOnSim *console);
    // The round's move: a replica of the round's volume to a pool on a node that has none
    // (empty when there is none).
    static KillMove draw(ConsoleOnSim *console, int round, QRandomGenerator *random);
    // Why the volume is not settled on its pools (its count of Healthy replicas on as many
    // nodes, one of them on `pool`); empty when it is.
    static QString unsettled(ConsoleOnSim *console, const QString &volume, const QString &pool);
};
