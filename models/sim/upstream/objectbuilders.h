#pragma once

#include <QJsonObject>
#include <QString>

namespace Sim {

class SimClock;

// The parts of cStor objects that the generator, the loader and the CSPC operator write: ids drawn
// from the clock's seeded randomness, owner references, version details and a CStorVolume's spec.
namespace ObjectBuilders {

inline const QString kCstorApi = QStringLiteral("cstor.openebs.io/v1");
inline const QString kCstorVersion = QStringLiteral("3.6.0");

QString newUid(SimClock *clock);      // a version 4 UUID from two of the clock's random numbers
QString newTargetIp(SimClock *clock); // a service IP such as 10.96.12.34
QJsonObject versionDetails();
QJsonObject ownerReference(const QString &kind, const QString &name, const QString &uid);
// A CStorVolume's metadata.labels.
QJsonObject volumeLabels(const QString &volume);
// A CStorVolume's spec: the target's address and the replicas it knows.
QJsonObject volumeSpec(const QString &volume, const QString &capacity, const QString &ip,
                       int replicationFactor, int consistencyFactor, int desiredReplicationFactor,
                       const QJsonObject &knownReplicas);
// A CStorPoolInstance as the CSPC operator creates it (CO algorithm GetCSPISpec): its labels,
// the CSPC owner reference, the CSPC finalizer only (the pool-manager adds pool-protection)
// and the pool spec's nodeSelector, poolConfig (roThresholdLimit 85 unless given) and raid
// groups. No status.
QJsonObject cspiObject(const QString &ns, const QString &name, const QString &uid,
                       const QString &created, const QString &node, const QString &cspc,
                       const QString &cspcUid, const QJsonObject &poolSpec);

} // namespace ObjectBuilders

} // namespace Sim
