#include "models/sim/upstream/cstorpods.h"

#include "models/sim/store/faultplan.h"
#include "models/sim/upstream/claimobjects.h"
#include "models/sim/upstream/clusternodes.h"
#include "models/sim/upstream/objectfields.h"
#include "models/sim/upstream/podobjects.h"
#include "models/sim/upstream/pooldisks.h"
#include "models/sim/upstream/poolmanager.h"
#include "models/sim/upstream/schedulerpicks.h"
#include "models/sim/upstream/volumetarget.h"

namespace Sim {

using namespace ObjectFields;

namespace {

constexpr double kContainerStartSeconds = 3;

// A claim an application mounts: bound to a volume and not being deleted (the simulator takes
// an application down with its claim).
bool isMounted(const QJsonObject &pvc)
{
    return !child(pvc, QStringLiteral("spec"))
                .value(QLatin1String("volumeName"))
                .toString()
                .isEmpty() &&
           metaString(pvc, QStringLiteral("deletionTimestamp")).isEmpty();
}

// The CVC's phase as cstor-csi reads it (IsCVCBound), not the CVC controller's test.
bool phaseIsBound(const QJsonObject &cvc)
{
    return child(cvc, QStringLiteral("status")).value(QLatin1String("phase")).toString() ==
           QLatin1String("Bound");
}

} // namespace

CstorPods::CstorPods(ObjectStore *store, FaultPlan *faults, SimClock *clock, ClusterNodes *nodes,
                     PoolManager *pools, VolumeTarget *targets, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_faults(faults)
    , m_clock(clock)
    , m_nodes(nodes)
    , m_pools(pools)
    , m_targets(targets)
{
}

void CstorPods::start()
{
    if (m_started)
        return;
    m_started = true;
    for (const QJsonObject &cspi : m_store->list(kCspi))
        addPoolPod(cspi);
    for (const QJsonObject &cv : m_store->list(kCv))
        addTargetPod(cv);
    for (const QJsonObject &cvc : m_store->list(kCvc)) {
        if (phaseIsBound(cvc))
            m_boundVolumes.insert(metaString(cvc, QStringLiteral("name")));
    }
    const QStringList schedulable = SchedulerPicks::schedulable(*m_nodes);
    for (const QJsonObject &pvc : m_store->list(ClaimObjects::kClaims))
        addAppPod(pvc, schedulable);
    connect(m_store, &ObjectStore::changed, this, &CstorPods::onStoreChanged);
    connect(m_nodes, &ClusterNodes::nodeUnreachable, this, &CstorPods::onNodeUnreachable);
    connect(m_nodes, &ClusterNodes::nodeReady, this, &CstorPods::onNodeReady);
    if (m_faults) {
        connect(m_faults, &FaultPlan::changed, this, &CstorPods::onFaultsChanged);
        onFaultsChanged();
    }
}

QString CstorPods::keyOf(const Pod &pod)
{
    switch (pod.role) {
    case Role::Pool:
        return QStringLiteral("pool/") + pod.owner;
    case Role::Target:
        return QStringLiteral("target/") + pod.owner;
    case Role::App:
        return QStringLiteral("app/") + pod.ns + QLatin1Char('/') + pod.owner;
    }
    return QString();
}

QString CstorPods::keyOfPod(const QString &ns, const QString &name) const
{
    return m_keyByPodName.value(ns + QLatin1Char('/') + name);
}

void CstorPods::addPoolPod(const QJsonObject &cspi)
{
    Pod pod;
    pod.ns = metaString(cspi, QStringLiteral("namespace"));
    pod.owner = metaString(cspi, QStringLiteral("name"));
    pod.cspc = label(cspi, kCspcLabel);
    const QString host =
        child(cspi, QStringLiteral("spec")).value(QLatin1String("hostName")).toString();
    pod.node = host.isEmpty() ? label(cspi, kHostLabel) : host;
    m_nodes->ensureNode(pod.node);
    pod.name = PodNames::ofDeployment(pod.owner, pod.owner);
    pod.running = true;
    const QString key = keyOf(pod);
    m_pods.insert(key, pod);
    createPod(m_pods[key]);
}

// The garbage collector deletes the pool Deployment a deleted CSPI owned, and its pod; an
// application taken down with its claim takes its pod along.
void CstorPods::removePod(const QString &key)
{
    const Pod pod = m_pods.take(key);
    if (pod.name.isEmpty())
        return;
    m_clock->cancel(pod.timer);
    m_keyByPodName.remove(pod.ns + QLatin1Char('/') + pod.name);
    if (pod.role == Role::App)
        m_appOfVolume.remove(pod.volume);
    m_store->remove(kPods, pod.ns, pod.name);
}

// The CSPC operator patched the pool's Deployment with the CSPI's new node selector
// (patchPoolDeploymentSpec): its new ReplicaSet's pod is pinned to the new node, the old pod goes.
void CstorPods::followCspi(const QJsonObject &cspi)
{
    const QString key = QStringLiteral("pool/") + metaString(cspi, QStringLiteral("name"));
    auto it = m_pods.find(key);
    const QString node = PoolDisks::nodeOf(cspi);
    if (it == m_pods.end() || node.isEmpty() || node == it->node)
        return;
    Pod &pod = *it;
    m_clock->cancel(pod.timer);
    m_keyByPodName.remove(pod.ns + QLatin1Char('/') + pod.name);
    m_store->remove(kPods, pod.ns, pod.name);
    setRunning(pod, false);
    pod.node = node;
    ++pod.incarnation;
    pod.name = PodNames::ofDeployment(pod.owner, pod.owner + QLatin1Char('@') + node);
    createPod(pod);
    schedule(pod);
}

void CstorPods::addTargetPod(const QJsonObject &cv)
{
    Pod pod;
    pod.ns = metaString(cv, QStringLiteral("namespace"));
    pod.owner = metaString(cv, QStringLiteral("name"));
    pod.role = Role::Target;
    const VolumeTarget::PodPlacement placement = m_targets->podOf(pod.ns, pod.owner);
    // VolumeTarget reads a new CV in its next turn, and then names its pod the same way.
    pod.name = placement.pod.isEmpty()
                   ? PodNames::ofDeployment(pod.owner + QStringLiteral("-target"), pod.owner)
                   : placement.pod;
    pod.node = placement.node;
    if (pod.node.isEmpty())
        pod.node = SchedulerPicks::first(*m_nodes, QString());
    pod.running = true;
    const QString key = keyOf(pod);
    m_pods.insert(key, pod);
    createPod(m_pods[key]);
    startAppOf(pod.owner);
}

// The application of a bound claim: running at once where its volume can be staged (those of
// the cluster loaded), else waiting in ContainerCreating.
void CstorPods::addAppPod(const QJsonObject &pvc, const QStringList &schedulable)
{
    if (!isMounted(pvc))
        return;
    Pod pod;
    pod.ns = metaString(pvc, QStringLiteral("namespace"));
    pod.owner = metaString(pvc, QStringLiteral("name"));
    pod.role = Role::App;
    const QString key = keyOf(pod);
    if (m_pods.contains(key))
        return;
    pod.volume = child(pvc, QStringLiteral("spec")).value(QLatin1String("volumeName")).toString();
    pod.user = PodNames::ofClaimUser(pod.ns, pod.owner);
    pod.name = pod.user.pod;
    pod.node = SchedulerPicks::spread(schedulable, key, QString());
    pod.running = !pod.node.isEmpty() && canStart(pod);
    m_pods.insert(key, pod);
    m_appOfVolume.insert(pod.volume, key);
    Pod &stored = m_pods[key];
    createPod(stored);
    schedule(stored);
}

void CstorPods::followClaim(const StoreEvent &event)
{
    const QString key = QStringLiteral("app/") +
                        metaString(event.object, QStringLiteral("namespace")) + QLatin1Char('/') +
                        metaString(event.object, QStringLiteral("name"));
    if (event.type != StoreEvent::Type::Deleted && isMounted(event.object)) {
        if (!m_pods.contains(key))
            addAppPod(event.object, SchedulerPicks::schedulable(*m_nodes));
        return;
    }
    removePod(key);
}

void CstorPods::followVolumeConfig(const StoreEvent &event)
{
    const QString volume = metaString(event.object, QStringLiteral("name"));
    const bool bound = event.type != StoreEvent::Type::Deleted && phaseIsBound(event.object);
    if (bound == m_boundVolumes.contains(volume))
        return;
    if (!bound) {
        m_boundVolumes.remove(volume);
        return;
    }
    m_boundVolumes.insert(volume);
    startAppOf(volume);
}

// The volume can be staged: the kubelet starts the pod that waits for it.
void CstorPods::startAppOf(const QString &volume)
{
    const auto key = m_appOfVolume.constFind(volume);
    if (key == m_appOfVolume.cend())
        return;
    auto it = m_pods.find(*key);
    if (it != m_pods.end() && !it->running)
        schedule(*it);
}

// cstor-csi's NodeStageVolume waits for the CVC to be Bound and for the target to answer.
bool CstorPods::canStart(const Pod &pod) const
{
    if (pod.role != Role::App)
        return true;
    const auto target = m_pods.constFind(QStringLiteral("target/") + pod.volume);
    return m_boundVolumes.contains(pod.volume) && target != m_pods.cend() && target->running;
}

void CstorPods::createPod(Pod &pod)
{
    m_keyByPodName.insert(pod.ns + QLatin1Char('/') + pod.name, keyOf(pod));
    m_store->create(kPods, podObject(pod));
}

QJsonObject CstorPods::podObject(const Pod &pod) const
{
    PodObjects::Placement placement;
    placement.node = pod.running || m_nodes->isSchedulable(pod.node) ? pod.node : QString();
    placement.pinned = pod.node;
    placement.running = pod.running;
    placement.ready = pod.running && m_nodes->isReady(pod.node);
    placement.unschedulableMessage =
        placement.node.isEmpty() ? PodObjects::unschedulableMessage(*m_nodes, pod.node) : QString();
    placement.now = ObjectStore::formatTimestamp(m_clock->now());
    switch (pod.role) {
    case Role::Pool:
        return PodObjects::poolPod(pod.ns, pod.owner, pod.cspc, pod.name, placement);
    case Role::Target:
        return PodObjects::targetPod(pod.ns, pod.owner, pod.name, placement);
    case Role::App:
        return PodObjects::appPod(pod.ns, pod.owner, pod.name, pod.user, placement);
    }
    return QJsonObject();
}

void CstorPods::writeStatus(const Pod &pod)
{
    const auto current = m_store->get(kPods, pod.ns, pod.name);
    if (!current)
        return;
    QJsonObject object = podObject(pod);
    PodObjects::keepIdentity(object, *current);
    m_store->update(kPods, object);
}

// The ReplicaSet controller creates the replacement (a StatefulSet one under the same name);
// the scheduler binds it when it can.
void CstorPods::onPodDeleted(const QString &key)
{
    auto it = m_pods.find(key);
    if (it == m_pods.end())
        return;
    Pod &pod = *it;
    m_clock->cancel(pod.timer);
    m_keyByPodName.remove(pod.ns + QLatin1Char('/') + pod.name);
    setRunning(pod, false);
    ++pod.incarnation;
    if (pod.user.statefulSet.isEmpty()) {
        // The same ReplicaSet (`<deployment>-<hash>`), a new random suffix.
        const QString replicaSet = pod.name.left(pod.name.lastIndexOf(QLatin1Char('-')));
        const QString seed = pod.owner + QLatin1Char('#') + QString::number(pod.incarnation);
        pod.name = replicaSet + QLatin1Char('-') + PodNames::ofDeployment(QString(), seed).right(5);
    }
    if (pod.role == Role::Target)
        pod.node = SchedulerPicks::first(*m_nodes, pod.node);
    else if (pod.role == Role::App)
        pod.node =
            SchedulerPicks::spread(SchedulerPicks::schedulable(*m_nodes), keyOf(pod), pod.node);
    createPod(pod);
    schedule(pod);
}

// The scheduler binds a pending pod to its node; the kubelet starts its containers.
void CstorPods::schedule(Pod &pod)
{
    if (pod.running || !m_nodes->isSchedulable(pod.node) || m_clock->isPending(pod.timer))
        return;
    writeStatus(pod); // bound: ContainerCreating
    pod.timer = m_clock->callAfter(kContainerStartSeconds, this, [this, key = keyOf(pod)] {
        auto it = m_pods.find(key);
        if (it == m_pods.end() || !m_nodes->isReady(it->node) || !canStart(*it))
            return;
        setRunning(*it, true);
        writeStatus(*it);
    });
}

void CstorPods::setRunning(Pod &pod, bool running)
{
    if (pod.running == running)
        return;
    pod.running = running;
    switch (pod.role) {
    case Role::Pool:
        m_pools->setPoolPodRunning(pod.owner, running);
        break;
    case Role::Target:
        m_targets->setPod(pod.ns, pod.owner, {pod.name, pod.node});
        m_targets->setPodDown(pod.ns, pod.owner, !running);
        if (running)
            startAppOf(pod.owner);
        break;
    case Role::App:
        break;
    }
}

void CstorPods::onStoreChanged(const StoreEvent &event)
{
    const QString name = metaString(event.object, QStringLiteral("name"));
    const QString ns = metaString(event.object, QStringLiteral("namespace"));
    if (event.resource == kPods && event.type == StoreEvent::Type::Deleted) {
        const QString key = keyOfPod(ns, name);
        if (!key.isEmpty() && m_pods.value(key).name == name)
            onPodDeleted(key);
    } else if (event.resource == QLatin1String("nodes") &&
               event.type == StoreEvent::Type::Modified) {
        onNodeChanged();
    } else if (event.resource == kCspi && event.type == StoreEvent::Type::Added &&
               !m_pods.contains(QStringLiteral("pool/") + name)) {
        addPoolPod(event.object);
    } else if (event.resource == kCspi && event.type == StoreEvent::Type::Modified) {
        followCspi(event.object);
    } else if (event.resource == kCspi && event.type == StoreEvent::Type::Deleted) {
        removePod(QStringLiteral("pool/") + name);
    } else if (event.resource == kCv && event.type == StoreEvent::Type::Added &&
               !m_pods.contains(QStringLiteral("target/") + name)) {
        addTargetPod(event.object);
    } else if (event.resource == kCvc) {
        followVolumeConfig(event);
    } else if (event.resource == ClaimObjects::kClaims) {
        followClaim(event);
    }
}

// A cordoned node stays unschedulable for new pods; an uncordoned one takes its pending pods.
void CstorPods::onNodeChanged()
{
    for (Pod &pod : m_pods) {
        if (!pod.running)
            schedule(pod);
    }
}

// The node is gone for istgt at once (its network went with it).
void CstorPods::onFaultsChanged()
{
    const QSet<QString> down = m_faults->downNodes;
    for (Pod &pod : m_pods) {
        if (pod.role != Role::Target || !pod.running)
            continue;
        const bool wasDown = m_down.contains(pod.node);
        const bool isDown = down.contains(pod.node);
        if (wasDown != isDown)
            m_targets->setPodDown(pod.ns, pod.owner, isDown);
    }
    m_down = down;
}

// MarkPodsNotReady, then the taint eviction after the pods' tolerationSeconds.
void CstorPods::onNodeUnreachable(const QString &node)
{
    for (Pod &pod : m_pods) {
        if (pod.node != node || !pod.running)
            continue;
        writeStatus(pod);
        const QString podName = pod.name;
        const QString ns = pod.ns;
        pod.timer = m_clock->callAfter(
            kTolerationSeconds, this, [this, ns, podName] { m_store->remove(kPods, ns, podName); });
    }
}

void CstorPods::onNodeReady(const QString &node)
{
    for (Pod &pod : m_pods) {
        if (pod.node != node)
            continue;
        if (pod.running) {
            m_clock->cancel(pod.timer);
            writeStatus(pod);
        } else {
            schedule(pod);
        }
    }
}

} // namespace Sim
