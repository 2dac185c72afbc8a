#include "tests/common/residentmemory.h"

#include <QDebug>
#include <QFile>

namespace ResidentMemory {

qint64 megabytes(const char *field, const QString &pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong() / 1024;
    }
    return -1;
}

qint64 resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (!clear.open(QIODevice::WriteOnly) || clear.write("5") != 1)
        qWarning("cannot reset the peak resident set: %s", qPrintable(clear.errorString()));
    clear.close();
    return megabytes("VmRSS:");
}

bool peakWithinTwice(qint64 before, const QString &what, qint64 limitBytes)
{
    const qint64 grown = megabytes("VmHWM:") - before;
    qInfo("%s: peak resident set grew by %lld MB (limit %lld MB, held to under %lld MB)",
          qPrintable(what), grown, limitBytes >> 20, 2 * (limitBytes >> 20));
    return !kMeaningful || grown < 2 * (limitBytes >> 20);
}

} // namespace ResidentMemory
