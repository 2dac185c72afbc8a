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

const QString kPdb = QStringLiteral("poddisruptionbudgets");
const QString kPods = QStringLiteral("pods");

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
    connect(m_store, &ObjectStore::changed, this, &DisruptionController::onStoreChanged);
    syncAll();
}

void DisruptionController::onStoreChanged(const StoreEvent &event)
{
    if ((event.resource != kPods && event.resource != kPdb) || m_scheduled)
        return;
    m_scheduled = true; // informer events coalesce into one pass
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        syncAll();
    });
}

void DisruptionController::syncAll()
{
    for (const QJsonObject &pdb : m_store->list(kPdb))
        sync(metaString(pdb, QStringLiteral("namespace")), metaString(pdb, QStringLiteral("name")));
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
    for (const QJsonObject &pod : m_store->list(kPods, ns)) {
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
    pdb.insert(QStringLiteral("status"), status);
    removeResourceVersion(pdb);
    m_store->update(kPdb, pdb);
}

} // namespace Sim
