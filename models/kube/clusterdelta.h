#pragma once

#include "models/cstor/event.h"
#include "models/cstor/poolcluster.h"
#include "models/cstor/poolinstance.h"
#include "models/cstor/volume.h"
#include "models/cstor/volumeconfig.h"
#include "models/cstor/volumereplica.h"

#include <QList>
#include <QMetaType>
#include <QStringList>

namespace Kube {

// Changes to one kind since the last batch. `replaceAll` means a (re)list: the receiver drops
// everything it has of this kind and takes `upserted` as the complete set.
template<typename T>
struct KindDelta
{
    QList<T> upserted;
    QStringList removedUids;
    bool replaceAll = false;

    bool isEmpty() const { return upserted.isEmpty() && removedUids.isEmpty() && !replaceAll; }
};

// One batch of changes from the informers, delivered to the UI thread at most every ~50 ms.
struct ClusterDelta
{
    KindDelta<Cstor::PoolCluster> poolClusters;
    KindDelta<Cstor::PoolInstance> pools;
    KindDelta<Cstor::VolumeConfig> volumeConfigs;
    KindDelta<Cstor::Volume> volumes;
    KindDelta<Cstor::VolumeReplica> replicas;
    KindDelta<Cstor::Event> events;

    bool isEmpty() const
    {
        return poolClusters.isEmpty() && pools.isEmpty() && volumeConfigs.isEmpty() &&
               volumes.isEmpty() && replicas.isEmpty() && events.isEmpty();
    }
};

// How live the view is.
enum class ConnectionState {
    Connecting,   // first list under way
    Live,         // watching, events flowing
    Reconnecting, // a watch or list failed; retrying with backoff
    Failed        // gave up (e.g. 401/403, no cStor CRDs); detail says why
};

} // namespace Kube

Q_DECLARE_METATYPE(Kube::ClusterDelta)
Q_DECLARE_METATYPE(Kube::ConnectionState)
