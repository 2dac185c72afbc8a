#pragma once

#include "models/cstor/objectmeta.h"
#include "models/cstor/phases.h"

namespace Cstor {

// A CStorPoolInstance (cspi): one pool on one node.
struct PoolInstance
{
    ObjectMeta meta;
    QString poolCluster; // label openebs.io/cstor-pool-cluster
    QString hostName;    // spec.hostName (else label kubernetes.io/hostname)
    QString raidType;    // spec.poolConfig.dataRaidGroupType
    PoolPhase phase = PoolPhase::Unknown;
    QString phaseText;
    qint64 usedBytes = 0;  // status.capacity.used (quantity)
    qint64 freeBytes = 0;  // status.capacity.free
    qint64 totalBytes = 0; // status.capacity.total
    bool readOnly = false;
    bool resilvering = false; // condition DiskReplacement True: a replaced disk resilvers
    // Condition PoolLost True, its lastUpdateTime: when its pool-manager last failed to import
    // the pool (its disks lost, or attached to another node); upstream never sets it False.
    QDateTime poolLostAt;
    // Not read from the object: whether the pool's import fails now (Cstor::PoolImports, from
    // the events), set by the client's cluster model.
    bool importLost = false;
    int roThresholdLimit = 85; // spec.poolConfig.roThresholdLimit
    int provisionedReplicas = 0;
    int healthyReplicas = 0;

    static bool fromJson(const Json::Value &object, PoolInstance *out, QString *error);
    // An object built in memory (a test's, a reply read whole).
    static bool fromJson(const QJsonObject &object, PoolInstance *out, QString *error)
    {
        return fromJson(Json::Document::fromObject(object).root(), out, error);
    }
};

} // namespace Cstor

// Qt and implicitly shared members only: a QList of them grows by moving bytes.
Q_DECLARE_TYPEINFO(Cstor::PoolInstance, Q_RELOCATABLE_TYPE);
