#include "models/sim/upstream/disruptioncontroller.h"

#include "models/sim/store/metalabelselector.h"
#include "models/sim/store/simclock.h"
#include "models/sim/upstream/objectfields.h"

#include <QJsonArray>
#include <QTimer>

#include <algorithm>

namespace Sim {

using namespace ObjectFields;

namespace {

// podutil.IsPodReady
bool podReady(const QJsonObject &pod)
{
    for (const QJsonValue &c :
         child(pod, QStringLiteral("status")).value(QLatin1String("conditions")).toArray()) {
        const QJsonObject condition = c.toObject();
        if (condition.value(QLatin1String("type")).toString() == QLatin1String("Ready"))
            return condition.value(QLatin1String("status")).toString() == QLatin1String("True");
    }
    return false;
}

// The pool set a PDB selects: one Deployment (replicas 1) per pool instance in its In values
// (getExpectedScale counts the scale of each selected pod's controller).
int expectedPods(const QJsonObject &pdb)
{
    const QJsonArray expressions =
        child(child(pdb, QStringLiteral("spec")), QStringLiteral("selector"))
            .value(QLatin1String("matchExpressions"))
            .toArray();
    int count = 0;
    for (const QJsonValue &e : expressions) {
        if (e.toObject().value(QLatin1String("operator")).toString() == QLatin1String("In"))
            count = int(e.toObject().value(QLatin1String("values")).toArray().size());
    }
    return count;
}

} // namespace

DisruptionController::DisruptionController(ObjectStore *store, SimClock *clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
{
}

void DisruptionController::start()
{
    for (const QJsonObject &pod : m_store->list(kPods))
        indexPod(pod, true);
    for (const QJsonObject &pdb : m_store->list(kPdb))
        indexPdb(pdb, true);
    connect(m_store, &ObjectStore::changed, this, &DisruptionController::onStoreChanged);
    syncDirty();
}

void DisruptionController::onStoreChanged(const StoreEvent &event)
{
    const bool present = event.type != StoreEvent::Type::Deleted;
    if (event.resource == kPods)
        indexPod(event.object, present);
    else if (event.resource == kPdb)
        indexPdb(event.object, present);
    else
        return;
    if (m_scheduled || m_dirty.isEmpty())
        return;
    m_scheduled = true; // informer events coalesce into one pass
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        syncDirty();
    });
}

namespace {
QString keyOf(const QJsonObject &object)
{
    return metaString(object, QStringLiteral("namespace")) + QLatin1Char('/') +
           metaString(object, QStringLiteral("name"));
}
} // namespace

void DisruptionController::indexPod(const QJsonObject &pod, bool present)
{
    const QString key = keyOf(pod);
    if (const auto old = m_poolOfPod.find(key); old != m_poolOfPod.end()) {
        m_podsByPool[*old].remove(key);
        markPool(*old);
        m_poolOfPod.erase(old);
    }
    const QString pool = label(pod, QStringLiteral("openebs.io/cstor-pool-instance"));
    if (present) {
        m_poolOfPod.insert(key, pool);
        m_podsByPool[pool].insert(key);
    }
    markPool(pool);
}

void DisruptionController::indexPdb(const QJsonObject &pdb, bool present)
{
    const QString key = keyOf(pdb);
    for (const QString &pool : m_poolsOfPdb.take(key))
        m_pdbsByPool[pool].remove(key);
    if (!present) {
        m_dirty.remove(key);
        return;
    }
    QStringList pools;
    for (const QJsonValue &e : child(child(pdb, QStringLiteral("spec")), QStringLiteral("selector"))
                                   .value(QLatin1String("matchExpressions"))
                                   .toArray()) {
        const QJsonObject expression = e.toObject();
        if (expression.value(QLatin1String("key")).toString() ==
                QLatin1String("openebs.io/cstor-pool-instance") &&
            expression.value(QLatin1String("operator")).toString() == QLatin1String("In")) {
            for (const QJsonValue &value : expression.value(QLatin1String("values")).toArray())
                pools.append(value.toString());
        }
    }
    if (pools.isEmpty())
        pools.append(QString()); // any other selector: every pod change may matter
    for (const QString &pool : std::as_const(pools))
        m_pdbsByPool[pool].insert(key);
    m_poolsOfPdb.insert(key, pools);
    m_dirty.insert(key);
}

