#pragma once

#include <QString>

// The names in the seed scenario (and the resources) that the tests refer to: three nodes
// e2e1-node1..3 with one pool each of cspc-stripe-pool, the volume pvc-d1b26676... with its two
// replicas on 6qkw and pn9p, and the volume pvc-3f1c9a52... with replicas on all three nodes.
namespace SeedNames {

inline const QString kNamespace = QStringLiteral("openebs");
inline const QString kVolume = QStringLiteral("pvc-d1b26676-5035-4e5b-b564-68869b023306");
inline const QString kSpread = QStringLiteral("pvc-3f1c9a52-8e47-4d0b-9a1e-2c5b7d9e6f31");
inline const QString k6qkw = QStringLiteral("cspc-stripe-pool-6qkw"); // on e2e1-node1
inline const QString kPn9p = QStringLiteral("cspc-stripe-pool-pn9p"); // on e2e1-node2
inline const QString kPsz5 = QStringLiteral("cspc-stripe-pool-psz5"); // on e2e1-node3
inline const QString kCvc = QStringLiteral("cstorvolumeconfigs");
inline const QString kCv = QStringLiteral("cstorvolumes");
inline const QString kCvr = QStringLiteral("cstorvolumereplicas");

} // namespace SeedNames
