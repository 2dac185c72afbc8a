#pragma once

#include "models/health/finding.h"

#include <QHash>
#include <QStringList>

namespace Migration {
class ClusterSnapshot;
}

namespace Doctor {

// Where on the cluster a finding is: the nodes to mark in the topology. A node is its own place;
// a pool and a replica are on their node (a replica whose pool is gone, on the node it names);
// a volume is where its replicas are not Healthy or on a node that is not Ready (a volume whose
// replicas are all Healthy is marked in the Health dock only, not on every node it spans). A
// PodDisruptionBudget is nowhere.
class FindingPlaces
{
public:
    // `cluster` must outlive this object.
    explicit FindingPlaces(const Migration::ClusterSnapshot &cluster);

    // The nodes of `finding`, each once, in the order of its objects.
    QStringList nodesOf(const Finding &finding) const;

private:
    QString nodeOfPool(const QString &pool) const;
    QString nodeOfReplica(const QString &name) const;

    const Migration::ClusterSnapshot &m_cluster;
    mutable QHash<QString, QString> m_replicaNodes; // CVR name -> node, read on first need
};

} // namespace Doctor
