#pragma once

#include "models/cstor/objectmeta.h"
#include "models/cstor/phases.h"

#include <QStringList>

namespace Cstor {

// A CStorVolumeConfig (cvc): the volume's desired replica placement.
struct VolumeConfig
{
    ObjectMeta meta;
    QString poolCluster;      // label openebs.io/cstor-pool-cluster
    QStringList specPools;    // spec.policy.replicaPoolInfo[].poolName
    QStringList statusPools;  // status.poolInfo
    int replicaCount = 0;     // spec.provision.replicaCount
    qint64 capacityBytes = 0; // spec.provision.capacity.storage (else spec.capacity.storage)
    VolumeConfigPhase phase = VolumeConfigPhase::Unknown;
    QString phaseText;

    // True while spec and status pool lists differ (a scale-up or scale-down is under way).
    bool isScaling() const;
    // Pools the spec lists and the status not yet (being scaled up to), and the reverse (being
    // scaled down from), in list order.
    QStringList poolsBeingAdded() const;
    QStringList poolsBeingRemoved() const;

    static bool fromJson(const Json::Value &object, VolumeConfig *out, QString *error);
    // An object built in memory (a test's, a reply read whole).
    static bool fromJson(const QJsonObject &object, VolumeConfig *out, QString *error)
    {
        return fromJson(Json::Document::fromObject(object).root(), out, error);
    }
};

} // namespace Cstor

// Qt and implicitly shared members only: a QList of them grows by moving bytes.
Q_DECLARE_TYPEINFO(Cstor::VolumeConfig, Q_RELOCATABLE_TYPE);
