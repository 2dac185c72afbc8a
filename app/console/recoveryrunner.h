#pragma once

#include "app/console/clusteroptions.h"
#include "models/migration/auditlog.h"
#include "models/migration/journal.h"
#include "models/planning/clustersnapshot.h"
#include "models/recovery/recoveryplan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace Kube {
class RestClient;
}

// Carries out a recovery plan on the cluster: each step journaled and audited like a move,
// taken on a fresh read of the cluster and verified on fresh reads before the next.
class RecoveryRunner
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryRunner)

public:
    // The cluster as it is now: the cStor objects, events and nodes, and the volume's target pod.
    struct State
    {
        Migration::ClusterSnapshot cluster;
        // The running target pod (the newest not being deleted); empty when there is none.
        // Only its own refusals count: a restarted target reports under its new pod's name.
        QString targetPod;
        QDateTime targetCreated; // its creationTimestamp (the server's clock)
    };

    // client is not owned and must outlive the runner.
    RecoveryRunner(Kube::RestClient *client, const ClusterOptions::Target &target);

    // Reads the state of `volume`; nullopt after printing why it could not be read.
    std::optional<State> read(const QString &volume) const;

    // Takes the steps in order; true when every one was verified and the volume is back at its
    // replica count, all Healthy, on live nodes. Prints progress and, on failure, what failed.
    bool run(const Recovery::RecoveryPlan &plan);

    // How long one step may take to be verified.
    void setStepTimeoutMs(int ms) { m_stepTimeoutMs = ms; }

private:
    bool removePool(const QString &volume, const QString &pool);
    bool replacePool(const QString &volume, const QString &pool, const QString &replacement);
    bool restartTarget(const QString &volume, bool afterRefusal);
    bool recreateReplica(const QString &volume, const QString &pool, const QString &replicaId);
    // The CVR of `pool` built again from a fresh read of a replica of `volume` and the pool's
    // CSPI; empty (and *error) when it cannot be, or the pool holds a replica again.
    QJsonObject replicaToRecreate(const QString &volume, const QString &pool,
                                  const QString &replicaId, QString *error);
    bool deletePod(const QString &pod, QString *error);
    // Removes `pool` from the CVC's spec, or puts `replacement` in its place when not empty.
    bool patchCvc(const QString &volume, const QString &pool, const QString &replacement,
                  QString *error);
    // Fresh reads until `done` holds (that state) or the time is up (nullopt); timeoutMs < 0:
    // the step's time.
    std::optional<State> waitFor(const QString &volume,
                                 const std::function<bool(const State &)> &done,
                                 int timeoutMs = -1);
    void note(const QString &volume, const QString &action, const QString &target,
              const QString &result, Migration::MigrationState state);

    Kube::RestClient *m_client;
    ClusterOptions::Target m_target;
    Migration::Journal m_journal;
    Migration::AuditLog m_audit;
    QString m_id;
    int m_stepTimeoutMs = 600000;
    QDateTime m_restartedAt; // the creation of the target pod this runner's restart brought up
};
