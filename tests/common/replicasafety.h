#pragma once

#include <QElapsedTimer>
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
    // Each violation's volume story: the last changes the watch saw of its CVC, CV and CVRs
    // (milliseconds since the watch began), to tell what moved under the scale-down.
    QStringList stories() const { return m_stories; }
    // Under injected faults a replica may stop being Healthy between the scale-down (the rule
    // checked when the pool left the CVC) and the controller deleting the replica removed: such
    // deletions are then counted as races, with the phases of the volume's replicas left,
    // instead of breaking the rule (as tst_faultschedules counts them).
    void setDeletionRaces(bool counted) { m_countRaces = counted; }
    // Likewise a pool leaving while a kept replica is not Healthy, when every such replica
    // stopped being Healthy less than `ms` before: the console sends the scale-down within that
    // long of its fresh reads (its kScaleDownFreshMs), so the fault came after them, and the
    // volume target refuses to lower the replication factor until they are Healthy again.
    void setDecisionWindow(qint64 ms) { m_decisionWindowMs = ms; }
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
    void remember(const QString &volume, const QString &what);
    void violated(const QString &volume, const QString &what);

    Sim::ObjectStore *m_store;
    QHash<QString, int> m_replicaCount;        // each volume's replicas before the test
    QHash<QString, QStringList> m_pools;       // each volume's CVC pools as last seen
    QHash<QString, QStringList> m_statusPools; // and its CVC status pools
    QSet<QString> m_moving;
    QSet<QString> m_doubled; // volumes seen with two moves at once (reported once)
    int m_peakMoves = 0;
    QStringList m_violations;
    QStringList m_stories;
    QHash<QString, QStringList> m_story;     // each volume's last changes
    QHash<QString, QString> m_lastPhase;     // each CVR's and CV's phase as last seen
    QHash<QString, qint64> m_unhealthySince; // each CVR not Healthy: since when (m_since)
    qint64 m_decisionWindowMs = -1;
    QElapsedTimer m_since;
    QStringList m_races;
    bool m_countRaces = false;
    QStringList m_deleted;
};
