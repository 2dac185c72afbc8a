#include "app/console/recoveryrunner.h"

#include "app/console/blockingcall.h"
#include "app/console/output.h"
#include "app/console/resourcelister.h"
#include "app/console/snapshotreader.h"
#include "models/kube/restclient.h"
#include "models/migration/cvcpatch.h"
#include "models/migration/datapaths.h"
#include "models/recovery/recoveryplanner.h"
#include "models/recovery/replicarecreation.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QUrlQuery>

#include <algorithm>

using Migration::MigrationState;
using Recovery::RecoveryPlanner;
using Recovery::RecoveryStep;

namespace {

// How long to wait between fresh reads while a step settles.
constexpr int kPollMs = 1000;
// How long to wait for a refusal the planner expects before trusting the CV.
constexpr int kRefusalWaitMs = 120000;

QString labelOf(const QJsonObject &pod, const QString &key)
{
    return pod.value(QLatin1String("metadata"))
        .toObject()
        .value(QLatin1String("labels"))
        .toObject()
        .value(key)
        .toString();
}

} // namespace

RecoveryRunner::RecoveryRunner(Kube::RestClient *client, const ClusterOptions::Target &target)
    : m_client(client)
    , m_target(target)
    , m_journal(Migration::DataPaths::recoveries())
    , m_audit(Migration::DataPaths::audit())
{
}

// The target pod as upstream labels it (CO volume_operations targetDeployment: labels
// openebs.io/persistent-volume and openebs.io/target=cstor-target); the newest one not being
// deleted, as a Deployment replaces a deleted pod.
std::optional<RecoveryRunner::State> RecoveryRunner::read(const QString &volume) const
{
    std::optional<Migration::ClusterSnapshot> snapshot =
        SnapshotReader::read(m_client, m_target.namespaceName);
    if (!snapshot)
        return std::nullopt;
    State state{std::move(*snapshot), {}, {}};
    ResourceLister lister(m_client);
    const std::optional<QList<QJsonObject>> pods =
        lister.list(QStringLiteral("/api/v1/namespaces/%1/pods").arg(m_target.namespaceName));
    if (!pods) {
        Output::error(lister.explain(tr("pods in namespace \"%1\"").arg(m_target.namespaceName)));
        return std::nullopt;
    }
    for (const QJsonObject &pod : *pods) {
        const QJsonObject meta = pod.value(QLatin1String("metadata")).toObject();
        if (labelOf(pod, QStringLiteral("openebs.io/persistent-volume")) != volume ||
            labelOf(pod, QStringLiteral("openebs.io/target")) != QLatin1String("cstor-target") ||
            meta.contains(QLatin1String("deletionTimestamp")))
            continue;
        const QDateTime created = QDateTime::fromString(
            meta.value(QLatin1String("creationTimestamp")).toString(), Qt::ISODate);
        if (state.targetPod.isEmpty() || created > state.targetCreated) {
            state.targetPod = meta.value(QLatin1String("name")).toString();
            state.targetCreated = created;
        }
    }
    return state;
}

bool RecoveryRunner::run(const Recovery::RecoveryPlan &plan)
{
    m_id =
        QStringLiteral("recover-%1-%2").arg(plan.volume).arg(QDateTime::currentMSecsSinceEpoch());
    for (const RecoveryStep &step : plan.steps) {
        bool ok = false;
        switch (step.action) {
        case RecoveryStep::Action::RemovePool:
            ok = removePool(plan.volume, step.pool);
            break;
        case RecoveryStep::Action::ReplacePool:
            ok = replacePool(plan.volume, step.pool, step.replacement);
            break;
        case RecoveryStep::Action::RestartTarget:
            ok = restartTarget(plan.volume, step.afterRefusal);
            break;
        case RecoveryStep::Action::RecreateReplica:
            ok = recreateReplica(plan.volume, step.pool, step.replicaId);
            break;
        }
        if (!ok)
            return false;
    }
    // The replicas reconnect to a restarted target and are Degraded until it counts them again.
    const auto left = [&](const State &state) {
        QStringList found = RecoveryPlanner::problems(state.cluster, plan.volume, state.targetPod);
        if (m_restartedAt.isValid() &&
            !RecoveryPlanner::targetReportsHealthy(state.cluster, plan.volume, m_restartedAt))
            found << tr("the restarted target has not reported the volume Healthy with every "
                        "replica Healthy yet");
        return found;
    };
    const std::optional<State> back =
        waitFor(plan.volume, [&](const State &state) { return left(state).isEmpty(); });
    if (!back) {
        const std::optional<State> state = read(plan.volume);
        if (!state)
            return false;
        Output::error(tr("error: the steps were taken but volume %1 is not back: %2")
                          .arg(plan.volume, left(*state).join(QStringLiteral("; "))));
        return false;
    }
    Output::write(tr("Volume %1 is back at its replica count, all replicas Healthy on live "
                     "nodes.\n")
                      .arg(plan.volume));
    return true;
}

