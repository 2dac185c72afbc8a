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
// disks, raidz: one of 3), namespace=openebs.
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
    };

    static bool parseSpec(const QString &text, Spec *spec, QString *error);
    static QList<QJsonObject> generate(const Spec &spec, SimClock *clock);
};

} // namespace Sim
