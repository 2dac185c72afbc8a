#pragma once

#include "models/cstor/objectmeta.h"
#include "models/json/document.h"

#include <QString>
#include <QStringList>

namespace Cstor {

// A core/v1 Pod that mounts PersistentVolumeClaims (an application's), as much as the console
// reads: the claims it mounts (in its own namespace), its node and how it runs. Pods that mount
// no claim are of no interest (isRelevant()): the volumes of a pod never change.
struct WorkloadPod
{
    ObjectMeta meta;
    QStringList claims; // spec.volumes[].persistentVolumeClaim.claimName
    QString node;       // spec.nodeName; empty while not scheduled
    QString phaseText;  // status.phase: Pending, Running, ...
    bool ready = false; // the Ready condition is True

    bool isRelevant() const { return !claims.isEmpty(); }
    // "Terminating" while being deleted, else the phase.
    QString stateText() const;
    static bool fromJson(const Json::Value &object, WorkloadPod *out, QString *error);
};

} // namespace Cstor

Q_DECLARE_TYPEINFO(Cstor::WorkloadPod, Q_RELOCATABLE_TYPE);
