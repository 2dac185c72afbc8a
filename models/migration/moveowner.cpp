#include "models/migration/moveowner.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSysInfo>

#include <cerrno>
#include <csignal>

namespace Migration {

namespace {

QString hostName()
{
    return QSysInfo::machineHostName();
}

QString executableOf(const QString &pid)
{
    return QFileInfo(QStringLiteral("/proc/%1/exe").arg(pid)).canonicalFilePath();
}

} // namespace

QString MoveOwner::current()
{
    return QStringLiteral("%1:%2").arg(hostName()).arg(QCoreApplication::applicationPid());
}

qint64 MoveOwner::processId(const QString &owner)
{
    const int colon = owner.lastIndexOf(QLatin1Char(':'));
    if (colon < 0 || owner.left(colon) != hostName())
        return 0;
    return owner.mid(colon + 1).toLongLong();
}

bool MoveOwner::isAlive(const QString &owner)
{
    if (owner.isEmpty())
        return false;
    if (isCurrent(owner))
        return true;
    const int colon = owner.lastIndexOf(QLatin1Char(':'));
    if (colon < 0 || owner.left(colon) != hostName())
        return colon >= 0; // another host's process: assume it runs
    const qint64 pid = processId(owner);
    if (pid <= 0)
        return false;
    if (::kill(pid_t(pid), 0) != 0 && errno != EPERM)
        return false;
    // A live process with that id is ours only when it runs the same program (ids are reused).
    const QString self = executableOf(QStringLiteral("self"));
    const QString other = executableOf(QString::number(pid));
    return other.isEmpty() || self.isEmpty() || other == self;
}

} // namespace Migration
