#pragma once

#include "models/health/finding.h"

#include <QHash>
#include <QStringList>

namespace Cstor {
struct VolumeReplica;
}
namespace Migration {
class ClusterSnapshot;
}

namespace Doctor {

// Where on the cluster a finding is: the volume it is about, and the nodes to mark in the
// topology. A node is its own place;
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
    // The volume `finding` is about: its CVC or CV, else the volume of its first replica; ""
    // for none.
    QString volumeOf(const Finding &finding) const;

private:
    QString nodeOfPool(const QString &pool) const;
    QString nodeOfReplica(const Cstor::VolumeReplica &cvr) const;
    const Cstor::VolumeReplica *replicaNamed(const QString &name) const;

    const Migration::ClusterSnapshot &m_cluster;
    mutable QHash<QString, const Cstor::VolumeReplica *> m_replicas; // by CVR name, on first need
};

} // namespace Doctor
