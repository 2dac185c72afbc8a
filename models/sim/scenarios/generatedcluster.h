#pragma once

#include "models/sim/scenarios/scenariogenerator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Sim {

class SimClock;

// One generated cluster, built in steps: the volumes' sizes first, so that the pools can be sized
// to end up about half full; then the pools, the placement of the replicas and the objects (each
// CSPC followed by its CSPIs, then per volume its CVC, CV, CVRs and the claim of the application
// that uses it). The clock's random numbers are drawn in this order, which is what makes a seed
// give the same cluster; the claims draw none. The claims are dealt over a few application
// namespaces by volume index (VolumeClaims binds a PersistentVolume to each when it starts).
class GeneratedCluster
{
public:
    GeneratedCluster(const ScenarioGenerator::Spec &spec, SimClock *clock);
    QList<QJsonObject> build();

private:
    struct Volume
    {
        QString name;
        qint64 size;
        double logical;
        double allocated;
        int cspc;
        QList<int> pools;
        QString claim; // its PersistentVolumeClaim's name
        QString claimNamespace;
    };
    struct Pool
    {
        QString name;
        QString uid;
        QString node;
        QStringList disks; // block device names, one raid group
        double used = 81.5 * 1024;
        double logical = 81.5 * 1024;
        int replicas = 0;
    };
    // What the objects of one volume share.
    struct VolumeIds
    {
        QString cvcUid;
        QString cvUid;
        QString size;
        QString ip;
    };

    void sizeVolumes();
    void nameClaims();
    double poolBytes() const;
    void namePools();
    QString newPoolName(const QString &cspcName);
    void placeReplicas();
    int pickPool(const QList<Pool> &candidates, const QSet<int> &chosen);
    QJsonObject poolCluster(int cspc) const;
    QJsonObject poolInstance(int cspc, const Pool &pool, double poolBytes) const;
    void appendVolume(const Volume &volume);
    QJsonObject replicaStatus(const QString &guid, const Volume &volume) const;
    QJsonObject volumeReplica(const Volume &volume, const Pool &pool, const QString &replicaId,
                              const VolumeIds &ids) const;
    QJsonObject volumeConfig(const Volume &volume, const VolumeIds &ids,
                             const QJsonArray &replicaPoolInfo, const QJsonArray &poolInfo) const;
    QJsonObject cstorVolume(const Volume &volume, const VolumeIds &ids, const QJsonObject &known,
                            const QJsonArray &statuses) const;

    const ScenarioGenerator::Spec &m_spec;
    SimClock *m_clock;
    const QString m_created;
    QList<Volume> m_volumes;
    double m_demand = 0;
    QList<QList<Pool>> m_pools; // [cspc][node]
    QStringList m_cspcNames;
    QStringList m_cspcUids;
    QSet<QString> m_takenPoolNames;
    QList<QJsonObject> m_objects;
};

} // namespace Sim
