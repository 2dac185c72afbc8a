#include "models/sim/upstream/cspcscaler.h"

#include "models/sim/store/eventrecorder.h"
#include "models/sim/store/metalabelselector.h"
#include "models/sim/store/objectstore.h"
#include "models/sim/store/simclock.h"
#include "models/sim/upstream/ndmobjects.h"
#include "models/sim/upstream/objectbuilders.h"
#include "models/sim/upstream/objectfields.h"

#include <QJsonArray>
#include <QSet>

namespace Sim {

using namespace ObjectFields;

namespace {

const QString kPoolProtectionFinalizer = QStringLiteral("openebs.io/pool-protection");

QString component()
{
    return QStringLiteral("cspc-controller");
}

QJsonArray poolsOf(const QJsonObject &cspc)
{
    return child(cspc, QStringLiteral("spec")).value(QLatin1String("pools")).toArray();
}

QStringList finalizerNames(const QJsonObject &object)
{
    QStringList names;
    for (const QJsonValue &value :
         child(object, QStringLiteral("metadata")).value(QLatin1String("finalizers")).toArray())
        names << value.toString();
    return names;
}

// algorithm GetBDListForNode / GetUsedBlockDevices: the block devices of a pool spec or a CSPI
// spec.
QSet<QString> blockDevicesOf(const QJsonObject &spec)
{
    QSet<QString> names;
    for (const QString &groups :
         {QStringLiteral("dataRaidGroups"), QStringLiteral("writeCacheRaidGroups")}) {
        for (const QJsonValue &group : spec.value(groups).toArray()) {
            for (const QJsonValue &device :
                 group.toObject().value(QLatin1String("blockDevices")).toArray())
                names.insert(device.toObject().value(QLatin1String("blockDeviceName")).toString());
        }
    }
    return names;
}

} // namespace

CspcScaler::CspcScaler(ObjectStore *store, SimClock *clock, EventRecorder *events)
    : m_store(store)
    , m_clock(clock)
    , m_events(events)
{
}

// CO Controller::sync: GetCSPIListForCSPC, cleanupCSPIResources, then the scale by counts
// (terminating CSPIs still count until they are gone).
void CspcScaler::sync(const QJsonObject &cspc)
{
    if (!metaString(cspc, QStringLiteral("deletionTimestamp")).isEmpty())
        return;
    cleanupCspiResources(cspisOf(cspc));
    const QList<QJsonObject> cspis = cspisOf(cspc);
    const int pools = int(poolsOf(cspc).size());
    if (cspis.size() < pools)
        scaleUp(cspc, pools - int(cspis.size()));
    else if (cspis.size() > pools)
        scaleDown(cspc, cspis);
}

QList<QJsonObject> CspcScaler::cspisOf(const QJsonObject &cspc) const
{
    QList<QJsonObject> result;
    const QString name = metaString(cspc, QStringLiteral("name"));
    for (const QJsonObject &cspi :
         m_store->list(kCspi, metaString(cspc, QStringLiteral("namespace")))) {
        if (label(cspi, kCspcLabel) == name)
            result << cspi;
    }
    return result;
}

// cleanup.go cleanupCSPIResources: a CSPI being deleted loses the CSPC finalizer once the
// pool-manager removed its pool-protection finalizer (canPerformCSPICleanup: isDestroyed,
// hasCSPCFinalizer, hasNoPoolProtectionFinalizer); its last finalizer gone, it is deleted.
void CspcScaler::cleanupCspiResources(const QList<QJsonObject> &cspis)
{
    for (QJsonObject cspi : cspis) {
        const QStringList finalizers = finalizerNames(cspi);
        if (metaString(cspi, QStringLiteral("deletionTimestamp")).isEmpty() ||
            !finalizers.contains(NdmObjects::kCspcFinalizer) ||
            finalizers.contains(kPoolProtectionFinalizer))
            continue;
        QJsonObject metadata = child(cspi, QStringLiteral("metadata"));
        QStringList remaining = finalizers;
        remaining.removeAll(NdmObjects::kCspcFinalizer);
        metadata.insert(QStringLiteral("finalizers"), QJsonArray::fromStringList(remaining));
        cspi.insert(QStringLiteral("metadata"), metadata);
        m_store->update(kCspi, cspi);
    }
}

// scale.go PoolConfig::ScaleUp: one CSPI per pending pool, an event for each.
void CspcScaler::scaleUp(const QJsonObject &cspc, int pendingPoolCount)
{
    QSet<QString> visitedNodes; // algorithm Config.VisitedNodes, one per sync
    for (int poolCount = 1; poolCount <= pendingPoolCount; ++poolCount) {
        if (createCspi(cspc, visitedNodes)) {
            m_events->normal(
                cspc, QStringLiteral("Create"),
                QStringLiteral("Pool Provisioned %1/%2 ").arg(poolCount).arg(pendingPoolCount),
                component());
        } else {
            m_events->warning(cspc, QStringLiteral("Create"),
                              QStringLiteral("Pool provisioning failed for %1/%2 ")
                                  .arg(poolCount)
                                  .arg(pendingPoolCount),
                              component());
        }
    }
}

// scale.go CreateCSPI with algorithm GetCSPISpec: named <cspc>-<rand.String(4)>; its pool
// Deployment follows (CstorPods).
bool CspcScaler::createCspi(const QJsonObject &cspc, QSet<QString> &visitedNodes)
{
    QJsonObject poolSpec;
    const QString node = selectNode(cspc, visitedNodes, &poolSpec);
    if (node.isEmpty())
        return false;
    const QString name = metaString(cspc, QStringLiteral("name"));
    const QJsonObject cspi = ObjectBuilders::cspiObject(
        metaString(cspc, QStringLiteral("namespace")), name + QLatin1Char('-') + randomString(4),
        ObjectBuilders::newUid(m_clock), ObjectStore::formatTimestamp(m_clock->now()), node, name,
        metaString(cspc, QStringLiteral("uid")), poolSpec);
    return std::holds_alternative<QJsonObject>(m_store->create(kCspi, cspi));
}

QString CspcScaler::selectNode(const QJsonObject &cspc, QSet<QString> &visitedNodes,
                               QJsonObject *poolSpec) const
{
    QSet<QString> usedNodes;
    QSet<QString> usedBlockDevices;
    for (const QJsonObject &cspi : cspisOf(cspc)) {
        usedNodes.insert(label(cspi, kHostLabel));
        usedBlockDevices |= blockDevicesOf(child(cspi, QStringLiteral("spec")));
    }
    for (const QJsonValue &value : poolsOf(cspc)) {
        const QJsonObject pool = value.toObject();
        const QString node = nodeFromSelector(pool.value(QLatin1String("nodeSelector")).toObject());
        if (node.isEmpty() || visitedNodes.contains(node))
            continue;
        visitedNodes.insert(node);
        if (blockDevicesOf(pool).intersects(usedBlockDevices))
            continue;
        if (!usedNodes.contains(node)) {
            *poolSpec = pool;
            return node;
        }
    }
    return QString();
}

QString CspcScaler::nodeFromSelector(const QJsonObject &selector) const
{
    if (selector.isEmpty())
        return QString();
    QList<QJsonObject> matching;
    for (const QJsonObject &node : m_store->list(kNodes)) {
        if (labelSelectorMatches(
                QJsonObject{{QStringLiteral("matchLabels"), selector}},
                child(child(node, QStringLiteral("metadata")), QStringLiteral("labels"))))
            matching << node;
    }
    return matching.size() == 1 ? label(matching.first(), kHostLabel) : QString();
}

QString CspcScaler::randomString(int length) const
{
    // k8s.io/apimachinery/pkg/util/rand: no vowels, no characters that look alike.
    static const QString alphanums = QStringLiteral("bcdfghjklmnpqrstvwxz2456789");
    QString result;
    for (int i = 0; i < length; ++i)
        result += alphanums.at(int(m_clock->next64() % quint64(alphanums.size())));
    return result;
}

// scale.go PoolConfig::ScaleDown with getOrphanedCStorPools: a CSPI whose node no pool spec
// selects and whose block devices no pool spec holds is deleted.
void CspcScaler::scaleDown(const QJsonObject &cspc, const QList<QJsonObject> &cspis)
{
    QSet<QString> nodes;
    QSet<QString> blockDevices;
    for (const QJsonValue &value : poolsOf(cspc)) {
        const QJsonObject pool = value.toObject();
        nodes.insert(nodeFromSelector(pool.value(QLatin1String("nodeSelector")).toObject()));
        blockDevices |= blockDevicesOf(pool);
    }
    for (const QJsonObject &cspi : cspis) {
        const QJsonObject spec = child(cspi, QStringLiteral("spec"));
        if (nodes.contains(spec.value(QLatin1String("hostName")).toString()) ||
            blockDevicesOf(spec).intersects(blockDevices))
            continue;
        const QString name = metaString(cspi, QStringLiteral("name"));
        m_events->normal(cspc, QStringLiteral("ScaleDown"),
                         QStringLiteral("De-provisioning pool ") + name, component());
        if (std::holds_alternative<ApiError>(
                m_store->remove(kCspi, metaString(cspi, QStringLiteral("namespace")), name)))
            m_events->warning(cspc, QStringLiteral("DownScale"),
                              QStringLiteral("De-provisioning pool ") + name +
                                  QStringLiteral("failed"),
                              component());
    }
}

} // namespace Sim
