#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <optional>

namespace Sim {
class ObjectStore;
struct StoreEvent;
} // namespace Sim

// Watches a simulated cluster (its store, in this process) for the rule that must never
// break: a pool leaves a volume's CVC, and a replica goes, only while the volume keeps as many
// Healthy replicas as it had when the watch began. Also counts the moves under way at once
// (volumes whose CVC lists more pools, in spec or status, than their replica count), and
// breaks the rule that a volume has one move at a time (two pools more than its count).
class ReplicaSafety : public QObject
{
    Q_OBJECT

public:
    explicit ReplicaSafety(Sim::ObjectStore *store);

    QStringList violations() const { return m_violations; }
    // Under injected faults a replica may stop being Healthy between the scale-down (the rule
    // checked when the pool left the CVC) and the controller deleting the replica removed: such
    // deletions are then counted as races, with the phases of the volume's replicas left,
    // instead of breaking the rule (as tst_faultschedules counts them).
    void setDeletionRaces(bool counted) { m_countRaces = counted; }
    QStringList races() const { return m_races; }
    QStringList deleted() const { return m_deleted; } // CVRs removed since the watch began
    // Each volume's replica count when the watch began.
    const QHash<QString, int> &replicaCounts() const { return m_replicaCount; }
    int peakMoves() const { return m_peakMoves; }

    // The Healthy replicas of `volume` now, leaving out the CVR named `except`.
    int healthyReplicas(const QString &volume, const QString &except = {}) const;

    static QString nameOf(const QJsonObject &object);
    static QString phaseOf(const QJsonObject &object);
    static QStringList specPools(const std::optional<QJsonObject> &cvc);
    static QStringList statusPools(const QJsonObject &cvc);

private:
    void onChanged(const Sim::StoreEvent &event);
    void poolsLeft(const QString &volume, const QStringList &before, const QStringList &pools);

    Sim::ObjectStore *m_store;
    QHash<QString, int> m_replicaCount;  // each volume's replicas before the test
    QHash<QString, QStringList> m_pools; // each volume's CVC pools as last seen
    QSet<QString> m_moving;
    QSet<QString> m_doubled; // volumes seen with two moves at once (reported once)
    int m_peakMoves = 0;
    QStringList m_violations;
    QStringList m_races;
    bool m_countRaces = false;
    QStringList m_deleted;
};
