#pragma once

#include "models/sim/store/objectstore.h"
#include "models/sim/store/simclock.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

namespace Sim {

class EventRecorder;

// The Kubernetes side of each cStor volume, as csi-provisioner (with cstor-csi) and
// kube-controller-manager's volume controllers leave it: every CVC that names a claim
// (openebs.io/persistent-volume-claim) has a PersistentVolume named after the volume, bound to
// that PersistentVolumeClaim. A claim the scenario holds (bound to the volume by
// spec.volumeName) is used as it is; else one is made in `default`, as the user would have
// made it. Then, as upstream:
// - pvc-protection: a claim being deleted keeps its finalizer while a pod uses it;
// - the PV controller: a volume whose claim is gone is Released, and with reclaim policy
//   Delete csi-provisioner deletes it kReclaimSeconds later (the cStor volume stays: cstor-csi's
//   DeleteVolume is not simulated);
// - pv-protection: a PV being deleted keeps its finalizer while it is Bound.
class VolumeClaims : public QObject
{
    Q_OBJECT

public:
    VolumeClaims(ObjectStore *store, SimClock *clock, EventRecorder *events,
                 QObject *parent = nullptr);

    static constexpr double kReclaimSeconds = 2;

    void start();

private:
    void provision(const QJsonObject &cvc, bool recordEvents);
    void onStoreChanged(const StoreEvent &event);
    void indexClaim(const QJsonObject &pvc, bool present);
    void scheduleProtectionCheck();
    void releaseUnusedClaims();
    bool claimInUse(const QString &ns, const QString &claim) const;
    void onClaimGone(const QJsonObject &pvc);
    void releaseVolume(const QString &name);

    ObjectStore *m_store;
    SimClock *m_clock;
    EventRecorder *m_events;
    QHash<QString, QString> m_claimOfVolume; // PV name -> "<ns>/<claim>" bound to it
    QSet<QString> m_terminating;             // "<ns>/<claim>" waiting for its pods to go
    bool m_checkScheduled = false;
    bool m_started = false;
};

} // namespace Sim
