#pragma once

#include <QJsonObject>
#include <QObject>

namespace Sim {

class ObjectStore;
struct StoreEvent;

// The Service in front of each volume's target, as the CVC controller creates it
// (CO cstorvolumeconfig volume_operations.go getOrCreateTargetService): named after the PV,
// labelled openebs.io/target-service=cstor-target-svc, selecting the target pod, with the ports
// cstor-iscsi 3260, cstor-grpc 7777, mgmt 6060 and exporter 9500 on the CV's targetIP. The
// garbage collector deletes it with its volume. Follows the store's CV events, no timers.
class TargetServices : public QObject
{
    Q_OBJECT

public:
    explicit TargetServices(ObjectStore *store, QObject *parent = nullptr);

    // Creates the Services of the volumes in the store, then follows the volumes.
    void start();

    static QJsonObject serviceObject(const QJsonObject &cv);

private:
    void ensureService(const QJsonObject &cv);
    void onStoreChanged(const StoreEvent &event);

    ObjectStore *m_store;
    bool m_started = false;
};

} // namespace Sim
