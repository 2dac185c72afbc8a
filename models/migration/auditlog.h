#pragma once

#include "models/migration/jsonlinesfile.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Migration {

// Who did what, when, on which context, and how it ended. Kept as JSON lines.
struct AuditRecord
{
    QDateTime time;
    QString user;    // identity as the API reports it
    QString context; // kubeconfig context
    QString server;  // API server URL
    QString action;  // "migrate", "drain", "cancel", "scale-up", "scale-down", ...
    QString target;  // what it acted on, e.g. "pvc-…: cspc-…-pn9p -> cspc-…-psz5"
    QString result;  // "started", "done", "failed: <reason>", ...

    QJsonObject toJson() const;
    static AuditRecord fromJson(const QJsonObject &object);
};

class AuditLog
{
public:
    explicit AuditLog(const QString &path);

    QString path() const { return m_file.path(); }
    bool record(const AuditRecord &record, QString *error);
    QList<AuditRecord> records() const;

private:
    JsonLinesFile m_file;
};

} // namespace Migration
