#include "models/sim/upstream/istgtreplication.h"

#include "models/sim/upstream/objectfields.h"

namespace Sim {

using namespace ObjectFields;

namespace {

int consistencyFactorOf(int rf)
{
    return rf / 2 + 1; // ISTGT CONSISTENCY_FACTOR
}

} // namespace

IstgtReplication IstgtReplication::fromVolume(const QJsonObject &cv)
{
    // volume-mgmt CreateVolumeTarget writes ReplicationFactor, ConsistencyFactor,
    // DesiredReplicationFactor and one "Replica <id> <guid>" line per known replica.
    const QJsonObject spec = child(cv, QStringLiteral("spec"));
    IstgtReplication state;
    state.m_rf = spec.value(QLatin1String("replicationFactor")).toInt();
    state.m_cf =
        spec.value(QLatin1String("consistencyFactor")).toInt(consistencyFactorOf(state.m_rf));
    // A CV from before DRF existed has none; istgt then runs with DRF = RF.
    const QJsonValue drf = spec.value(QLatin1String("desiredReplicationFactor"));
    state.m_drf = drf.isUndefined() ? state.m_rf : drf.toInt();
    const QJsonObject known = knownReplicas(cv, QStringLiteral("spec"));
    for (auto it = known.begin(); it != known.end(); ++it)
        state.m_trusty.insert(it.key(), it.value().toString());
    return state;
}

bool IstgtReplication::isTrustyGuid(const QString &guid) const
{
    for (const QString &trustyGuid : m_trusty) {
        if (trustyGuid == guid)
            return true;
    }
    return false;
}

bool IstgtReplication::canConnect(const QString &replicaId, const QString &guid,
                                  int connected) const
{
    if (connected >= m_drf)
        return false; // "removing replica ... connected >= (drf)"
    if (isTrustyId(replicaId) || isTrustyGuid(guid))
        return true; // a known replica, or its replacement
    // An unknown replica: a new volume, or a scale-up while RF < DRF.
    return m_trusty.size() < m_rf || m_rf < m_drf;
}

IstgtReplication::Promotion IstgtReplication::promote(const QString &replicaId, const QString &guid)
{
    if (m_trusty.value(replicaId) == guid)
        return Promotion::AlreadyTrusty;
    if (m_trusty.size() < m_rf || m_trusty.contains(replicaId)) {
        m_trusty.insert(replicaId, guid); // a replacement within RF
        return Promotion::Added;
    }
    if (m_rf == m_drf)
        return Promotion::Refused; // nothing to add: istgt disconnects it
    // handle_scaleup_replica_transition
    m_rf += 1;
    m_cf = consistencyFactorOf(m_rf);
    m_trusty.insert(replicaId, guid);
    return Promotion::ScaledUp;
}

IstgtReplication::CommandResult IstgtReplication::drf(int drf, const QStringList &knownIds,
                                                      const QList<Connected> &connected)
{
    if (drf < m_drf)
        return lowerDrf(drf, knownIds, connected);
    m_drf = drf; // equal: "already equal", OK too
    return {true, QStringLiteral("OK DRF"), QString()};
}

IstgtReplication::CommandResult IstgtReplication::lowerDrf(int drf, const QStringList &knownIds,
                                                           const QList<Connected> &connected)
{
    const QString failed = QStringLiteral("ERR failed DRF");
    if (m_drf != m_rf || drf != m_rf - 1) {
        return {false,
                QStringLiteral("ERR current desired replication factor(%1) and replication "
                               "factor(%2) but requested desired replication factor(%3) are "
                               "invalid changes")
                    .arg(m_drf)
                    .arg(m_rf)
                    .arg(drf),
                QString()};
    }
    if (knownIds.size() < drf)
        return {false, QStringLiteral("ERR invalid param"), QString()};
    const QStringList kept = knownIds.mid(0, drf);
    for (const QString &id : kept) {
        if (!m_trusty.contains(id))
            return {false, failed, QString()}; // is_valid_known_replica_list
    }
    // The replica to drop: a connected quorum replica first, else a non-quorum one.
    QString removing;
    for (const bool quorum : {true, false}) {
        for (const Connected &replica : connected) {
            if (removing.isEmpty() && replica.trusty == quorum && !kept.contains(replica.replicaId))
                removing = replica.replicaId;
        }
    }
    // can_replica_remove
    int healthy = 0;
    for (const Connected &replica : connected) {
        if (!replica.trusty)
            continue;
        healthy += replica.healthy ? 1 : 0;
        if (replica.replicaId != removing && !replica.healthy)
            return {false, failed, QString()};
    }
    if (healthy < m_cf)
        return {false, failed, QString()};
    m_rf = drf;
    m_cf = consistencyFactorOf(drf);
    m_drf = drf;
    for (auto it = m_trusty.begin(); it != m_trusty.end(); ++it) {
        if (!kept.contains(it.key())) {
            m_trusty.erase(it);
            break;
        }
    }
    return {true, QStringLiteral("OK DRF"), removing};
}

} // namespace Sim
