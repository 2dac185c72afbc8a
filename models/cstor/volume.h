#pragma once

#include "models/cstor/objectmeta.h"
#include "models/cstor/phases.h"

#include <QList>

namespace Cstor {

// A CStorVolume (cv): the volume target and its view of the replicas.
struct Volume
{
    struct ReplicaStatus
    {
        QString replicaId; // zvol GUID (map through knownReplicas to a CVR replicaid)
        QString mode;      // "Healthy" | "Degraded"
        bool quorum = false;
    };

    ObjectMeta meta;
    int replicationFactor = 0;
    int consistencyFactor = 0;
    int desiredReplicationFactor = 0;
    StringMap knownReplicas; // spec.replicaDetails.knownReplicas: replicaid -> GUID
    VolumePhase phase = VolumePhase::Unknown;
    QString phaseText;
    qint64 capacityBytes = 0; // status.capacity
    QList<ReplicaStatus> replicaStatuses;
    QDateTime lastUpdateTime;

    static bool fromJson(const Json::Value &object, Volume *out, QString *error);
    // An object built in memory (a test's, a reply read whole).
    static bool fromJson(const QJsonObject &object, Volume *out, QString *error)
    {
        return fromJson(Json::Document::fromObject(object).root(), out, error);
    }
};

} // namespace Cstor

// Qt and implicitly shared members only: a QList of them grows by moving bytes.
Q_DECLARE_TYPEINFO(Cstor::Volume::ReplicaStatus, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Cstor::Volume, Q_RELOCATABLE_TYPE);
