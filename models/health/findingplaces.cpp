#include "models/health/findingplaces.h"

#include "models/cstor/node.h"
#include "models/cstor/poolinstance.h"
#include "models/cstor/volumereplica.h"
#include "models/planning/clustersnapshot.h"

#include <utility>

namespace Doctor {

FindingPlaces::FindingPlaces(const Migration::ClusterSnapshot &cluster)
    : m_cluster(cluster)
{
}

namespace {

// A finding's object as the rules name it: "kind/name".
std::pair<QString, QString> kindAndName(const QString &object)
{
    return {object.section(QLatin1Char('/'), 0, 0), object.section(QLatin1Char('/'), 1)};
}

} // namespace

QStringList FindingPlaces::nodesOf(const Finding &finding) const
{
    QStringList nodes;
    const auto add = [&nodes](const QString &node) {
        if (!node.isEmpty() && !nodes.contains(node))
            nodes.append(node);
    };
    for (const QString &object : finding.objects) {
        const auto [kind, name] = kindAndName(object);
        if (kind == QLatin1String("node")) {
            add(name);
        } else if (kind == QLatin1String("cspi")) {
            add(nodeOfPool(name));
        } else if (kind == QLatin1String("cvr")) {
            if (const Cstor::VolumeReplica *cvr = replicaNamed(name))
                add(nodeOfReplica(*cvr));
        } else if (kind == QLatin1String("cv") || kind == QLatin1String("cvc")) {
            // Not Healthy, or Healthy by a last report from a node that is not Ready.
            for (const Cstor::VolumeReplica *cvr : m_cluster.replicasOfVolume(name)) {
                const QString node = nodeOfReplica(*cvr);
                const Cstor::Node *known = m_cluster.node(node);
                if (cvr->phase != Cstor::ReplicaPhase::Healthy || (known && !known->ready))
                    add(node);
            }
        }
    }
    return nodes;
}

QString FindingPlaces::volumeOf(const Finding &finding) const
{
    QString replica;
    for (const QString &object : finding.objects) {
        const auto [kind, name] = kindAndName(object);
        if (kind == QLatin1String("cvc") || kind == QLatin1String("cv"))
            return name;
        if (kind == QLatin1String("cvr") && replica.isEmpty())
            replica = name;
    }
    const Cstor::VolumeReplica *cvr = replica.isEmpty() ? nullptr : replicaNamed(replica);
    return cvr ? cvr->volume : QString();
}

QString FindingPlaces::nodeOfPool(const QString &pool) const
{
    const Cstor::PoolInstance *instance = m_cluster.pool(pool);
    return instance ? instance->hostName : QString();
}

// The node of its pool, else (the pool gone) the node the replica says it is on.
QString FindingPlaces::nodeOfReplica(const Cstor::VolumeReplica &cvr) const
{
    const QString node = nodeOfPool(cvr.pool);
    return node.isEmpty() ? cvr.node : node;
}

const Cstor::VolumeReplica *FindingPlaces::replicaNamed(const QString &name) const
{
    if (m_replicas.isEmpty()) {
        for (const Cstor::VolumeReplica *cvr : m_cluster.replicas())
            m_replicas.insert(cvr->meta.name, cvr);
    }
    return m_replicas.value(name);
}

} // namespace Doctor