// The rollback's patch of the migration engine (CvcPatch::removePool, guarded by the
// resourceVersion read just before); the CVC controller then scales the volume down.
bool RecoveryRunner::removePool(const QString &volume, const QString &pool)
{
    const QString target = tr("%1: remove pool %2 from the CVC").arg(volume, pool);
    Output::write(tr("Removing pool %1 from the CVC of %2 ...\n").arg(pool, volume));
    note(volume, QStringLiteral("remove-pool"), target, QStringLiteral("started"),
         MigrationState::ScalingDown);
    QString error;
    if (!patchCvc(volume, pool, {}, &error)) {
        note(volume, QStringLiteral("remove-pool"), target, QStringLiteral("failed: ") + error,
             MigrationState::Failed);
        Output::error(
            tr("error: removing pool %1 from the CVC of %2 failed: %3").arg(pool, volume, error));
        return false;
    }
    const std::optional<State> settled = waitFor(volume, [&](const State &state) {
        const Cstor::VolumeConfig *cvc = state.cluster.volumeConfig(volume);
        return RecoveryPlanner::poolsSettled(state.cluster, volume) &&
               !cvc->statusPools.contains(pool);
    });
    if (!settled) {
        note(volume, QStringLiteral("remove-pool"), target,
             QStringLiteral("failed: status pools never matched spec pools"),
             MigrationState::Failed);
        Output::error(tr("error: pool %1 was removed from the spec of the CVC of %2, but its "
                         "status still does not list the same pools")
                          .arg(pool, volume));
        return false;
    }
    note(volume, QStringLiteral("remove-pool"), target, QStringLiteral("done"),
         MigrationState::Done);
    Output::write(
        tr("Pool %1 removed: the CVC's status lists the pools its spec lists.\n").arg(pool));
    return true;
}

// The scale-up the missing name held up goes on to the replacement: verified when the CVC's
// status lists the replacement (the CVC controller created its replica); its rebuild is what the
// end of the run waits for.
bool RecoveryRunner::replacePool(const QString &volume, const QString &pool,
                                 const QString &replacement)
{
    const QString target =
        tr("%1: replace pool %2 by %3 in the CVC").arg(volume, pool, replacement);
    Output::write(
        tr("Replacing pool %1 by %2 in the CVC of %3 ...\n").arg(pool, replacement, volume));
    note(volume, QStringLiteral("replace-pool"), target, QStringLiteral("started"),
         MigrationState::ScalingUp);
    QString error;
    if (!patchCvc(volume, pool, replacement, &error)) {
        note(volume, QStringLiteral("replace-pool"), target, QStringLiteral("failed: ") + error,
             MigrationState::Failed);
        Output::error(tr("error: replacing pool %1 by %2 in the CVC of %3 failed: %4")
                          .arg(pool, replacement, volume, error));
        return false;
    }
    const std::optional<State> settled = waitFor(volume, [&](const State &state) {
        return RecoveryPlanner::poolsSettled(state.cluster, volume) &&
               state.cluster.volumeConfig(volume)->statusPools.contains(replacement);
    });
    if (!settled) {
        note(volume, QStringLiteral("replace-pool"), target,
             QStringLiteral("failed: status pools never matched spec pools"),
             MigrationState::Failed);
        Output::error(tr("error: pool %1 replaced %2 in the spec of the CVC of %3, but its "
                         "status still does not list the same pools")
                          .arg(replacement, pool, volume));
        return false;
    }
    note(volume, QStringLiteral("replace-pool"), target, QStringLiteral("done"),
         MigrationState::Rebuilding);
    Output::write(tr("Pool %1 in place of %2: the CVC's status lists the pools its spec lists; "
                     "the new replica rebuilds.\n")
                      .arg(replacement, pool));
    return true;
}

