#include "models/sim/upstream/volumetarget.h"

#include "models/sim/store/eventrecorder.h"
#include "models/sim/upstream/objectfields.h"
#include "models/sim/upstream/poolmanager.h"

#include <QJsonArray>

#include <algorithm>

// volume-mgmt's DRF reconcile of a CV (CO volume-mgmt handler.go): scale-up and scale-down
// through `istgtcontrol drf`.

namespace Sim {

using namespace ObjectFields;

namespace {

QJsonObject specKnown(const QJsonObject &cv)
{
    return knownReplicas(cv, QStringLiteral("spec"));
}

QJsonObject statusKnown(const QJsonObject &cv)
{
    return knownReplicas(cv, QStringLiteral("status"));
}

} // namespace

// IsDRFPending and updateCStorVolumeDRF (CO volume-mgmt handler.go): istgt.conf's DRF differs
// from the CV's, or the CV's spec lists fewer known replicas than its status (a scale-down).
bool VolumeTarget::reconcileDrf(Target &t, const QJsonObject &cv)
{
    const QJsonObject spec = child(cv, QStringLiteral("spec"));
    const QJsonValue drfValue = spec.value(QLatin1String("desiredReplicationFactor"));
    const int drf = drfValue.isUndefined() ? spec.value(QLatin1String("replicationFactor")).toInt()
                                           : drfValue.toInt();
    const qsizetype known = specKnown(cv).size();
    const qsizetype knownInStatus = statusKnown(cv).size();
    if (t.confDrf == drf && known >= knownInStatus)
        return false;
    QString error;
    if (known < knownInStatus) {
        error = scaleDown(t, cv, drf);
    } else if (known == knownInStatus) {
        error = scaleUp(t, drf);
    } else {
        error = QStringLiteral("unkown changes are made to cStorVolume no.of entries in "
                               "spec.ReplicaDetails.knownReplicas are %1 and no.of entries in "
                               "status.ReplicaDetails.KnownReplicas are %2")
                    .arg(known)
                    .arg(knownInStatus);
    }
    if (!error.isEmpty()) {
        m_events->warning(cv, QStringLiteral("FailUpdate"),
                          QStringLiteral("failed to update desired replication factor to %1 "
                                         "Error: %2")
                              .arg(drf)
                              .arg(error),
                          t.podName);
        return true;
    }
    m_events->normal(
        cv, QStringLiteral("Updated"),
        QStringLiteral("Successfully updated the desiredReplicationFactor to %1").arg(drf),
        t.podName);
    return true;
}

// triggerScaleUpProcess: `istgtcontrol DRF <pv> <drf>`, then istgt.conf, only on success.
QString VolumeTarget::scaleUp(Target &t, int drf)
{
    const IstgtReplication::CommandResult result = t.istgt.drf(drf, {}, connectedReplicas(t));
    if (!result.ok)
        return drfCommandError(t, result.response);
    t.confDrf = drf;
    evaluate(key(t.ns, t.name));
    return QString();
}

// triggerScaleDownProcess: checks the volume and the kept replicas, writes istgt.conf and the
// CV's RF/CF first, then `istgtcontrol DRF <pv> <drf> <kept IDs>`, then the CV's status.
QString VolumeTarget::scaleDown(Target &t, QJsonObject cv, int drf)
{
    if (volumePhase(t.ns, t.name) != QLatin1String("Healthy"))
        return QStringLiteral("cStorvolume is not in healthy to trigger scaledown");
    const QJsonObject known = specKnown(cv);
    const QJsonObject knownInStatus = statusKnown(cv);
    int h = 0;
    int d = 0;
    const QJsonArray statuses = replicaStatuses(t, &h, &d);
    for (auto g = known.begin(); g != known.end(); ++g) {
        const bool healthy =
            std::any_of(statuses.begin(), statuses.end(), [&](const QJsonValue &v) {
                const QJsonObject e = v.toObject();
                return e.value(QLatin1String("replicaId")).toString() == g.value().toString() &&
                       e.value(QLatin1String("mode")).toString() == QLatin1String("Healthy");
            });
        if (!healthy)
            return QStringLiteral("spec replicas are not in healthy state");
    }
    QSet<QString> removedGuids;
    for (auto g = knownInStatus.begin(); g != knownInStatus.end(); ++g) {
        if (!known.contains(g.key()))
            removedGuids.insert(g.value().toString());
    }
    if (removedGuids.isEmpty())
        return QStringLiteral("removing replica is not present in volume status");
    QJsonObject spec = child(cv, QStringLiteral("spec"));
    if (drf < spec.value(QLatin1String("replicationFactor")).toInt()) {
        t.confDrf = drf; // istgt.conf: ReplicationFactor, ConsistencyFactor, DRF, Replica lines
        spec.insert(QStringLiteral("replicationFactor"), drf);
        spec.insert(QStringLiteral("consistencyFactor"), drf / 2 + 1);
        cv.insert(QStringLiteral("spec"), spec);
        const auto result = m_writes.update(kCv, cv);
        if (const auto *error = std::get_if<ApiError>(&result))
            return QStringLiteral("failed to update cstorvolume: %1").arg(error->message);
        cv = std::get<QJsonObject>(result);
    }
    const IstgtReplication::CommandResult result =
        t.istgt.drf(drf, known.keys(), connectedReplicas(t));
    if (!result.ok)
        return drfCommandError(t, result.response);
    // The removed replica is disconnected and cannot connect again.
    t.removedGuids.unite(removedGuids);
    evaluate(key(t.ns, t.name));
    // The status written on the CV the first write returned; here evaluate() may have written
    // the CV's replica statuses in between, which upstream's one worker does not do, so the
    // object is read again.
    cv = m_store->get(kCv, t.ns, t.name).value_or(cv);
    QJsonObject status = child(cv, QStringLiteral("status"));
    QJsonObject details = child(status, QStringLiteral("replicaDetails"));
    insertOmitEmpty(details, QStringLiteral("knownReplicas"), known);
    status.insert(QStringLiteral("replicaDetails"), details);
    cv.insert(QStringLiteral("status"), status);
    const auto written = m_writes.update(kCv, cv);
    if (const auto *error = std::get_if<ApiError>(&written))
        return QStringLiteral("failed to update cstorvolume status with scaledown replica "
                              "information: %1")
            .arg(error->message);
    return QString();
}

// ExecuteDesiredReplicationFactorCommand: an ERR line from istgt becomes the error.
QString VolumeTarget::drfCommandError(const Target &t, const QString &response) const
{
    return QStringLiteral("failed to execute istgtcontrol DRF command on volume %1 resp: %2")
        .arg(t.name, response);
}

QList<IstgtReplication::Connected> VolumeTarget::connectedReplicas(const Target &t) const
{
    QList<IstgtReplication::Connected> result;
    QList<Zvol *> zvols = m_pools->zvolsOf(t.name);
    std::sort(zvols.begin(), zvols.end(), [](Zvol *a, Zvol *b) { return a->cvr < b->cvr; });
    for (const Zvol *z : std::as_const(zvols)) {
        if (z->connected)
            result.append({z->replicaId, z->healthy, t.istgt.isTrustyGuid(z->guid)});
    }
    return result;
}

} // namespace Sim
