#pragma once

#include "models/kube/clusterdelta.h"

// The seed cluster as the informers would deliver it: pools 6qkw (e2e1-node1), pn9p
// (e2e1-node2), psz5 (e2e1-node3) of cspc-stripe-pool, 10 GiB each, 2 GiB used; volume
// pvc-d1b26676-5035-4e5b-b564-68869b023306 (Bound, Healthy, 2 replicas on 6qkw and pn9p).
// For tests of pure logic; tests that need a cluster use the simulator.
namespace SeedClusterDelta {

inline const QString kVolume = QStringLiteral("pvc-d1b26676-5035-4e5b-b564-68869b023306");
inline const QString kPool1 = QStringLiteral("cspc-stripe-pool-6qkw"); // e2e1-node1
inline const QString kPool2 = QStringLiteral("cspc-stripe-pool-pn9p"); // e2e1-node2
inline const QString kPool3 = QStringLiteral("cspc-stripe-pool-psz5"); // e2e1-node3
constexpr qint64 kGiB = 1024LL * 1024 * 1024;

Cstor::PoolInstance pool(const QString &name, const QString &node);
Cstor::VolumeReplica replica(const QString &volume, const QString &poolName, const QString &node,
                             Cstor::ReplicaPhase phase = Cstor::ReplicaPhase::Healthy);
Kube::ClusterDelta make();

} // namespace SeedClusterDelta
