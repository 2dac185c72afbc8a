#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Recovery {

// The CVR of a pool created again after it was deleted by hand, as the CVC controller builds a
// scale-up's replica (createCVR): the volume's labels, owner, finalizer, target IP, capacity and
// version from a replica of the same volume, the pool's name, uid and host from its
// CStorPoolInstance, the replica id the target still knows, and phase Recreate (the pool
// manager then creates the zvol out of the quorum, to be rebuilt).
class ReplicaRecreation
{
    Q_DECLARE_TR_FUNCTIONS(Recovery::ReplicaRecreation)

public:
    // `sibling`: a CVR of the volume; `cspi`: the pool's CStorPoolInstance. Empty (and *error
    // says why) when either lacks what the replica needs.
    static QJsonObject replica(const QJsonObject &sibling, const QJsonObject &cspi,
                               const QString &replicaId, QString *error);
};

} // namespace Recovery
