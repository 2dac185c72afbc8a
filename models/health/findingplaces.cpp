#include "models/health/findingplaces.h"

#include "models/cstor/node.h"
#include "models/cstor/poolinstance.h"
#include "models/cstor/volumereplica.h"
#include "models/planning/clustersnapshot.h"

namespace Doctor {

FindingPlaces::FindingPlaces(const Migration::ClusterSnapshot &cluster)
    : m_cluster(cluster)
{
}

QStringList FindingPlaces::nodesOf(const Finding &finding) const
{
    QStringList nodes;
    const auto add = [&nodes](const QString &node) {
        if (!node.isEmpty() && !nodes.contains(node))
            nodes.append(node);
    };
    for (const QString &object : finding.objects) {
        const QString kind = object.section(QLatin1Char('/'), 0, 0);
        const QString name = object.section(QLatin1Char('/'), 1);
        if (kind == QLatin1String("node")) {
            add(name);
        } else if (kind == QLatin1String("cspi")) {
            add(nodeOfPool(name));
        } else if (kind == QLatin1String("cvr")) {
            add(nodeOfReplica(name));
        } else if (kind == QLatin1String("cv") || kind == QLatin1String("cvc")) {
            // Not Healthy, or Healthy by a last report from a node that is not Ready.
            for (const Cstor::VolumeReplica *cvr : m_cluster.replicasOfVolume(name)) {
                const QString node = nodeOfReplica(cvr->meta.name);
                const Cstor::Node *known = m_cluster.node(node);
                if (cvr->phase != Cstor::ReplicaPhase::Healthy || (known && !known->ready))
                    add(node);
            }
        }
    }
    return nodes;
}

QString FindingPlaces::nodeOfPool(const QString &pool) const
{
    const Cstor::PoolInstance *instance = m_cluster.pool(pool);
    return instance ? instance->hostName : QString();
}

QString FindingPlaces::nodeOfReplica(const QString &name) const
{
    if (m_replicaNodes.isEmpty()) {
        for (const Cstor::VolumeReplica *cvr : m_cluster.replicas()) {
            const QString node = nodeOfPool(cvr->pool);
            m_replicaNodes.insert(cvr->meta.name, node.isEmpty() ? cvr->node : node);
        }
    }
    return m_replicaNodes.value(name);
}

} // namespace Doctor
