#include "models/migration/jsonlinesfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <unistd.h>

namespace Migration {

JsonLinesFile::JsonLinesFile(const QString &path)
    : m_path(path)
{
}

bool JsonLinesFile::append(const QJsonObject &object, QString *error)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    const auto fail = [&] {
        *error = QCoreApplication::translate("Migration::JsonLinesFile", "cannot write %1: %2")
                     .arg(m_path, file.errorString());
        return false;
    };
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return fail();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    if (file.write(line) != line.size() || !file.flush() || ::fsync(file.handle()) != 0)
        return fail();
    return true;
}

QList<QJsonObject> JsonLinesFile::readAll(QStringList *warnings) const
{
    QList<QJsonObject> result;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return result;
    int number = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++number;
        if (line.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        if (document.isObject())
            result.append(document.object());
        else if (warnings)
            warnings->append(
                QStringLiteral("%1:%2: %3").arg(m_path).arg(number).arg(parseError.errorString()));
    }
    return result;
}

QList<QJsonObject> JsonLinesFile::readFrom(qint64 *offset) const
{
    QList<QJsonObject> result;
    if (QFileInfo(m_path).size() == *offset)
        return result; // nothing new: the usual case, asked at every change of the cluster
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return result;
    if (file.size() < *offset)
        *offset = 0; // replaced by a shorter file: read it again
    if (!file.seek(*offset))
        return result;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        if (!line.endsWith('\n'))
            break;
        *offset += line.size();
        const QJsonDocument document = QJsonDocument::fromJson(line.trimmed());
        if (document.isObject())
            result.append(document.object());
    }
    return result;
}

qint64 JsonLinesFile::size() const
{
    return QFileInfo(m_path).size();
}

} // namespace Migration
