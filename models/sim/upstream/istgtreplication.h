#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Sim {

// istgt's own replication state of one volume: its replication, consistency and desired
// replication factors and the trusty (voting) replicas (ISTGT spec_t and lu->trusty_replicas).
// Read from istgt.conf when the target starts, which volume-mgmt writes from the CV; after that
// only a promotion and a successful `istgtcontrol drf` change it, never a later CV edit. So
// during a scale-down the source keeps voting until the drf command succeeds
// (CSTOR-CONTROLLERS.md §9.1, §9.2).
class IstgtReplication
{
public:
    // What volume-mgmt writes to istgt.conf from the CV (a DRF of 0 is taken literally).
    static IstgtReplication fromVolume(const QJsonObject &cv);

    int replicationFactor() const { return m_rf; }
    int consistencyFactor() const { return m_cf; }
    int desiredReplicationFactor() const { return m_drf; }
    // Replica ID -> zvol GUID of the voting replicas.
    const QMap<QString, QString> &trusty() const { return m_trusty; }
    bool isTrustyGuid(const QString &guid) const;
    bool isTrustyId(const QString &replicaId) const { return m_trusty.contains(replicaId); }

    // can_replica_connect, for a replica not yet connected: `connected` counts the connected
    // and connecting replicas of the volume.
    bool canConnect(const QString &replicaId, const QString &guid, int connected) const;

    enum class Promotion { AlreadyTrusty, Added, ScaledUp, Refused };
    // handle_transition_from_unknown_to_known, when a rebuilt replica turns quorum on:
    // a replacement joins within RF, a scale-up raises RF (and CF), otherwise it is refused.
    Promotion promote(const QString &replicaId, const QString &guid);

    struct Connected
    {
        QString replicaId;
        bool healthy = false;
        bool trusty = false;
    };
    struct CommandResult
    {
        bool ok = false;
        QString response; // "OK drf" or the ERR line istgt answers
        QString removedReplicaId;
    };
    // istgtcontrol drf <volume> <drf> [<known replica IDs>] (istgt_uctl_cmd_desired_rf and
    // istgt_lu_remove_unknown_replica).
    CommandResult drf(int drf, const QStringList &knownIds, const QList<Connected> &connected);

private:
    CommandResult lowerDrf(int drf, const QStringList &knownIds, const QList<Connected> &connected);

    int m_rf = 0;
    int m_cf = 0;
    int m_drf = 0;
    QMap<QString, QString> m_trusty;
};

} // namespace Sim
