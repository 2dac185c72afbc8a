#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Migration {

// An append-only file of JSON objects, one per line, readable by people and by `jq`.
// Each append is on disk (flushed and fsync'ed) before it returns; the file is private (0600).
class JsonLinesFile
{
public:
    explicit JsonLinesFile(const QString &path);

    QString path() const { return m_path; }
    bool append(const QJsonObject &object, QString *error);
    // Every readable object in order; unreadable lines are named in *warnings (file:line: why).
    QList<QJsonObject> readAll(QStringList *warnings = nullptr) const;

private:
    QString m_path;
};

} // namespace Migration
