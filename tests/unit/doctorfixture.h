#pragma once

#include "models/cstor/event.h"
#include "models/cstor/node.h"
#include "models/health/finding.h"
#include "models/health/healthrule.h"
#include "models/planning/clustersnapshot.h"
#include "tests/common/seedclusterdelta.h"

#include <QDateTime>
#include <QTest>

// The seed cluster (tests/common/seedclusterdelta.h) as a healthy cluster shows it to the
// doctor's rules: namespace openebs, an hour old, each replica's id known to the target and
// reported Healthy by it. A rule's test edits it into the bad case.
namespace DoctorFixture {

using namespace SeedClusterDelta;

inline const QDateTime kNow(QDate(2026, 12, 4), QTime(12, 0), Qt::UTC);
inline const QString kNs = QStringLiteral("openebs");

inline QString idOf(const QString &pool)
{
    return QStringLiteral("id-") + pool.right(4);
}

inline QString guidOf(const QString &pool)
{
    return QStringLiteral("guid-") + pool.right(4);
}

inline Kube::ClusterDelta healthy()
{
    Kube::ClusterDelta delta = make();
    const QDateTime created = kNow.addSecs(-3600);
    for (Cstor::PoolInstance &pool : delta.pools.upserted) {
        pool.meta.namespaceName = kNs;
        pool.meta.creationTimestamp = created;
    }
    for (Cstor::VolumeConfig &cvc : delta.volumeConfigs.upserted) {
        cvc.meta.namespaceName = kNs;
        cvc.meta.creationTimestamp = created;
    }
    for (Cstor::Volume &cv : delta.volumes.upserted) {
        cv.meta.namespaceName = kNs;
        cv.meta.creationTimestamp = created;
    }
    Cstor::Volume &cv = delta.volumes.upserted.first();
    for (Cstor::VolumeReplica &cvr : delta.replicas.upserted) {
        cvr.meta.namespaceName = kNs;
        cvr.meta.creationTimestamp = created;
        cvr.lastTransitionTime = created;
        cvr.replicaId = idOf(cvr.pool);
        cv.knownReplicas.insert(cvr.replicaId, guidOf(cvr.pool));
        cv.replicaStatuses.append({guidOf(cvr.pool), QStringLiteral("Healthy"), true});
    }
    return delta;
}

inline Cstor::VolumeConfig &cvcOf(Kube::ClusterDelta &delta)
{
    return delta.volumeConfigs.upserted.first();
}

inline Cstor::Volume &cvOf(Kube::ClusterDelta &delta)
{
    return delta.volumes.upserted.first();
}

inline Cstor::VolumeReplica &replicaOn(Kube::ClusterDelta &delta, const QString &pool)
{
    for (Cstor::VolumeReplica &cvr : delta.replicas.upserted) {
        if (cvr.pool == pool)
            return cvr;
    }
    qFatal("no replica on that pool");
}

inline Cstor::PoolInstance &poolNamed(Kube::ClusterDelta &delta, const QString &name)
{
    for (Cstor::PoolInstance &pool : delta.pools.upserted) {
        if (pool.meta.name == name)
            return pool;
    }
    qFatal("no such pool");
}

// A replica of the seed volume on pool 3, as a scale-up creates it.
inline Cstor::VolumeReplica newReplica(Cstor::ReplicaPhase phase)
{
    Cstor::VolumeReplica cvr = replica(kVolume, kPool3, QStringLiteral("e2e1-node3"), phase);
    cvr.meta.namespaceName = kNs;
    cvr.replicaId = idOf(kPool3);
    cvr.lastTransitionTime = kNow.addSecs(-30);
    return cvr;
}

inline Cstor::Event cvEvent(const QString &reason, const QString &message, int count)
{
    Cstor::Event event;
    event.meta.uid = QStringLiteral("uid-event-") + reason;
    event.meta.name = kVolume + QStringLiteral(".event");
    event.meta.namespaceName = kNs;
    event.type = QStringLiteral("Warning");
    event.reason = reason;
    event.message = message;
    event.involvedKind = QStringLiteral("CStorVolume");
    event.involvedName = kVolume;
    event.count = count;
    return event;
}

// The pool-manager's event after a successful import of `pool` (CO pool operations Import).
inline Cstor::Event poolImported(const QString &pool, const QDateTime &at)
{
    Cstor::Event event = cvEvent(QStringLiteral("Pool Imported"),
                                 QStringLiteral("Pool Import successful: cstor-x"), 1);
    event.involvedKind = QStringLiteral("CStorPoolInstance");
    event.involvedName = pool;
    event.type = QStringLiteral("Normal");
    event.lastTimestamp = at;
    return event;
}

inline QList<Doctor::Finding> check(const Doctor::HealthRule &rule, const Kube::ClusterDelta &delta)
{
    Migration::ClusterSnapshot snapshot;
    snapshot.apply(delta);
    return rule.check(snapshot, kNow);
}

// The seed's three nodes, Ready unless named in `notReady`.
inline QList<Cstor::Node> nodes(const QStringList &notReady = {})
{
    QList<Cstor::Node> list;
    for (const QString &name : {QStringLiteral("e2e1-node1"), QStringLiteral("e2e1-node2"),
                                QStringLiteral("e2e1-node3")}) {
        Cstor::Node node;
        node.meta.name = name;
        node.meta.uid = QStringLiteral("uid-") + name;
        node.ready = !notReady.contains(name);
        node.readyStatus = node.ready ? QStringLiteral("True") : QStringLiteral("Unknown");
        node.readyReason =
            node.ready ? QStringLiteral("KubeletReady") : QStringLiteral("NodeStatusUnknown");
        node.lastTransition = kNow.addSecs(-300);
        list << node;
    }
    return list;
}

// Every part of a finding is there; the commands are kubectl's, namespaced, without credentials.
inline bool complete(const QList<Doctor::Finding> &findings, const QString &rule)
{
    for (const Doctor::Finding &finding : findings) {
        if (finding.rule != rule || finding.objects.isEmpty() || finding.summary.isEmpty() ||
            finding.risk.isEmpty() || finding.fix.isEmpty() || finding.commands.isEmpty())
            return false;
        for (const QString &command : finding.commands) {
            // PersistentVolumes and nodes are cluster-scoped.
            const bool namespaced = command.contains(QStringLiteral(" -n openebs")) ||
                                    command.startsWith(QStringLiteral("kubectl get pv ")) ||
                                    command.startsWith(QStringLiteral("kubectl get node")) ||
                                    command.startsWith(QStringLiteral("kubectl auth can-i "));
            if (!command.startsWith(QStringLiteral("kubectl ")) || !namespaced ||
                command.contains(QStringLiteral("token")) ||
                command.contains(QStringLiteral("--kubeconfig")))
                return false;
        }
    }
    return true;
}

} // namespace DoctorFixture
