#include "models/migration/auditlog.h"

namespace Migration {

QJsonObject AuditRecord::toJson() const
{
    return {
        {QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("user"), user},
        {QStringLiteral("context"), context},
        {QStringLiteral("server"), server},
        {QStringLiteral("action"), action},
        {QStringLiteral("target"), target},
        {QStringLiteral("result"), result},
    };
}

AuditRecord AuditRecord::fromJson(const QJsonObject &object)
{
    AuditRecord record;
    record.time =
        QDateTime::fromString(object.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    record.user = object.value(QStringLiteral("user")).toString();
    record.context = object.value(QStringLiteral("context")).toString();
    record.server = object.value(QStringLiteral("server")).toString();
    record.action = object.value(QStringLiteral("action")).toString();
    record.target = object.value(QStringLiteral("target")).toString();
    record.result = object.value(QStringLiteral("result")).toString();
    return record;
}

AuditLog::AuditLog(const QString &path)
    : m_file(path)
{
}

bool AuditLog::record(const AuditRecord &record, QString *error)
{
    return m_file.append(record.toJson(), error);
}

QList<AuditRecord> AuditLog::records() const
{
    QList<AuditRecord> result;
    for (const QJsonObject &object : m_file.readAll())
        result.append(AuditRecord::fromJson(object));
    return result;
}

} // namespace Migration
