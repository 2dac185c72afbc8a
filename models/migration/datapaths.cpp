#include "models/migration/datapaths.h"

#include <QDir>
#include <QStandardPaths>

namespace Migration {

namespace {
QString inDataDir(const QString &name)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(name);
}
} // namespace

QString DataPaths::journal()
{
    return inDataDir(QStringLiteral("migrations.jsonl"));
}

QString DataPaths::audit()
{
    return inDataDir(QStringLiteral("audit.jsonl"));
}

QString DataPaths::recoveries()
{
    return inDataDir(QStringLiteral("recoveries.jsonl"));
}

} // namespace Migration