// A replica deleted by hand, created again with the replica id the target still knows
// (RecoveryPlanner::recreateMissingReplicas): verified when the replica exists; its rebuild is
// what the end of the run waits for.
bool RecoveryRunner::recreateReplica(const QString &volume, const QString &pool,
                                     const QString &replicaId)
{
    const QString target =
        tr("%1: create the replica on pool %2 again (replica id %3)").arg(volume, pool, replicaId);
    Output::write(tr("Creating the replica of %1 on pool %2 again, with the replica id %3 the "
                     "target knows ...\n")
                      .arg(volume, pool, replicaId));
    note(volume, QStringLiteral("recreate-replica"), target, QStringLiteral("started"),
         MigrationState::ScalingUp);
    QString error;
    const QJsonObject replica = replicaToRecreate(volume, pool, replicaId, &error);
    Kube::RestClient::Reply created;
    if (!replica.isEmpty()) {
        created = BlockingCall::await([&](Kube::RestClient::Callback done) {
            m_client->send(QByteArrayLiteral("POST"),
                           Kube::RestClient::cstorPath(m_target.namespaceName,
                                                       QStringLiteral("cstorvolumereplicas")),
                           QJsonDocument(replica).toJson(QJsonDocument::Compact),
                           QByteArrayLiteral("application/json"), std::move(done));
        });
        if (!created.ok)
            error = created.message;
    }
    if (!error.isEmpty()) {
        note(volume, QStringLiteral("recreate-replica"), target, QStringLiteral("failed: ") + error,
             MigrationState::Failed);
        Output::error(tr("error: creating the replica of %1 on pool %2 again failed: %3")
                          .arg(volume, pool, error));
        return false;
    }
    const std::optional<State> exists = waitFor(
        volume, [&](const State &state) { return state.cluster.replica(volume, pool) != nullptr; });
    if (!exists) {
        note(volume, QStringLiteral("recreate-replica"), target,
             QStringLiteral("failed: the replica was created but is not listed"),
             MigrationState::Failed);
        Output::error(tr("error: the replica of %1 on pool %2 was created but is not listed")
                          .arg(volume, pool));
        return false;
    }
    note(volume, QStringLiteral("recreate-replica"), target, QStringLiteral("done"),
         MigrationState::Rebuilding);
    Output::write(tr("Replica of %1 on pool %2 created; it rebuilds from the Healthy replicas.\n")
                      .arg(volume, pool));
    return true;
}

QJsonObject RecoveryRunner::replicaToRecreate(const QString &volume, const QString &pool,
                                              const QString &replicaId, QString *error)
{
    const QString ns = m_target.namespaceName;
    const Kube::RestClient::Reply replicas =
        BlockingCall::await([&](Kube::RestClient::Callback done) {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("labelSelector"),
                               QStringLiteral("cstorvolume.openebs.io/name=") + volume);
            m_client->get(Kube::RestClient::cstorPath(ns, QStringLiteral("cstorvolumereplicas")),
                          query, std::move(done));
        });
    if (!replicas.ok) {
        *error = replicas.message;
        return {};
    }
    QJsonObject sibling;
    for (const QJsonValue &item : replicas.json().value(QLatin1String("items")).toArray()) {
        const QJsonObject meta = item.toObject().value(QLatin1String("metadata")).toObject();
        if (meta.value(QLatin1String("name")).toString() == volume + QLatin1Char('-') + pool) {
            *error = tr("pool %1 holds a replica of the volume again").arg(pool);
            return {};
        }
        if (sibling.isEmpty() && !meta.contains(QLatin1String("deletionTimestamp")))
            sibling = item.toObject();
    }
    if (sibling.isEmpty()) {
        *error = tr("no replica of the volume is left to copy its settings from");
        return {};
    }
    const Kube::RestClient::Reply cspi = BlockingCall::await([&](Kube::RestClient::Callback done) {
        m_client->get(Kube::RestClient::cstorPath(ns, QStringLiteral("cstorpoolinstances"), pool),
                      {}, std::move(done));
    });
    if (!cspi.ok) {
        *error = cspi.message;
        return {};
    }
    return Recovery::ReplicaRecreation::replica(sibling, cspi.json(), replicaId, error);
}

bool RecoveryRunner::patchCvc(const QString &volume, const QString &pool,
                              const QString &replacement, QString *error)
{
    const QString path = Kube::RestClient::cstorPath(m_target.namespaceName,
                                                     QStringLiteral("cstorvolumeconfigs"), volume);
    const Kube::RestClient::Reply got = BlockingCall::await(
        [&](Kube::RestClient::Callback done) { m_client->get(path, {}, std::move(done)); });
    if (!got.ok) {
        *error = got.message;
        return false;
    }
    const QJsonObject cvc = got.json();
    const int index = int(Migration::CvcPatch::specPools(cvc).indexOf(pool));
    if (index < 0) {
        *error = tr("the CVC's spec no longer lists pool %1").arg(pool);
        return false;
    }
    const QJsonArray patch = replacement.isEmpty()
                                 ? Migration::CvcPatch::removePool(cvc, index, pool)
                                 : Migration::CvcPatch::replacePool(cvc, index, pool, replacement);
    const Kube::RestClient::Reply patched =
        BlockingCall::await([&](Kube::RestClient::Callback done) {
            m_client->jsonPatch(path, patch, std::move(done));
        });
    if (!patched.ok)
        *error = patched.message;
    return patched.ok;
}

