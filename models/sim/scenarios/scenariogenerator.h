#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Sim {

class SimClock;

// Builds a synthetic cluster from a spec such as
//   nodes=1000,pools-per-node=1,volumes=10000,replicas=3
// Optional keys: volume-size=5Gi or 1Gi-20Gi, used=10%-60% (of the volume size),
// disk-size=100G (per pool disk; default: sized so pools end up about half full),
// raid=stripe|mirror|raidz (default stripe: one disk per pool; mirror: one raid group of 2
// disks, raidz: one of 3), namespace=openebs, zones=3 (the nodes' topology.kubernetes.io/zone
// labels, zone-a, zone-b, ... dealt round the nodes in turn; 0: no label; default: none below
// 6 nodes, then 3, one more for every further 1,000 nodes up to 8, as a cloud cluster has).
// Deterministic for a given clock seed. Every pool stays below 85% full.
class ScenarioGenerator
{
public:
    struct Spec
    {
        int nodes = 3;
        int poolsPerNode = 1;
        int volumes = 5;
        int replicas = 3;
        qint64 minVolumeBytes = 5LL << 30;
        qint64 maxVolumeBytes = 5LL << 30;
        double minUsed = 0.10;
        double maxUsed = 0.60;
        qint64 diskBytes = 0;                    // 0: automatic
        QString raid = QStringLiteral("stripe"); // the pools' dataRaidGroupType
        QString ns = QStringLiteral("openebs");
        int zones = -1; // -1: automatic
    };

    static bool parseSpec(const QString &text, Spec *spec, QString *error);
    static QList<QJsonObject> generate(const Spec &spec, SimClock *clock);
    // The name of the node with this index (0-based) and its zone ("" for none).
    static QString nodeName(int index);
    static QString zoneOf(const Spec &spec, int index);
};

} // namespace Sim
