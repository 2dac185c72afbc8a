#pragma once

#include "models/migration/migrationstate.h"
#include "tests/common/seednames.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

// Seeded random fault schedules for the seed's replica move (pn9p to psz5, 6qkw kept): what a
// schedule is, how a seed draws one, and the times every schedule keeps to.
namespace FaultSchedules {

using Migration::MigrationState;
using Migration::MigrationStates;

using SeedNames::kNamespace;
using SeedNames::kVolume;
inline const QString &kKeep = SeedNames::k6qkw;   // on e2e1-node1
inline const QString &kSource = SeedNames::kPn9p; // on e2e1-node2
inline const QString &kTarget = SeedNames::kPsz5; // on e2e1-node3
inline const QString kKeepNode = QStringLiteral("e2e1-node1");
inline const QString kSourceNode = QStringLiteral("e2e1-node2");
inline const QString kTargetNode = QStringLiteral("e2e1-node3");
using SeedNames::kCv;
using SeedNames::kCvc;
using SeedNames::kCvr;

// Simulated time runs this much faster than real time; a rebuild of the volume's 1.47G at
// this throughput takes about 15 simulated seconds.
inline constexpr double kSpeed = 200;
inline constexpr qint64 kRebuildBytesPerSecond = 100'000'000;
// Every fault is timed from the moment the move enters one of its steps, so that the faults land
// in every step whatever the ratio of real to simulated time. Everything is cleared this many
// simulated seconds after the scale-up began (a node that never comes back excepted), and no
// fault starts after that, so that the move can end.
inline constexpr int kDeadlineSeconds = 300;
// After the move ended: how long (simulated) the cluster gets to settle before the checks.
inline constexpr int kSettleSeconds = 300;
// A schedule that has not ended after this much real time is a failure (a move that hangs).
inline constexpr int kScheduleTimeoutMs = 90000;

struct Fault
{
    enum class Kind {
        NodeDown,      // name: node; until < 0: it never comes back
        PoolOffline,   // name: pool
        PoolReadOnly,  // name: pool
        FailNext,      // count: 500s
        DropNext,      // count: connections closed without a reply
        ThrottleNext,  // count: 429s with Retry-After
        DropWatches,   // every watch stream closed abruptly
        ExpireWatches, // every watch stream ends with 410 Expired
        SecondWriter,  // count: CVC reads followed by another writer's edit
        DiskFailed,    // name: pool; its (stripe) disk fails, the pool UNAVAIL; back after forMs
        ControllerConflicts, // count: the cStor controllers' next writes meet 409 Conflict
    };
    Kind kind = Kind::FailNext;
    MigrationState step = MigrationState::Rebuilding; // timed from the move entering this step
    qint64 atMs = 0;                                  // simulated, after entering the step
    qint64 forMs = -1; // NodeDown, PoolOffline, PoolReadOnly: back after; -1 never
    QString name;
    int count = 0;

    QString describe() const
    {
        const QString at = MigrationStates::toString(step) + QLatin1Char('+') +
                           QString::number(atMs / 1000.0, 'f', 1);
        const QString until = forMs < 0 ? QStringLiteral("never")
                                        : QStringLiteral("%1s").arg(forMs / 1000.0, 0, 'f', 1);
        switch (kind) {
        case Kind::NodeDown:
            return QStringLiteral("%1s node %2 down for %3").arg(at, name, until);
        case Kind::PoolOffline:
            return QStringLiteral("%1s pool %2 offline for %3").arg(at, name, until);
        case Kind::PoolReadOnly:
            return QStringLiteral("%1s pool %2 read-only for %3").arg(at, name, until);
        case Kind::FailNext:
            return QStringLiteral("%1s failNext %2").arg(at).arg(count);
        case Kind::DropNext:
            return QStringLiteral("%1s dropNext %2").arg(at).arg(count);
        case Kind::ThrottleNext:
            return QStringLiteral("%1s throttleNext %2").arg(at).arg(count);
        case Kind::DropWatches:
            return QStringLiteral("%1s dropWatches").arg(at);
        case Kind::ExpireWatches:
            return QStringLiteral("%1s expireWatches").arg(at);
        case Kind::SecondWriter:
            return QStringLiteral("%1s secondWriter %2").arg(at).arg(count);
        case Kind::DiskFailed:
            return QStringLiteral("%1s disk of pool %2 failed for %3").arg(at, name, until);
        case Kind::ControllerConflicts:
            return QStringLiteral("%1s controllerConflicts %2").arg(at).arg(count);
        }
        return {};
    }
};

struct Schedule
{
    quint64 seed = 0;
    QList<Fault> faults;
    MigrationState restartStep = MigrationState::Planned;
    qint64 restartAtMs = -1;  // the console is killed then (after entering restartStep); -1: never
    qint64 restartDownMs = 0; // and started again on the same journal this much later
    // The target node never comes back: at the deadline the operator cancels the move.
    bool cancelAtDeadline = false;
    // The source's node is lost for good during the scale-down (a NodeDown of kSourceNode that
    // never ends).
    bool sourceLost = false;

