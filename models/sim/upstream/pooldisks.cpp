#include "models/sim/upstream/pooldisks.h"

#include "models/cstor/raidgroups.h"
#include "models/sim/store/objectstore.h"
#include "models/sim/upstream/ndmobjects.h"
#include "models/sim/upstream/objectfields.h"

namespace Sim::PoolDisks {

using namespace ObjectFields;

bool attachedTo(const ObjectStore *store, const QJsonObject &cspi, const QString &node)
{
    if (store->count(NdmObjects::kBd) == 0)
        return true;
    const QString ns = metaString(cspi, QStringLiteral("namespace"));
    for (const QString &name : Cstor::RaidGroups::allDevices(child(cspi, QStringLiteral("spec")))) {
        const auto bd = store->get(NdmObjects::kBd, ns, name);
        if (bd && label(*bd, kHostLabel) != node)
            return false;
    }
    return true;
}

QString nodeOf(const QJsonObject &cspi)
{
    const QString host =
        child(cspi, QStringLiteral("spec")).value(QLatin1String("hostName")).toString();
    return host.isEmpty() ? label(cspi, kHostLabel) : host;
}

} // namespace Sim::PoolDisks
