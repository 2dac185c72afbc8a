#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sim {

class SimCluster;

// What situations read from and do to a cluster, in an operator's terms: a volume's pools and
// their nodes, the target's view of its replicas, a pool list edit, a fault, an event seen.
namespace ClusterPicks {

struct Volume
{
    QString ns;
    QString name;
    QStringList pools; // CVC status.poolInfo
};

QList<Volume> volumes(SimCluster &cluster); // by name
QStringList pools(SimCluster &cluster);     // every CSPI name, sorted
QString nodeOf(SimCluster &cluster, const QString &pool);
// The target's view: CV status.replicaStatuses modes, and the CV spec replicationFactor.
QStringList replicaModes(SimCluster &cluster, const Volume &volume);
int replicationFactor(SimCluster &cluster, const Volume &volume);
int desiredReplicationFactor(SimCluster &cluster, const Volume &volume);
// Every replica the target sees is Healthy, and it sees `count` of them.
bool allHealthy(SimCluster &cluster, const Volume &volume, int count);
// A pool for a new replica of the volume: on a node that holds none of its replicas and is up.
QString spareFor(SimCluster &cluster, const Volume &volume);

// The CVR of the volume's replica on a pool, if there is one (terminating or not).
std::optional<QJsonObject> replicaOn(SimCluster &cluster, const Volume &volume,
                                     const QString &pool);
// Removes every finalizer of a CVR, as `kubectl patch --type=json -p '[{"op":"remove","path":
// "/metadata/finalizers"}]'` does (upstream's documented step for a lost pool's replica).
QString removeFinalizers(SimCluster &cluster, const QString &ns, const QString &cvr);

// The pool's used share of its size in percent, and its read-only threshold (roThresholdLimit,
// default 85), as the pool-manager computes them.
double usedPercent(SimCluster &cluster, const QString &pool);
int readOnlyThreshold(SimCluster &cluster, const QString &pool);

// Edits the CVC's spec.policy.replicaPoolInfo as `kubectl edit` would; an error or empty.
QString setPools(SimCluster &cluster, const Volume &volume, const QStringList &pools);
// Adds a name to one of the faults document's lists (downNodes, offlinePools, ...).
QString addFault(SimCluster &cluster, const QString &field, const QString &name);
QString removeFault(SimCluster &cluster, const QString &field, const QString &name);
// A new volume's CVC in namespace openebs, as the CSI driver's CreateVolume writes it (cstor-csi
// BuildCStorVolumeConfig): Pending, for the CVC operator to provision. A clone names its
// source as "<volume>@<snapshot>" (spec.cstorVolumeSource).
struct Claim
{
    QString name;
    QString cspc;
    int replicas = 1;
    QString claimName;                        // the PVC's
    QString capacity = QStringLiteral("1Gi"); // a clone's is its source's
    QString source;                           // a clone's "<volume>@<snapshot>"
};
QJsonObject newClaim(const Claim &claim);
// The capacity a volume's CVC asks for (spec.capacity.storage).
QString capacityOf(SimCluster &cluster, const Volume &volume);
// Creates the object as `kubectl create` would; an error or empty.
QString create(SimCluster &cluster, const QString &resource, const QJsonObject &object);
// Deletes the object as `kubectl delete` would (its finalizers then run); an error or empty.
QString remove(SimCluster &cluster, const QString &resource, const QString &ns,
               const QString &name);
// The pool cluster (CSPC) a pool belongs to.
QString poolClusterOf(SimCluster &cluster, const QString &pool);

// An event about the object with this reason and a message containing `part`.
bool hasEvent(SimCluster &cluster, const QString &objectName, const QString &reason,
              const QString &part);

} // namespace ClusterPicks

} // namespace Sim
