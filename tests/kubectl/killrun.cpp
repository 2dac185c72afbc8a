#include "tests/kubectl/killrun.h"

#include "models/sim/store/simclock.h"

#include <QProcess>
#include <QRegularExpression>
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
