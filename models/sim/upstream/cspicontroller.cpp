#include "models/sim/upstream/cspicontroller.h"

#include "models/cstor/capacity.h"
#include "models/cstor/raidgroups.h"
#include "models/sim/store/eventrecorder.h"
#include "models/sim/store/faultplan.h"
#include "models/sim/store/objectstore.h"
#include "models/sim/upstream/diskreplacement.h"
#include "models/sim/upstream/objectfields.h"
#include "models/sim/upstream/uzfs.h"
#include "models/sim/upstream/zvolrebuild.h"

#include <QJsonArray>

#include <algorithm>

namespace Sim {

using namespace ObjectFields;

namespace {

// A 10G disk gives a pool of 9.63G (the seed procedure's CSPIs).
const double kDefaultPoolSize = 9.63 * 1024 * 1024 * 1024;

// CSPI capacity fields are ZFS sizes read as decimal quantities ("9.63G" -> "9630M"); undo that
// to get bytes back (the letter is the largest one that keeps the number at or above 1).
double quantityAsZfsBytes(const QString &quantity)
{
    const auto decimal = Cstor::Capacity::parseQuantity(quantity);
    if (!decimal)
        return -1;
    const double value = double(*decimal);
    if (quantity.endsWith(QLatin1Char('i')))
        return value; // a binary quantity is already bytes
    double unit = 1;
    double binary = 1;
    while (value >= unit * 1000 && unit < 1e18) {
        unit *= 1000;
        binary *= 1024;
    }
    return value / unit * binary;
}

} // namespace

bool CspiController::suspended(const ZPool &pool) const
{
    const auto cspi = m_store->get(kCspi, pool.ns, pool.name);
    return cspi && zpoolHealth(*cspi) == QLatin1String("UNAVAIL");
}

QStringList CspiController::unavailableDisks(const QJsonObject &cspi) const
{
    // GetUnavailableDiskList: the raid groups' block devices with a devLink whose vdev is not
    // healthy.
    QStringList failed;
    if (!m_faults)
        return failed;
    for (const QJsonValue &group :
         child(cspi, QStringLiteral("spec")).value(QLatin1String("dataRaidGroups")).toArray()) {
        for (const QJsonValue &device :
             group.toObject().value(QLatin1String("blockDevices")).toArray()) {
            const QJsonObject bd = device.toObject();
            const QString name = bd.value(QLatin1String("blockDeviceName")).toString();
            if (!bd.value(QLatin1String("devLink")).toString().isEmpty() &&
                m_faults->failedDisks.contains(name))
                failed.append(name);
        }
    }
    return failed;
}

QString CspiController::zpoolHealth(const QJsonObject &cspi) const
{
    // `zpool get health`: DEGRADED while every raid group keeps enough disks or a replaced disk
    // resilvers, UNAVAIL when one lost more than it can (a stripe: any disk).
    const QString type = child(child(cspi, QStringLiteral("spec")), QStringLiteral("poolConfig"))
                             .value(QLatin1String("dataRaidGroupType"))
                             .toString();
    const QStringList failed = unavailableDisks(cspi);
    QString health = QStringLiteral("ONLINE");
    for (const QStringList &devices :
         Cstor::RaidGroups::groups(child(cspi, QStringLiteral("spec")))) {
        const auto lost = std::count_if(devices.cbegin(), devices.cend(),
                                        [&](const QString &name) { return failed.contains(name); });
        if (lost > Cstor::RaidGroups::tolerance(type, int(devices.size())))
            return QStringLiteral("UNAVAIL");
        if (lost > 0)
            health = QStringLiteral("DEGRADED");
    }
    if (m_replacement && m_replacement->resilvering(metaString(cspi, QStringLiteral("name"))))
        health = QStringLiteral("DEGRADED"); // the replacing vdev resilvers
    return health;
}

void CspiController::addDiskUnavailableCondition(const QJsonObject &cspi, QJsonObject &status)
{
    // CO addDiskUnavailableCondition: a DeviceState event per faulted disk at every sync, and the
    // DiskUnavailable condition (False again once the disks are back).
    const QStringList failed = unavailableDisks(cspi);
    for (const QString &disk : failed) {
        m_events->warning(cspi, QStringLiteral("DeviceState"),
                          QStringLiteral("%1 device was in UNAVAIL state").arg(disk), component());
    }
    QJsonArray conditions = status.value(QLatin1String("conditions")).toArray();
    int index = -1;
    for (int i = 0; i < conditions.size(); ++i) {
        if (conditions.at(i).toObject().value(QLatin1String("type")).toString() ==
            QLatin1String("DiskUnavailable"))
            index = i;
    }
    if (failed.isEmpty() && index < 0)
        return;
    const QString conditionStatus =
        failed.isEmpty() ? QStringLiteral("False") : QStringLiteral("True");
    QJsonObject condition{
        {QStringLiteral("type"), QStringLiteral("DiskUnavailable")},
        {QStringLiteral("status"), conditionStatus},
        {QStringLiteral("reason"), failed.isEmpty() ? QStringLiteral("DisksAreAvailable")
                                                    : QStringLiteral("DisksAreUnavailable")},
    };
    if (!failed.isEmpty())
        condition.insert(QStringLiteral("message"),
                         QStringLiteral("Following disks [%1] are unavailable/faulted")
                             .arg(failed.join(QLatin1Char(' '))));
    const QJsonObject old = index >= 0 ? conditions.at(index).toObject() : QJsonObject();
    if (old.value(QLatin1String("status")) == condition.value(QLatin1String("status")) &&
        old.value(QLatin1String("message")) == condition.value(QLatin1String("message")))
        return; // unchanged: not rewritten
    const QString now = ObjectStore::formatTimestamp(m_store->now());
    condition.insert(QStringLiteral("lastUpdateTime"), now);
    condition.insert(QStringLiteral("lastTransitionTime"),
                     old.value(QLatin1String("status")) == conditionStatus
                         ? old.value(QLatin1String("lastTransitionTime"))
                         : QJsonValue(now));
    if (index >= 0)
        conditions.removeAt(index);
    conditions.append(condition); // SetCSPICondition appends after filtering
    status.insert(QStringLiteral("conditions"), conditions);
}

CspiController::CspiController(ObjectStore *store, FaultPlan *faults, EventRecorder *events,
                               Uzfs *uzfs, ZvolRebuild *rebuild)
    : m_store(store)
    , m_faults(faults)
    , m_events(events)
    , m_uzfs(uzfs)
    , m_rebuild(rebuild)
{
}

ZPool CspiController::poolOf(const QJsonObject &cspi)
{
    ZPool pool;
    pool.name = metaString(cspi, QStringLiteral("name"));
    pool.ns = metaString(cspi, QStringLiteral("namespace"));
    pool.uid = metaString(cspi, QStringLiteral("uid"));
    pool.node = child(cspi, QStringLiteral("spec")).value(QLatin1String("hostName")).toString();
    if (pool.node.isEmpty())
        pool.node = label(cspi, kHostLabel);
    pool.cspc = label(cspi, kCspcLabel);
    const QJsonObject capacity =
        child(child(cspi, QStringLiteral("status")), QStringLiteral("capacity"));
    const double total = quantityAsZfsBytes(capacity.value(QLatin1String("total")).toString());
    const double used = quantityAsZfsBytes(capacity.value(QLatin1String("used")).toString());
    pool.sizeBytes = total > 0 ? total : kDefaultPoolSize;
    // Used space of the replicas is subtracted once they are adopted (start()).
    pool.baseUsedBytes = used >= 0 ? used : -1;
    pool.readOnlyProperty =
        child(cspi, QStringLiteral("status")).value(QLatin1String("readOnly")).toBool();
    return pool;
}

QString CspiController::cspcUid(const ZPool &pool) const
{
    const auto cspc = m_store->get(kCspc, pool.ns, pool.cspc);
    return cspc ? metaString(*cspc, QStringLiteral("uid")) : QString();
}

void CspiController::imported(const ZPool &pool)
{
    if (auto cspi = m_store->get(kCspi, pool.ns, pool.name)) {
        m_events->normal(*cspi, QStringLiteral("Pool Imported"),
                         QStringLiteral("Pool Import successful: cstor-%1").arg(cspcUid(pool)),
                         component());
    }
}

// CO cspi-controller reconcile: not imported and not new ("This case is possible incase of
// ephemeral disks"): a FailedSynced event and the PoolLost condition (NewCSPICondition: both
// times now, lastTransitionTime kept while the status stays, SetCSPICondition; its message is
// upstream's, without spaces around the pool name). Nothing clears it again.
void CspiController::importFailed(const ZPool &pool)
{
    auto current = m_store->get(kCspi, pool.ns, pool.name);
    if (!current)
        return;
    m_events->warning(*current, QStringLiteral("FailedSynced"),
                      QStringLiteral("Failed to import the pool as the underlying pool might be "
                                     "lost or the disk(s) has gone bad"),
                      component());
    QJsonObject object = *current;
    QJsonObject status = child(object, QStringLiteral("status"));
    QJsonArray conditions = status.value(QLatin1String("conditions")).toArray();
    const QString now = ObjectStore::formatTimestamp(m_store->now());
    QJsonValue transition = now;
    for (int i = 0; i < conditions.size(); ++i) {
        const QJsonObject old = conditions.at(i).toObject();
        if (old.value(QLatin1String("type")).toString() != QLatin1String("PoolLost"))
            continue;
        if (old.value(QLatin1String("status")).toString() == QLatin1String("True"))
            transition = old.value(QLatin1String("lastTransitionTime"));
        conditions.removeAt(i);
        break;
    }
    conditions.append(QJsonObject{
        {QStringLiteral("type"), QStringLiteral("PoolLost")},
        {QStringLiteral("status"), QStringLiteral("True")},
        {QStringLiteral("lastUpdateTime"), now},
        {QStringLiteral("lastTransitionTime"), transition},
        {QStringLiteral("reason"), QStringLiteral("PoolLost")},
        {QStringLiteral("message"),
         QStringLiteral("failed to importcstor-%1pool").arg(cspcUid(pool))},
    });
    status.insert(QStringLiteral("conditions"), conditions);
    object.insert(QStringLiteral("status"), status);
    removeResourceVersion(object);
    m_store->update(kCspi, object);
}

void CspiController::writeStatus(ZPool &pool)
{
    auto current = m_store->get(kCspi, pool.ns, pool.name);
    if (!current)
        return;
    QJsonObject object = *current;
    QJsonObject status = child(object, QStringLiteral("status"));
    const double used = m_uzfs->poolUsedBytes(pool);
    const double free = std::max(0.0, pool.sizeBytes - used);
    double logical = pool.baseUsedBytes;
    int provisioned = 0;
    int healthy = 0;
    for (const QString &name : std::as_const(pool.zvols)) {
        ++provisioned;
        const Zvol *z = m_uzfs->zvol(name);
        if (!z)
            continue;
        logical += z->logicalBytes;
        if (z->zfsStatus() == QLatin1String("Healthy"))
            ++healthy;
    }
    const QString usedQ = Cstor::Capacity::zfsAsQuantity(qint64(used));
    const QString freeQ = Cstor::Capacity::zfsAsQuantity(qint64(free));
    const qint64 usedQuantity = Cstor::Capacity::parseQuantity(usedQ).value_or(0);
    const qint64 freeQuantity = Cstor::Capacity::parseQuantity(freeQ).value_or(0);
    // total = free + used, added as quantities (CO GetCSPICapacity).
    const QString totalQ = Cstor::Capacity::formatQuantity(usedQuantity + freeQuantity);
    updateReadOnlyMode(pool, *current, usedQuantity, freeQuantity);

    const bool offline = m_faults && m_faults->offlinePools.contains(pool.name);
    // updateStatus: the phase is the zpool's health property.
    status.insert(QStringLiteral("phase"),
                  offline ? QStringLiteral("OFFLINE") : zpoolHealth(*current));
    addDiskUnavailableCondition(*current, status);
    QJsonObject capacity = child(status, QStringLiteral("capacity"));
    capacity.insert(QStringLiteral("used"), usedQ);
    capacity.insert(QStringLiteral("free"), freeQ);
    capacity.insert(QStringLiteral("total"), totalQ);
    capacity.insert(QStringLiteral("zfs"),
                    QJsonObject{{QStringLiteral("logicalUsed"),
                                 Cstor::Capacity::zfsAsQuantity(qint64(logical))}});
    status.insert(QStringLiteral("capacity"), capacity);
    status.insert(QStringLiteral("readOnly"), m_uzfs->poolReadOnly(pool));
    status.insert(QStringLiteral("provisionedReplicas"), provisioned);
    status.insert(QStringLiteral("healthyReplicas"), healthy);
    if (status == child(object, QStringLiteral("status")))
        return; // written only when it changed (CO IsStatusChange)
    object.insert(QStringLiteral("status"), status);
    removeResourceVersion(object);
    m_store->update(kCspi, object);
}

void CspiController::updateReadOnlyMode(ZPool &pool, const QJsonObject &cspi, qint64 usedQuantity,
                                        qint64 freeQuantity)
{
    const int limit = child(child(cspi, QStringLiteral("spec")), QStringLiteral("poolConfig"))
                          .value(QLatin1String("roThresholdLimit"))
                          .toInt(85);
    const qint64 sum = usedQuantity + freeQuantity;
    const bool overLimit = sum > 0 && limit != 100 && usedQuantity * 100 / sum >= limit;
    if (overLimit && !pool.readOnlyProperty) {
        pool.readOnlyProperty = true;
        m_events->warning(cspi, QStringLiteral("PoolReadOnlyThreshold"),
                          QStringLiteral("Pool storage limit reached to read only threshold "
                                         "limit. Pool expansion is required to make its volume "
                                         "replicas RW"),
                          component());
        m_rebuild->replan();
    } else if (!overLimit && pool.readOnlyProperty) {
        pool.readOnlyProperty = false;
        m_events->normal(cspi, QStringLiteral("PoolReadOnlyThreshold"),
                         QStringLiteral("Pool roThresholdLimit or pool got expanded due to that "
                                        "pool readOnly mode is unset"),
                         component());
        m_rebuild->replan();
    }
}

} // namespace Sim
