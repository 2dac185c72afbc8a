#include "tests/kubectl/killrun.h"

#include "models/sim/store/objectstore.h"
#include "models/sim/store/simclock.h"
#include "tests/common/replicasafety.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

KillPoint KillPoint::draw(QRandomGenerator *random, int maxProgress, double maxDelaySeconds)
{
    KillPoint point;
    point.afterProgress = int(random->bounded(maxProgress + 1));
    point.delaySeconds = random->bounded(maxDelaySeconds);
    return point;
}

QString KillPoint::describe() const
{
    return u"%1 lines+%2s"_s.arg(afterProgress).arg(delaySeconds, 0, 'f', 1);
}

KillRun KillRun::run(ConsoleOnSim *console, const QStringList &args, const KillPoint &point,
                     int timeoutMs)
{
    static const QRegularExpression progress(
        u" (ScalingUp|Rebuilding|ScalingDown|Done|RolledBack)\\b"_s);
    KillRun result;
    QProcess process;
    QObject scope; // the kill's timer goes with it
    bool armed = false;
    Sim::SimClock *clock = console->sim()->sim()->clock();
    const auto arm = [&] {
        if (std::exchange(armed, true))
            return;
        clock->callAfter(point.delaySeconds, &scope, [&] {
            if (process.state() == QProcess::NotRunning)
                return;
            result.killed = true;
            process.kill();
        });
    };
    QString out;
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &scope, [&] {
        out += QString::fromUtf8(process.readAllStandardOutput());
        if (point.afterProgress > 0 && out.count(progress) >= point.afterProgress)
            arm();
    });
    console->startConsole(&process, args);
    if (!process.waitForStarted()) {
        result.output = process.errorString();
        return result;
    }
    if (point.afterProgress == 0)
        arm();
    const bool ended =
        QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, timeoutMs);
    if (!ended) {
        process.kill();
        process.waitForFinished();
        result.killed = false;
        result.output = out + u"\n(did not end in %1 s)"_s.arg(timeoutMs / 1000);
        return result;
    }
    out += QString::fromUtf8(process.readAllStandardOutput());
    result.output = out + QString::fromUtf8(process.readAllStandardError());
    // A kill that came as the console was leaving by itself did not kill it.
    if (process.exitStatus() == QProcess::NormalExit)
        result.killed = false;
    result.crashed = process.exitStatus() == QProcess::CrashExit && !result.killed;
    result.exitCode =
        !result.killed && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

QHash<QString, QString> KillMove::nodesOfPools(ConsoleOnSim *console)
{
    QHash<QString, QString> nodes;
    for (const QJsonObject &cspi :
         console->sim()->sim()->store()->list(u"cstorpoolinstances"_s, u"openebs"_s))
        nodes.insert(ReplicaSafety::nameOf(cspi),
                     cspi.value("spec"_L1).toObject().value("hostName"_L1).toString());
    return nodes;
}

KillMove KillMove::draw(ConsoleOnSim *console, int round, QRandomGenerator *random)
{
    QStringList volumes = console->safety()->replicaCounts().keys();
    volumes.sort();
    const QString volume = volumes.at(round % volumes.size());
    const QStringList pools = ReplicaSafety::specPools(
        console->sim()->sim()->store()->get(u"cstorvolumeconfigs"_s, u"openebs"_s, volume));
    const QHash<QString, QString> nodes = nodesOfPools(console);
    QStringList used;
    for (const QString &pool : pools)
        used << nodes.value(pool);
    QStringList targets;
    for (auto it = nodes.begin(); it != nodes.end(); ++it) {
        if (!used.contains(it.value()))
            targets << it.key();
    }
    targets.sort();
    if (pools.isEmpty() || targets.isEmpty())
        return {};
    return {volume, pools.at(random->bounded(int(pools.size()))),
            targets.at(random->bounded(int(targets.size())))};
}

QString KillMove::unsettled(ConsoleOnSim *console, const QString &volume, const QString &pool)
{
    const int count = console->safety()->replicaCounts().value(volume);
    const QHash<QString, QString> nodes = nodesOfPools(console);
    QStringList healthy;
    QSet<QString> onNodes;
    for (const QJsonObject &cvr :
         console->sim()->sim()->store()->list(u"cstorvolumereplicas"_s, u"openebs"_s)) {
        const QString name = ReplicaSafety::nameOf(cvr);
        if (!name.startsWith(volume + u'-'))
            continue;
        if (ReplicaSafety::phaseOf(cvr) != "Healthy"_L1)
            return u"%1 is %2"_s.arg(name, ReplicaSafety::phaseOf(cvr));
        healthy << name;
        onNodes.insert(nodes.value(name.mid(volume.size() + 1)));
    }
    if (healthy.size() != count || onNodes.size() != count)
        return u"%1 has %2 on %3 nodes, not %4"_s.arg(volume, healthy.join(u", "_s))
            .arg(onNodes.size())
            .arg(count);
    if (!healthy.contains(volume + u'-' + pool))
        return u"%1 has no replica on %2"_s.arg(volume, pool);
    return {};
}
