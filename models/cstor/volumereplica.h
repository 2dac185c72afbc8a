#pragma once

#include "models/cstor/objectmeta.h"
#include "models/cstor/phases.h"

#include <QStringList>

namespace Cstor {

// A CStorVolumeReplica (cvr): one replica of one volume on one pool.
struct VolumeReplica
{
    ObjectMeta meta;
    QString volume;    // label cstorvolume.openebs.io/name
    QString pool;      // label cstorpoolinstance.openebs.io/name
    QString poolUid;   // label cstorpoolinstance.openebs.io/uid
    QString node;      // annotation cstorpoolinstance.openebs.io/hostname
    QString replicaId; // spec.replicaid
    ReplicaPhase phase = ReplicaPhase::Unknown;
    QString phaseText;
    qint64 usedBytes = 0;      // status.capacity.used (ZFS logicalreferenced)
    qint64 allocatedBytes = 0; // status.capacity.total (ZFS used)
    // A clone's source (label openebs.io/cloned "true"): annotations openebs.io/source-volume
    // and openebs.io/snapshot; empty for other replicas.
    QString sourceVolume;
    QString sourceSnapshot;
    QStringList snapshots;        // keys of status.snapshots
    QStringList pendingSnapshots; // keys of status.pendingSnapshots
    QDateTime lastUpdateTime;     // status.lastUpdateTime
    QDateTime lastTransitionTime; // status.lastTransitionTime

    static bool fromJson(const Json::Value &object, VolumeReplica *out, QString *error);
    // An object built in memory (a test's, a reply read whole).
    static bool fromJson(const QJsonObject &object, VolumeReplica *out, QString *error)
    {
        return fromJson(Json::Document::fromObject(object).root(), out, error);
    }
};

} // namespace Cstor

// Qt and implicitly shared members only: a QList of them grows by moving bytes.
Q_DECLARE_TYPEINFO(Cstor::VolumeReplica, Q_RELOCATABLE_TYPE);
