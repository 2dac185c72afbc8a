#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Cstor {
struct ObjectMeta;
struct PoolInstance;
struct Volume;
struct VolumeConfig;
struct VolumeReplica;
} // namespace Cstor

namespace Migration {
class ClusterSnapshot;
}

// The parts the rules' findings share: objects named as kubectl names them, the kubectl commands
// that show them (exact and runnable, never with a credential), and the readings of the objects
// several rules need.
namespace Doctor::Parts {

// "cvc/NAME", "cv/NAME", "cvr/NAME", "cspi/NAME": what `kubectl get` takes.
QString object(const char *shortKind, const QString &name);
// The object's namespace ("openebs" when the object came without one).
QString namespaceOf(const Cstor::ObjectMeta &meta);
// `kubectl get RESOURCE NAME -n NS -o yaml`.
QString getYaml(const char *resource, const QString &name, const QString &ns);
// `kubectl get cvr -n NS -l cstorvolume.openebs.io/name=VOLUME`: a volume's replicas.
QString replicasOf(const QString &volume, const QString &ns);
// `kubectl get cvr -n NS -l cstorpoolinstance.openebs.io/name=POOL`: a pool's replicas.
QString replicasOn(const QString &pool, const QString &ns);
// `kubectl get events -n NS --field-selector involvedObject.name=NAME`.
QString eventsOf(const QString &name, const QString &ns);

// How the volume's target reports the replica: "Healthy", "Degraded", or empty when its
// status lists no such replica (knownReplicas maps the CVR's replica id to the GUID the status
// names).
QString targetMode(const Cstor::Volume &cv, const Cstor::VolumeReplica &cvr);
// Healthy as its CVR says and, when the target reports replicas at all, as the target says
// (a dead node's CVR keeps its last phase: CSTOR.md, staleness).
bool isHealthy(const Migration::ClusterSnapshot &cluster, const Cstor::VolumeReplica &cvr);
// The same with the replica's CV (null when there is none) looked up already.
bool isHealthy(const Cstor::Volume *cv, const Cstor::VolumeReplica &cvr);
// The node of a replica: its pool's, else the CVR's hostname annotation.
QString nodeOf(const Migration::ClusterSnapshot &cluster, const Cstor::VolumeReplica &cvr);
// Used percent of a pool's capacity, rounded (0 when it reports none).
int usedPercent(const Cstor::PoolInstance &pool);
// How long ago `time` was, for people ("25m", "3h"); "-" when unknown.
QString ago(const QDateTime &time, const QDateTime &now);

} // namespace Doctor::Parts
