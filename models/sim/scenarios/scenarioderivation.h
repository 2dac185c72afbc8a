#pragma once

#include "models/sim/scenarios/scenarioloader.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Sim {

class SimClock;

// Fills in what a scenario dump may lack before its objects are stored: uids and creation
// timestamps, the uids that owner references and replica labels name, a replica's volume labels,
// host annotation and replica id, and the CVs of Bound CVCs (a dump of cvc+cvr alone has none).
// New uids and target IPs come from the clock's seeded randomness.
class ScenarioDerivation
{
public:
    ScenarioDerivation(QList<ScenarioLoader::Item> *items, SimClock *clock);

    void run();

private:
    // A derived CV's view of its replicas.
    struct KnownReplicas
    {
        QJsonObject known; // replica id -> guid
        int healthy = 0;
        int degraded = 0;
    };

    void identifyObjects();
    void completeReferences();
    QJsonArray ownersWithUids(const QJsonObject &metadata, const QString &ns) const;
    void completeReplica(QJsonObject &object, QJsonObject &metadata, int index);
    void deriveVolumes();
    QJsonObject derivedVolume(const QJsonObject &cvc, const QList<int> &replicas);
    KnownReplicas knownReplicas(const QList<int> &replicas);
    void ownReplicas(const QList<int> &replicas, const QString &volume, const QString &uid);
    QString uidOf(const QString &kind, const QString &ns, const QString &name) const;

    QList<ScenarioLoader::Item> *m_items;
    SimClock *m_clock;
    QHash<QString, QString> m_uids;                // kind/ns/name -> uid
    QHash<QString, QString> m_nodes;               // ns/cspi -> node
    QHash<QString, QList<int>> m_replicasOfVolume; // ns/pv -> item indexes
};

} // namespace Sim