    static Schedule draw(quint64 seed)
    {
        QRandomGenerator random(seed);
        const auto seconds = [&random](int from, int to) {
            return qint64(random.bounded(from * 1000, to * 1000 + 1));
        };
        // A step, weighted by how long a move spends in it, and a delay into it.
        const auto when = [&](MigrationState *step, qint64 *atMs) {
            const int pick = int(random.bounded(9));
            *step = pick < 1   ? MigrationState::Planned
                    : pick < 3 ? MigrationState::ScalingUp
                    : pick < 7 ? MigrationState::Rebuilding
                               : MigrationState::ScalingDown;
            *atMs = seconds(0, *step == MigrationState::Planned      ? 5
                               : *step == MigrationState::Rebuilding ? 90
                                                                     : 20);
        };
        const QStringList nodes{kTargetNode, kKeepNode, kSourceNode};
        const QStringList pools{kTarget, kKeep, kSource};
        Schedule schedule;
        schedule.seed = seed;
        const int count = 1 + int(random.bounded(4));
        for (int i = 0; i < count; ++i) {
            Fault fault;
            fault.kind = Fault::Kind(random.bounded(int(Fault::Kind::ControllerConflicts) + 1));
            when(&fault.step, &fault.atMs);
            switch (fault.kind) {
            case Fault::Kind::NodeDown:
                // Mostly the target's node (the interesting one), sometimes another.
                fault.name = random.bounded(3) < 2 ? kTargetNode : nodes.at(random.bounded(3));
                if (fault.name == kTargetNode && random.bounded(4) == 0) {
                    fault.forMs = -1;
                    schedule.cancelAtDeadline = true;
                } else {
                    fault.forMs = seconds(5, 60);
                }
                break;
            case Fault::Kind::PoolOffline:
            case Fault::Kind::PoolReadOnly:
            case Fault::Kind::DiskFailed:
                fault.name = pools.at(random.bounded(3));
                fault.forMs = seconds(5, 60);
                break;
            case Fault::Kind::FailNext:
                fault.count = 1 + int(random.bounded(5));
                break;
            case Fault::Kind::DropNext:
            case Fault::Kind::ThrottleNext:
            case Fault::Kind::SecondWriter:
                fault.count = 1 + int(random.bounded(3));
                break;
            case Fault::Kind::ControllerConflicts:
                // A burst, as another writer of the same objects would cause; a CVC whose
                // writes kept failing for seconds would strand a scale-down (see the README).
                fault.count = 1 + int(random.bounded(5));
                break;
            case Fault::Kind::DropWatches:
            case Fault::Kind::ExpireWatches:
                break;
            }
            schedule.faults << fault;
        }
        // Sometimes the source's node is lost for good while the source is being removed (a
        // node dies as it is drained): the move must still end Done, the source left
        // Terminating (its pool manager went with the node).
        if (random.bounded(8) == 0) {
            Fault lost;
            lost.kind = Fault::Kind::NodeDown;
            lost.step = MigrationState::ScalingDown;
            lost.atMs = seconds(0, 10);
            lost.name = kSourceNode;
            schedule.faults << lost;
            schedule.sourceLost = true;
        }
        if (random.bounded(2) == 0) {
            when(&schedule.restartStep, &schedule.restartAtMs);
            schedule.restartDownMs = seconds(0, 30);
        }
        return schedule;
    }

    QString describe() const
    {
        QStringList parts;
        for (const Fault &fault : faults)
            parts << fault.describe();
        if (restartAtMs >= 0)
            parts << QStringLiteral("%1+%2s console restart (down %3s)")
                         .arg(MigrationStates::toString(restartStep))
                         .arg(restartAtMs / 1000.0, 0, 'f', 1)
                         .arg(restartDownMs / 1000.0, 0, 'f', 1);
        if (cancelAtDeadline)
            parts << QStringLiteral("ScalingUp+%1s cancel").arg(kDeadlineSeconds);
        return parts.join(QLatin1String("; "));
    }
};

} // namespace FaultSchedules
