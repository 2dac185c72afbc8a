#include "models/sim/upstream/zvolrebuild.h"

#include "models/sim/upstream/uzfs.h"
#include "models/sim/upstream/zfssnapshots.h"

#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace Sim {

ZvolRebuild::ZvolRebuild(Uzfs *uzfs, SimClock *clock, QObject *parent)
    : QObject(parent)
    , m_uzfs(uzfs)
    , m_clock(clock)
{
}

void ZvolRebuild::restartClock()
{
    m_lastAdvanceMs = m_clock->nowMs();
}

Zvol *ZvolRebuild::pickHelper(const Zvol &target) const
{
    Zvol *best = nullptr;
    for (Zvol *peer : m_uzfs->zvolsOf(target.volume)) {
        // A mesh rebuild copies from the other quorum replicas, none of them Healthy
        // (send_prepare_for_rebuild_or_trigger_rebuild, case 2).
        const bool canServe = target.mesh ? peer->quorum : peer->healthy;
        if (peer->cvr == target.cvr || !peer->connected || !canServe ||
            !m_uzfs->poolReachable(peer->pool))
            continue;
        if (peer->cvr == target.helper)
            return peer; // keep the current helper while it can serve
        if (!best ||
            (target.mesh ? peer->logicalBytes > best->logicalBytes : peer->cvr < best->cvr))
            best = peer;
    }
    return best;
}

void ZvolRebuild::startRebuild(const QString &cvr)
{
    Zvol *z = m_uzfs->zvol(cvr);
    if (!z)
        return;
    z->rebuildRequested = false;
    if (!z->connected || z->healthy || z->rebuilding)
        return;
    trigger(z->volume);
}

void ZvolRebuild::trigger(const QString &volume)
{
    advance();
    const QList<Zvol *> zvols = m_uzfs->zvolsOf(volume);
    const std::optional<RebuildScheduler::Factors> factors =
        m_factors ? m_factors(volume) : std::nullopt;
    const RebuildScheduler::Decision decision =
        RebuildScheduler::next(zvols, factors.value_or(RebuildScheduler::fromReplicas(zvols)));
    if (!decision.replica)
        return;
    if (decision.direct) {
        // A single replica: start_rebuild without helpers, the replica turns Healthy.
        decision.replica->healthy = true;
        decision.replica->quorum = true;
        emit replicasChanged(volume);
        return;
    }
    begin(*decision.replica, decision.mesh);
}

void ZvolRebuild::begin(Zvol &target, bool mesh)
{
    Zvol *z = &target;
    z->rebuildRequested = false;
    z->mesh = mesh;
    Zvol *helper = pickHelper(*z);
    z->rebuilding = true;
    m_uzfs->rebuilding().insert(z->cvr);
    z->rebuildCopied = 0;
    z->rebuildStartLogical = z->logicalBytes;
    z->helper = helper ? helper->cvr : QString();
    const double source = helper ? helper->logicalBytes : z->logicalBytes;
    z->ratio =
        helper && helper->logicalBytes > 0 ? helper->allocatedBytes / helper->logicalBytes : 1.0;
    // At least the metadata and the snapshots' deltas go over the wire.
    z->rebuildTotal = std::max(source - z->logicalBytes, 64.0 * 1024);
    replan();
}

void ZvolRebuild::completeRebuild(Zvol &z)
{
    const bool wasNew = !z.quorum;
    if (const Zvol *helper = m_uzfs->zvol(z.helper)) {
        z.logicalBytes = std::max(z.logicalBytes, helper->logicalBytes);
        z.allocatedBytes = std::max(z.allocatedBytes, helper->allocatedBytes);
        ZfsSnapshots::received(z, *helper);
    }
    z.rebuilding = false;
    m_uzfs->rebuilding().remove(z.cvr);
    z.rate = 0;
    z.healthy = true;
    z.quorum = true; // "set the quorum to 1 once rebuild is done" (libcstor)
    z.mesh = false;
    z.stallReason.clear();
    const QString volume = z.volume;
    emit replicaRebuilt(volume, z.cvr, wasNew);
    emit replicasChanged(volume);
    // update_replica_status: the rebuild is over (rebuild_in_progress = false), the next one
    // may start at once.
    trigger(volume);
}

QList<Zvol *> ZvolRebuild::rebuildingZvols()
{
    const QSet<QString> &rebuilding = m_uzfs->rebuilding();
    QStringList names(rebuilding.cbegin(), rebuilding.cend());
    names.sort(); // completions at the same instant come in a reproducible order
    QList<Zvol *> result;
    result.reserve(names.size());
    for (const QString &name : std::as_const(names)) {
        if (Zvol *z = m_uzfs->zvol(name); z && z->rebuilding)
            result.append(z);
    }
    return result;
}

