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
    // The objects on the whole lines appended since *offset (a byte offset, 0 for the start),
    // moving *offset past them; a line still being written is left for the next call.
    QList<QJsonObject> readFrom(qint64 *offset) const;
    // The file's size now: where readFrom() starts to see only what is appended later.
    qint64 size() const;

private:
    QString m_path;
};

} // namespace Migration
