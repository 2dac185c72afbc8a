#include "tests/bench/processstats.h"

#include <QFile>
#include <QList>

#include <unistd.h>

namespace {
QString procPath(qint64 pid, const char *file)
{
    return pid == 0 ? QStringLiteral("/proc/self/%1").arg(QLatin1String(file))
                    : QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(file));
}

qint64 statusField(qint64 pid, const QByteArray &field)
{
    QFile file(procPath(pid, "status"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}
} // namespace

qint64 ProcessStats::residentKiB(qint64 pid)
{
    return statusField(pid, "VmRSS");
}

qint64 ProcessStats::peakResidentKiB(qint64 pid)
{
    return statusField(pid, "VmHWM");
}

double ProcessStats::cpuSeconds(qint64 pid)
{
    QFile file(procPath(pid, "stat"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = file.readAll();
    // The fields after the command name (which may hold spaces) in parentheses.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    // utime and stime are the 14th and 15th fields of the whole line.
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) /
           double(sysconf(_SC_CLK_TCK));
}
