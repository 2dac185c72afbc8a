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

// The pools the CVC's spec and status both list that hold no replica of the volume: a replica
// deleted by hand (nothing creates it again while the volume is Bound).
QStringList poolsWithoutReplica(const Migration::ClusterSnapshot &cluster,
                                const Cstor::VolumeConfig &cvc);

// Used percent of a pool's capacity, rounded (0 when it reports none).
int usedPercent(const Cstor::PoolInstance &pool);
// How long ago `time` was, for people ("25m", "3h"); "-" when unknown.
QString ago(const QDateTime &time, const QDateTime &now);

} // namespace Doctor::Parts
