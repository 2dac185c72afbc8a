#include "models/sim/upstream/cspicontroller.h"

#include "models/cstor/capacity.h"
#include "models/sim/store/eventrecorder.h"
#include "models/sim/store/faultplan.h"
#include "models/sim/store/objectstore.h"
#include "models/sim/upstream/objectfields.h"
#include "models/sim/upstream/uzfs.h"
#include "models/sim/upstream/zvolrebuild.h"

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

void CspiController::imported(const ZPool &pool)
{
    if (auto cspi = m_store->get(kCspi, pool.ns, pool.name)) {
        const QString cspcUid = [&] {
            const auto cspc = m_store->get(kCspc, pool.ns, pool.cspc);
            return cspc ? metaString(*cspc, QStringLiteral("uid")) : QString();
        }();
        m_events->normal(*cspi, QStringLiteral("Pool Imported"),
                         QStringLiteral("Pool Import successful: cstor-%1").arg(cspcUid),
                         component());
    }
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
    status.insert(QStringLiteral("phase"),
                  offline ? QStringLiteral("OFFLINE") : QStringLiteral("ONLINE"));
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