// upstream's cure for istgt's refused DRF (CSTOR-CONTROLLERS §9.2): a restarted target rebuilds
// istgt.conf from the CV spec (volume-mgmt `add`), so it takes the lower factor. After a
// removal (`afterRefusal`) the restart waits for the target's refusal; verified when the CV's
// DRF, RF and known replicas agree with the CVC and the new target pod has not refused.
bool RecoveryRunner::restartTarget(const QString &volume, bool afterRefusal)
{
    std::optional<State> before = read(volume);
    if (!before)
        return false;
    if (afterRefusal) {
        // istgt's guard refuses at the CV edit and at every resync (volume-mgmt sync, 30 s).
        // The CV's spec cannot say the target took the factor (the CVC controller writes it,
        // istgt.conf keeps its own), so the restart follows the refusal, or the wait for it.
        before = waitFor(
            volume,
            [&](const State &state) {
                return RecoveryPlanner::refusing(state.cluster, volume, state.targetPod);
            },
            std::min(m_stepTimeoutMs, kRefusalWaitMs));
        if (!before) {
            Output::write(tr("The target has not refused the lower replication factor yet; "
                             "restarting it all the same, as a new target reads the factor "
                             "from the CV.\n"));
            before = read(volume);
        }
        if (!before)
            return false;
    }
    const QString pod = before->targetPod;
    if (pod.isEmpty()) {
        Output::error(tr("error: volume %1 has no target pod to restart").arg(volume));
        return false;
    }
    const QString target = tr("%1: restart the target pod %2").arg(volume, pod);
    Output::write(tr("Restarting the target pod %1 (deleting it; I/O pauses until its "
                     "replacement runs) ...\n")
                      .arg(pod));
    note(volume, QStringLiteral("restart-target"), target, QStringLiteral("started"),
         MigrationState::ScalingDown);
    QString error;
    if (!deletePod(pod, &error)) {
        note(volume, QStringLiteral("restart-target"), target, QStringLiteral("failed: ") + error,
             MigrationState::Failed);
        Output::error(tr("error: deleting the target pod %1 failed: %2").arg(pod, error));
        return false;
    }
    const std::optional<State> after = waitFor(volume, [&](const State &state) {
        return !state.targetPod.isEmpty() && state.targetPod != pod &&
               RecoveryPlanner::targetAgrees(state.cluster, volume, state.targetPod);
    });
    if (!after) {
        note(volume, QStringLiteral("restart-target"), target,
             QStringLiteral("failed: the CV does not agree with the CVC"), MigrationState::Failed);
        Output::error(tr("error: after the restart of %1 the CV's desired replication factor, "
                         "replication factor and known replicas of %2 still do not agree with "
                         "its CVC")
                          .arg(pod, volume));
        return false;
    }
    m_restartedAt = after->targetCreated;
    note(volume, QStringLiteral("restart-target"), target, QStringLiteral("done"),
         MigrationState::Done);
    Output::write(tr("Target restarted as %1: the CV's replication factors and known replicas "
                     "agree with the CVC.\n")
                      .arg(after->targetPod));
    return true;
}

bool RecoveryRunner::deletePod(const QString &pod, QString *error)
{
    const QString path =
        QStringLiteral("/api/v1/namespaces/%1/pods/%2").arg(m_target.namespaceName, pod);
    const Kube::RestClient::Reply reply = BlockingCall::await([&](Kube::RestClient::Callback done) {
        m_client->send(QByteArrayLiteral("DELETE"), path, {}, QByteArrayLiteral("application/json"),
                       std::move(done));
    });
    if (!reply.ok)
        *error = reply.message;
    return reply.ok;
}

std::optional<RecoveryRunner::State>
RecoveryRunner::waitFor(const QString &volume, const std::function<bool(const State &)> &done,
                        int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs < 0 ? m_stepTimeoutMs : timeoutMs);
    for (;;) {
        std::optional<State> state = read(volume);
        if (state && done(*state))
            return state;
        if (deadline.hasExpired())
            return std::nullopt;
        BlockingCall::pause(kPollMs);
    }
}

void RecoveryRunner::note(const QString &volume, const QString &action, const QString &target,
                          const QString &result, MigrationState state)
{
    Migration::JournalEntry entry;
    entry.migrationId = m_id;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.state = state;
    entry.move.volume = volume;
    entry.context = m_target.cluster.contextName;
    entry.action = action;
    entry.detail = target + QStringLiteral(": ") + result;
    QString error;
    if (!m_journal.append(entry, &error))
        Output::error(tr("warning: cannot write the journal: %1").arg(error));
    const Migration::AuditRecord record{QDateTime::currentDateTimeUtc(),
                                        m_target.cluster.userName,
                                        m_target.cluster.contextName,
                                        m_target.cluster.server.toString(),
                                        QStringLiteral("recover"),
                                        target,
                                        result};
    if (!m_audit.record(record, &error))
        Output::error(tr("warning: cannot write the audit log: %1").arg(error));
}
