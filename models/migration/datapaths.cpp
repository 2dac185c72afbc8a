#include "models/migration/datapaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace Migration {

namespace {

// Moves what the doubled folder holds into `folder`; an entry that exists in both stays where
// it is (nothing is overwritten), and the old folder goes once it is empty.
void moveUpFrom(const QString &old, const QString &folder)
{
    QDir oldDir(old);
    if (!oldDir.exists())
        return;
    const QStringList entries =
        oldDir.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        const QString target = QDir(folder).filePath(entry);
        if (!QFileInfo::exists(target))
            QDir().rename(oldDir.filePath(entry), target);
    }
    QDir().rmdir(old);
}

} // namespace

QString DataPaths::folder()
{
    const QString application = QCoreApplication::applicationName();
    const QString folder =
        QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
            .filePath(application);
    QDir().mkpath(folder);
    if (QCoreApplication::organizationName() == application)
        moveUpFrom(QDir(folder).filePath(application), folder);
    return folder;
}

QString DataPaths::journal()
{
    return QDir(folder()).filePath(QStringLiteral("migrations.jsonl"));
}

QString DataPaths::audit()
{
    return QDir(folder()).filePath(QStringLiteral("audit.jsonl"));
}

QString DataPaths::recoveries()
{
    return QDir(folder()).filePath(QStringLiteral("recoveries.jsonl"));
}

} // namespace Migration
