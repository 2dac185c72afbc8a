#pragma once

#include <QList>
#include <QString>

namespace Sim {

class ObjectStore;

// One pool of the simulated cluster as its capacity history sees it: who it is (what its
// exporter's series are labelled with) and where it stands now.
struct HistoryPool
{
    QString ns;
    QString cspi;
    QString cspc;         // label openebs.io/cstor-pool-cluster
    QString cspcUid;      // the CSPC's metadata.uid (its pool pods' zpool is cstor-<uid>)
    QString node;         // spec.hostName
    QString pod;          // the pod labelled openebs.io/cstor-pool-instance=<cspi>; empty when none
    qint64 sizeBytes = 0; // status.capacity.total
    qint64 usedBytes = 0; // status.capacity.used
    // spec.poolConfig.roThresholdLimit of the CSPI, else of the CSPC's pool spec for its node,
    // else 85 (upstream's default).
    int readOnlyPercent = 85;

    // The CSPIs in the store, sorted by namespace and name; those without a capacity yet (a
    // pool that was never imported) are left out.
    static QList<HistoryPool> readAll(const ObjectStore &store);
};

} // namespace Sim
