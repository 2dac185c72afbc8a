#include "models/migration/cvcpatch.h"

namespace Migration {

QStringList CvcPatch::specPools(const QJsonObject &cvc)
{
    QStringList pools;
    const QJsonArray list = cvc.value(QStringLiteral("spec"))
                                .toObject()
                                .value(QStringLiteral("policy"))
                                .toObject()
                                .value(QStringLiteral("replicaPoolInfo"))
                                .toArray();
    for (const QJsonValue &entry : list)
        pools << entry.toObject().value(QStringLiteral("poolName")).toString();
    return pools;
}

QJsonObject CvcPatch::testResourceVersion(const QJsonObject &object)
{
    const QString resourceVersion = object.value(QStringLiteral("metadata"))
                                        .toObject()
                                        .value(QStringLiteral("resourceVersion"))
                                        .toString();
    return {{QStringLiteral("op"), QStringLiteral("test")},
            {QStringLiteral("path"), QStringLiteral("/metadata/resourceVersion")},
            {QStringLiteral("value"), resourceVersion}};
}

QJsonObject CvcPatch::testPoolName(const QString &path, const QString &pool)
{
    return {{QStringLiteral("op"), QStringLiteral("test")},
            {QStringLiteral("path"), path + QStringLiteral("/poolName")},
            {QStringLiteral("value"), pool}};
}

QJsonArray CvcPatch::removePool(const QJsonObject &cvc, int index, const QString &pool)
{
    const QString path = QStringLiteral("/spec/policy/replicaPoolInfo/%1").arg(index);
    return {testResourceVersion(cvc), testPoolName(path, pool),
            QJsonObject{{QStringLiteral("op"), QStringLiteral("remove")},
                        {QStringLiteral("path"), path}}};
}

QJsonArray CvcPatch::replacePool(const QJsonObject &cvc, int index, const QString &pool,
                                 const QString &replacement)
{
    const QString path = QStringLiteral("/spec/policy/replicaPoolInfo/%1").arg(index);
    return {testResourceVersion(cvc), testPoolName(path, pool),
            QJsonObject{{QStringLiteral("op"), QStringLiteral("replace")},
                        {QStringLiteral("path"), path + QStringLiteral("/poolName")},
                        {QStringLiteral("value"), replacement}}};
}

QJsonArray CvcPatch::addPool(const QJsonObject &cvc, const QString &pool)
{
    return {
        testResourceVersion(cvc),
        QJsonObject{{QStringLiteral("op"), QStringLiteral("add")},
                    {QStringLiteral("path"), QStringLiteral("/spec/policy/replicaPoolInfo/-")},
                    {QStringLiteral("value"), QJsonObject{{QStringLiteral("poolName"), pool}}}}};
}

} // namespace Migration