void DisruptionController::markPool(const QString &pool)
{
    m_dirty.unite(m_pdbsByPool.value(pool));
    m_dirty.unite(m_pdbsByPool.value(QString()));
}

void DisruptionController::syncDirty()
{
    const QSet<QString> dirty = std::exchange(m_dirty, {});
    for (const QString &key : dirty) {
        const qsizetype slash = key.indexOf(QLatin1Char('/'));
        sync(key.left(slash), key.mid(slash + 1));
    }
}

QList<QJsonObject> DisruptionController::candidatePods(const QString &ns,
                                                       const QStringList &pools) const
{
    if (pools.isEmpty() || pools.contains(QString()))
        return m_store->list(kPods, ns);
    QList<QJsonObject> pods;
    for (const QString &pool : pools) {
        for (const QString &key : m_podsByPool.value(pool)) {
            const qsizetype slash = key.indexOf(QLatin1Char('/'));
            if (key.left(slash) != ns)
                continue;
            if (const auto pod = m_store->get(kPods, ns, key.mid(slash + 1)))
                pods.append(*pod);
        }
    }
    return pods;
}

// trySync + getExpectedPodCount (maxUnavailable) + countHealthyPods + updatePdbStatus.
void DisruptionController::sync(const QString &ns, const QString &name)
{
    const auto found = m_store->get(kPdb, ns, name);
    if (!found)
        return;
    QJsonObject pdb = *found;
    const QJsonObject spec = child(pdb, QStringLiteral("spec"));
    const QJsonObject selector = child(spec, QStringLiteral("selector"));
    int current = 0;
    for (const QJsonObject &pod :
         candidatePods(ns, m_poolsOfPdb.value(ns + QLatin1Char('/') + name))) {
        if (!labelSelectorMatches(
                selector, child(child(pod, QStringLiteral("metadata")), QStringLiteral("labels"))))
            continue;
        if (metaString(pod, QStringLiteral("deletionTimestamp")).isEmpty() && podReady(pod))
            ++current;
    }
    const int expected = expectedPods(pdb);
    const int desired = std::max(0, expected - spec.value(QLatin1String("maxUnavailable")).toInt());
    const int allowed = std::max(0, current - desired);
    QJsonObject status = child(pdb, QStringLiteral("status"));
    const bool allowedBefore = status.value(QLatin1String("disruptionsAllowed")).toInt() > 0;
    const QJsonArray oldConditions = status.value(QLatin1String("conditions")).toArray();
    QString transition = ObjectStore::formatTimestamp(m_clock->now());
    if (!oldConditions.isEmpty() && allowedBefore == (allowed > 0))
        transition =
            oldConditions.first().toObject().value(QLatin1String("lastTransitionTime")).toString();
    status.insert(QStringLiteral("currentHealthy"), current);
    status.insert(QStringLiteral("desiredHealthy"), desired);
    status.insert(QStringLiteral("disruptionsAllowed"), allowed);
    status.insert(QStringLiteral("expectedPods"), expected);
    status.insert(QStringLiteral("observedGeneration"),
                  child(pdb, QStringLiteral("metadata")).value(QLatin1String("generation")));
    status.remove(QStringLiteral("disruptedPods"));
    status.insert(QStringLiteral("conditions"),
                  QJsonArray{QJsonObject{
                      {QStringLiteral("type"), QStringLiteral("DisruptionAllowed")},
                      {QStringLiteral("status"),
                       allowed > 0 ? QStringLiteral("True") : QStringLiteral("False")},
                      {QStringLiteral("reason"), allowed > 0 ? QStringLiteral("SufficientPods")
                                                             : QStringLiteral("InsufficientPods")},
                      {QStringLiteral("message"), QString()},
                      {QStringLiteral("observedGeneration"),
                       child(pdb, QStringLiteral("metadata")).value(QLatin1String("generation"))},
                      {QStringLiteral("lastTransitionTime"), transition}}});
    if (status == child(pdb, QStringLiteral("status")))
        return; // nothing new: no write, no event
    pdb.insert(QStringLiteral("status"), status);
    removeResourceVersion(pdb);
    m_store->update(kPdb, pdb);
}

} // namespace Sim
