#pragma once

#include "models/sim/store/objectstore.h"

#include <QObject>
#include <QSet>
#include <QString>

namespace Sim {

class SimClock;
class EventRecorder;

// node-disk-manager's claim controller (NDM pkg/controllers/blockdeviceclaim): a new claim of a
// named block device binds it (claimBlockDevice: the BlockDevice gets the claim's reference,
// claimState Claimed and openebs.io/bd-protection; the claim phase Bound and
// openebs.io/bdc-protection), or stays Pending while the device is not Unclaimed and Active. A
// claim being deleted whose only finalizer is NDM's releases its device (FinalizerHandling,
// releaseClaimedBlockDevice: claimState Released), and NDM's cleanup job then makes the device
// Unclaimed again (its bd-protection removed) a few seconds later.
class BlockDeviceClaimController : public QObject
{
    Q_OBJECT

public:
    BlockDeviceClaimController(ObjectStore *store, SimClock *clock, EventRecorder *events,
                               QObject *parent = nullptr);

    void start();

    static QString component() { return QStringLiteral("blockdeviceclaim-controller"); }
    // Simulated seconds NDM's cleanup job takes to wipe a released device.
    static constexpr double kCleanupSeconds = 5;

private:
    void onStoreChanged(const StoreEvent &event);
    void reconcile(const QString &ns, const QString &name);
    void claimDevice(QJsonObject claim);
    void release(QJsonObject claim);
    void cleanUp(const QString &ns, const QString &bdName);

    ObjectStore *m_store;
    SimClock *m_clock;
    EventRecorder *m_events;
    QSet<QString> m_pending;
    bool m_scheduled = false;
};

} // namespace Sim
