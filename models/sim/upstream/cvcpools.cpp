#include "models/sim/upstream/cvcpools.h"

#include "models/sim/upstream/objectfields.h"

#include <QJsonArray>

namespace Sim::CvcPools {

using namespace ObjectFields;

QStringList specPools(const QJsonObject &cvc)
{
    QStringList names;
    const QJsonArray info = child(child(cvc, QStringLiteral("spec")), QStringLiteral("policy"))
                                .value(QLatin1String("replicaPoolInfo"))
                                .toArray();
    for (const QJsonValue &entry : info)
        names.append(entry.toObject().value(QLatin1String("poolName")).toString());
    return names;
}

QStringList statusPools(const QJsonObject &cvc)
{
    QStringList names;
    for (const QJsonValue &entry :
         child(cvc, QStringLiteral("status")).value(QLatin1String("poolInfo")).toArray())
        names.append(entry.toString());
    return names;
}

QStringList listDiff(const QStringList &a, const QStringList &b)
{
    QStringList result;
    for (const QString &item : a) {
        if (!b.contains(item))
            result.append(item);
    }
    return result;
}

} // namespace Sim::CvcPools
