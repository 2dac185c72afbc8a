#include "models/migration/cvcpatch.h"

#include "models/planning/moveclaim.h"

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

QStringList CvcPatch::statusPools(const QJsonObject &cvc)
{
    QStringList pools;
    const QJsonArray list =
        cvc.value(QStringLiteral("status")).toObject().value(QStringLiteral("poolInfo")).toArray();
    for (const QJsonValue &entry : list)
        pools << entry.toString();
    return pools;
}

QJsonArray CvcPatch::removeStatusPool(const QJsonObject &cvc, int index, const QString &pool)
{
    const QString path = QStringLiteral("/status/poolInfo/%1").arg(index);
    return {testResourceVersion(cvc),
            QJsonObject{{QStringLiteral("op"), QStringLiteral("test")},
                        {QStringLiteral("path"), path},
                        {QStringLiteral("value"), pool}},
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

QString CvcPatch::claimPath()
{
    QString key = MoveClaim::kAnnotation;
    key.replace(QLatin1Char('~'), QLatin1String("~0"))
        .replace(QLatin1Char('/'), QLatin1String("~1"));
    return QStringLiteral("/metadata/annotations/") + key;
}

QJsonArray CvcPatch::withClaim(QJsonArray patch, const QJsonObject &cvc, const QString &claimText)
{
    const bool hasAnnotations = cvc.value(QStringLiteral("metadata"))
                                    .toObject()
                                    .value(QStringLiteral("annotations"))
                                    .isObject();
    if (hasAnnotations)
        patch.append(QJsonObject{{QStringLiteral("op"), QStringLiteral("add")},
                                 {QStringLiteral("path"), claimPath()},
                                 {QStringLiteral("value"), claimText}});
    else
        patch.append(QJsonObject{
            {QStringLiteral("op"), QStringLiteral("add")},
            {QStringLiteral("path"), QStringLiteral("/metadata/annotations")},
            {QStringLiteral("value"), QJsonObject{{MoveClaim::kAnnotation, claimText}}}});
    return patch;
}

QJsonArray CvcPatch::withoutClaim(QJsonArray patch, const QString &claimText)
{
    patch.append(QJsonObject{{QStringLiteral("op"), QStringLiteral("test")},
                             {QStringLiteral("path"), claimPath()},
                             {QStringLiteral("value"), claimText}});
    patch.append(QJsonObject{{QStringLiteral("op"), QStringLiteral("remove")},
                             {QStringLiteral("path"), claimPath()}});
    return patch;
}

QJsonArray CvcPatch::replaceClaim(const QString &expected, const QString &claimText)
{
    return {QJsonObject{{QStringLiteral("op"), QStringLiteral("test")},
                        {QStringLiteral("path"), claimPath()},
                        {QStringLiteral("value"), expected}},
            QJsonObject{{QStringLiteral("op"), QStringLiteral("replace")},
                        {QStringLiteral("path"), claimPath()},
                        {QStringLiteral("value"), claimText}}};
}

} // namespace Migration
