#include "models/sim/upstream/zfssnapshots.h"

#include "models/sim/upstream/objectfields.h"
#include "models/sim/upstream/uzfs.h"

namespace Sim {

using namespace ObjectFields;

namespace {

const QString kClonedLabel = QStringLiteral("openebs.io/cloned");
const QString kSourceVolume = QStringLiteral("openebs.io/source-volume");
const QString kSnapshotName = QStringLiteral("openebs.io/snapshot");

} // namespace

ZfsSnapshots::ZfsSnapshots(Uzfs *uzfs)
    : m_uzfs(uzfs)
{
}

QString ZfsSnapshots::take(const QString &volume, const QString &name, int consistencyFactor)
{
    const QList<Zvol *> zvols = m_uzfs->zvolsOf(volume);
    int healthyQuorum = 0;
    for (const Zvol *z : zvols)
        healthyQuorum += z->quorum && z->connected && z->healthy ? 1 : 0;
    // istgt_uctl_cmd_snap: "ERR failed SNAPCREATE" when istgt_lu_create_snapshot fails:
    // can_take_snapshot first, then SNAP_CREATE is sent to the replicas in spec->rq, the
    // quorum ones (a non-quorum replica that rebuilds gets it from its helper); it succeeds
    // when at least the consistency factor of them succeed. On a read-only pool uZFS refuses
    // the snapshot (CSTOR gtest ZpoolReadOnly), so those replicas answer with a failure.
    QList<Zvol *> created;
    for (Zvol *z : zvols) {
        if (z->quorum && z->connected && !readOnly(*z))
            created.append(z);
    }
    if (zvols.isEmpty() || healthyQuorum < consistencyFactor || created.size() < consistencyFactor)
        return QStringLiteral("ERR failed SNAPCREATE"); // and SNAP_DESTROY to every replica
    for (Zvol *z : std::as_const(created)) {
        if (!z->snapshots.contains(name))
            z->snapshots.insert(name, z->logicalBytes);
    }
    return {};
}

bool ZfsSnapshots::readOnly(const Zvol &zvol) const
{
    const ZPool *pool = m_uzfs->pool(zvol.pool);
    return pool && m_uzfs->poolReadOnly(*pool);
}

void ZfsSnapshots::adopt(Zvol &zvol, const QJsonObject &cvr)
{
    const QJsonObject snapshots =
        child(child(cvr, QStringLiteral("status")), QStringLiteral("snapshots"));
    for (auto it = snapshots.constBegin(); it != snapshots.constEnd(); ++it) {
        zvol.snapshots.insert(
            it.key(), it.value().toObject().value(QLatin1String("logicalReferenced")).toDouble());
    }
    zvol.origin = originOf(cvr);
}

QString ZfsSnapshots::originOf(const QJsonObject &cvr)
{
    if (label(cvr, kClonedLabel) != QLatin1String("true"))
        return {};
    return annotation(cvr, kSourceVolume) + QLatin1Char('@') + annotation(cvr, kSnapshotName);
}

bool ZfsSnapshots::originOnPool(const QString &pool, const QString &origin) const
{
    const QString source = origin.section(QLatin1Char('@'), 0, 0);
    const QString snapshot = origin.section(QLatin1Char('@'), 1);
    for (const Zvol *z : m_uzfs->zvolsOf(source)) {
        if (z->pool == pool && z->snapshots.contains(snapshot))
            return true;
    }
    return false;
}

double ZfsSnapshots::originBytes(const QString &pool, const QString &origin) const
{
    const QString source = origin.section(QLatin1Char('@'), 0, 0);
    const QString snapshot = origin.section(QLatin1Char('@'), 1);
    for (const Zvol *z : m_uzfs->zvolsOf(source)) {
        if (z->pool == pool)
            return z->snapshots.value(snapshot);
    }
    return 0;
}

void ZfsSnapshots::received(Zvol &rebuilt, const Zvol &helper)
{
    for (auto it = helper.snapshots.constBegin(); it != helper.snapshots.constEnd(); ++it) {
        if (!rebuilt.snapshots.contains(it.key()))
            rebuilt.snapshots.insert(it.key(), it.value());
    }
}

QStringList ZfsSnapshots::dependentClones(const QString &cvr) const
{
    QStringList result;
    QStringList queue{cvr};
    while (!queue.isEmpty()) {
        const Zvol *parent = m_uzfs->zvol(queue.takeFirst());
        const ZPool *pool = parent ? m_uzfs->pool(parent->pool) : nullptr;
        if (!pool)
            continue;
        const QString prefix = parent->volume + QLatin1Char('@');
        for (const QString &name : pool->zvols) {
            const Zvol *z = m_uzfs->zvol(name);
            if (z && z->origin.startsWith(prefix) && !result.contains(name)) {
                result.append(name);
                queue.append(name);
            }
        }
    }
    return result;
}

} // namespace Sim