void ZvolRebuild::advance()
{
    const qint64 now = m_clock->nowMs();
    const double dt = double(now - m_lastAdvanceMs) / 1000.0;
    m_lastAdvanceMs = now;
    if (dt <= 0)
        return;
    for (Zvol *z : rebuildingZvols()) {
        if (z->rate <= 0)
            continue;
        z->rebuildCopied = std::min(z->rebuildTotal, z->rebuildCopied + z->rate * dt);
        z->logicalBytes = z->rebuildStartLogical + z->rebuildCopied;
        z->allocatedBytes = std::max(z->allocatedBytes, z->logicalBytes * z->ratio);
    }
}

void ZvolRebuild::replan()
{
    if (m_completionTimer) {
        m_clock->cancel(m_completionTimer);
        m_completionTimer = 0;
    }
    QHash<QString, int> active;
    const QList<Zvol *> rebuilding = rebuildingZvols();
    for (Zvol *zvol : rebuilding) {
        Zvol &z = *zvol;
        const ZPool &pool = m_uzfs->poolsByName()[z.pool];
        Zvol *helper = pickHelper(z);
        z.helper = helper ? helper->cvr : z.helper;
        if (m_uzfs->nodeDown(z.pool))
            z.stallReason = QStringLiteral("node %1 is down").arg(pool.node);
        else if (!m_uzfs->poolReachable(z.pool))
            z.stallReason = QStringLiteral("pool %1 is offline").arg(z.pool);
        else if (!z.connected)
            z.stallReason = QStringLiteral("replica is not connected to the target");
        else if (m_uzfs->poolReadOnly(pool))
            z.stallReason = QStringLiteral("pool %1 is read-only").arg(z.pool);
        else if (!helper)
            z.stallReason = kNoHelperStall;
        else
            z.stallReason.clear();
        if (z.stallReason.isEmpty())
            ++active[z.pool];
    }
    double soonest = -1;
    for (Zvol *z : std::as_const(rebuilding)) {
        if (!z->stallReason.isEmpty()) {
            z->rate = 0;
            continue;
        }
        z->rate = m_uzfs->poolsByName()[z->pool].throughput / std::max(1, active.value(z->pool));
        const double remaining = (z->rebuildTotal - z->rebuildCopied) / z->rate;
        if (soonest < 0 || remaining < soonest)
            soonest = remaining;
    }
    if (soonest < 0)
        return;
    m_completionTimer =
        m_clock->callAt(m_clock->nowMs() + qint64(std::ceil(soonest * 1000.0)) + 1, this, [this] {
            m_completionTimer = 0;
            advance();
            QList<Zvol *> done;
            for (Zvol *z : rebuildingZvols()) {
                if (z->rate > 0 && z->rebuildCopied >= z->rebuildTotal - 1.0)
                    done.append(z);
            }
            for (Zvol *z : std::as_const(done))
                completeRebuild(*z);
            replan();
        });
}

QJsonArray ZvolRebuild::truth()
{
    advance();
    QJsonArray result;
    QList<const Zvol *> list;
    for (const Zvol &z : m_uzfs->zvolsByName()) {
        if (z.rebuilding)
            list.append(&z);
    }
    std::sort(list.begin(), list.end(),
              [](const Zvol *a, const Zvol *b) { return a->cvr < b->cvr; });
    for (const Zvol *z : std::as_const(list)) {
        const ZPool *pool = m_uzfs->pool(z->pool);
        result.append(QJsonObject{
            {QStringLiteral("volume"), z->volume},
            {QStringLiteral("replica"), z->cvr},
            {QStringLiteral("pool"), z->pool},
            {QStringLiteral("node"), pool ? pool->node : QString()},
            {QStringLiteral("helper"), z->helper},
            {QStringLiteral("newReplica"), !z->quorum},
            {QStringLiteral("bytesCopied"), qint64(z->rebuildCopied)},
            {QStringLiteral("bytesToCopy"), qint64(z->rebuildTotal)},
            {QStringLiteral("rate"), qint64(z->rate)},
            {QStringLiteral("state"),
             z->stallReason.isEmpty() ? QStringLiteral("running") : QStringLiteral("stalled")},
            {QStringLiteral("stallReason"), z->stallReason},
        });
    }
    return result;
}

} // namespace Sim
