#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Sim {

class ObjectStore;
class SimClock;

// Reads a scenario: a Kubernetes List (YAML or JSON) as `kubectl get cspc,cspi,cvc,cv,cvr -n
// openebs -o yaml` dumps it (and `kubectl get pv,pvc -A -o yaml` the volumes' own side), a
// multi-document YAML, or single objects. Problems are reported as
// "<file>:<line>: <problem>". Then stores the objects, filling in what a dump may lack: uids the
// labels and owner references refer to, CVs of Bound CVCs, namespaces, and a few Events.
class ScenarioLoader
{
public:
    struct Item
    {
        QJsonObject object;
        int line = 0; // 1-based line of the object in the file
    };

    ScenarioLoader(ObjectStore *store, SimClock *clock);

    // Parses and checks; nothing is stored.
    bool parse(const QByteArray &data, const QString &fileName, QString *error);
    bool parseFile(const QString &path, QString *error);
    // Adds already-built objects (the generator's); line 0.
    void addObjects(const QList<QJsonObject> &objects);
    // Stores everything parsed or added so far. deriveEvents: write the Events a real cluster
    // would show for the objects (small scenarios only).
    bool apply(QString *error, bool deriveEvents = true);

    const QList<Item> &items() const { return m_items; }

    static QString pluralForKind(const QString &kind); // "" for kinds the simulator does not serve
    // YAML text -> JSON values (types of plain scalars as YAML 1.2 core schema); the error is
    // "<file>:<line>: <problem>". Exposed for tests.
    static bool yamlToJson(const QByteArray &data, const QString &fileName, QList<Item> *documents,
                           QString *error);

private:
    bool check(const Item &item, QString *error) const;
    bool checkPoolInstance(const Item &item, const QString &name, QString *error) const;
    bool checkReplica(const Item &item, const QString &name, QString *error) const;
    bool checkVolumeConfig(const Item &item, const QString &name, QString *error) const;
    void recordCreationEvents(const QList<const Item *> &ordered);
    QString where(const Item &item) const;

    ObjectStore *m_store;
    SimClock *m_clock;
    QString m_fileName;
    QList<Item> m_items;
};

} // namespace Sim
