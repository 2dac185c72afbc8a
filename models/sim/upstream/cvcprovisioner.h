#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Sim {

class ObjectStore;
class SimClock;
class EventRecorder;

// The CVC operator's provisioning of a Pending CStorVolumeConfig (CO cstorvolumeconfig
// controller.go createVolumeOperation, volume_operations.go distributeCVRs): the CStorVolume,
// the replicas spread over usable pools of the CVC's CSPC, then the CVC Bound with its pools.
// The target Service and Deployment are not objects of the simulator: the target's address is
// drawn once and kept on the CV.
class CvcProvisioner
{
public:
    CvcProvisioner(ObjectStore *store, SimClock *clock, EventRecorder *events,
                   const QString &version);

    // createVolumeOperation; returns the error upstream records as Warning "Provisioning".
    QString createVolumeOperation(const QJsonObject &cvc);

    // distributeCVRs's pool choice: the CSPC's pools (narrowed to spec.policy.replicaPoolInfo
    // when given) that hold no replica of the volume, are not OFFLINE and not read-only, in
    // random order; the node of publish.nodeId first when replica affinity is on.
    QList<QJsonObject> usablePools(const QJsonObject &cvc, const QJsonObject &policy) const;

private:
    QString volumePolicy(const QJsonObject &cvc, QJsonObject *policySpec) const;
    QString getOrCreateVolume(const QJsonObject &cvc, QJsonObject *cv);
    QString distributeCvrs(const QJsonObject &cvc, const QJsonObject &cv,
                           const QJsonObject &policy);
    QString createCvr(const QJsonObject &cvc, const QJsonObject &cv, const QJsonObject &cspi,
                      const QJsonObject &policy);
    QStringList replicaPoolNames(const QString &ns, const QString &volume) const;
    QString bind(QJsonObject cvc, const QJsonObject &cv, QJsonObject policy);

    ObjectStore *m_store;
    SimClock *m_clock;
    EventRecorder *m_events;
    QString m_version;
};

} // namespace Sim
