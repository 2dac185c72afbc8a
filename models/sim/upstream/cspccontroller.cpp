#include "models/sim/upstream/cspccontroller.h"

#include "models/sim/store/eventrecorder.h"
#include "models/sim/store/faultplan.h"
#include "models/sim/upstream/objectfields.h"

#include <QJsonArray>

namespace Sim {

using namespace ObjectFields;

namespace {

// A CSPC's instances as its operator counts them.
struct Instances
{
    int provisioned = 0;
    int healthy = 0;
    QStringList unavailable; // CSPIs whose pool-manager Deployment is not ready
};

Instances countInstances(ObjectStore *store, const FaultPlan *faults, const QString &ns,
                         const QString &cspcName)
{
    Instances instances;
    for (const QJsonObject &cspi : store->list(kCspi, ns)) {
        const QJsonObject labels =
            child(child(cspi, QStringLiteral("metadata")), QStringLiteral("labels"));
        if (labels.value(QLatin1String("openebs.io/cstor-pool-cluster")).toString() != cspcName)
            continue;
        ++instances.provisioned;
        QString node =
            child(cspi, QStringLiteral("spec")).value(QLatin1String("hostName")).toString();
        if (node.isEmpty())
            node = labels.value(QLatin1String("kubernetes.io/hostname")).toString();
        // The pool-manager Deployment is ready unless its node is down.
        const bool ready = !(faults && faults->downNodes.contains(node));
        if (!ready)
            instances.unavailable.append(metaString(cspi, QStringLiteral("name")));
        const QString phase =
            child(cspi, QStringLiteral("status")).value(QLatin1String("phase")).toString();
        if (ready && phase == QLatin1String("ONLINE"))
            ++instances.healthy;
    }
    return instances;
}

// omitempty: absent when 0.
void setCount(QJsonObject &status, const QString &field, int value)
{
    if (value > 0)
        status.insert(field, value);
    else
        status.remove(field);
}

// PoolManagerAvailable: replaced only when status or reason changes.
void setPoolManagerCondition(QJsonObject &status, const QStringList &unavailable, SimClock *clock)
{
    const bool available = unavailable.isEmpty();
    const QString conditionStatus = available ? QStringLiteral("True") : QStringLiteral("False");
    const QString reason = available ? QStringLiteral("MinimumPoolManagersAvailable")
                                     : QStringLiteral("MinimumPoolManagersUnAvailable");
    QJsonArray conditions = status.value(QLatin1String("conditions")).toArray();
    int index = -1;
    for (int i = 0; i < conditions.size(); ++i) {
        if (conditions.at(i).toObject().value(QLatin1String("type")).toString() ==
            QLatin1String("PoolManagerAvailable"))
            index = i;
    }
    const QJsonObject old = index >= 0 ? conditions.at(index).toObject() : QJsonObject();
    if (index >= 0 && old.value(QLatin1String("status")).toString() == conditionStatus &&
        old.value(QLatin1String("reason")).toString() == reason)
        return;
    const QString now = ObjectStore::formatTimestamp(clock->now());
    QString message = QStringLiteral("Pool manager(s) have minimum available pod");
    if (!available) {
        message = QStringLiteral("Pool manager(s): ");
        for (const QString &pool : unavailable)
            message += pool + QLatin1Char(' ');
        message += QStringLiteral(":does not have minimum available pod");
    }
    const QJsonObject condition{
        {QStringLiteral("type"), QStringLiteral("PoolManagerAvailable")},
        {QStringLiteral("status"), conditionStatus},
        {QStringLiteral("lastUpdateTime"), now},
        {QStringLiteral("lastTransitionTime"), now},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("message"), message},
    };
    if (index >= 0)
        conditions.replace(index, condition);
    else
        conditions.append(condition);
    status.insert(QStringLiteral("conditions"), conditions);
}

} // namespace

CspcController::CspcController(ObjectStore *store, FaultPlan *faults, SimClock *clock,
                               EventRecorder *events, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_faults(faults)
    , m_clock(clock)
    , m_events(events)
    , m_scaler(store, clock, events)
    , m_specSync(store)
    , m_operations(store)
{
}

void CspcController::setResyncSeconds(int seconds)
{
    m_resyncSeconds = std::max(1, seconds);
}

bool CspcController::paused() const
{
    return m_faults && m_faults->pausedControllers.contains(QStringLiteral("cspc"));
}

void CspcController::start()
{
    if (m_started)
        return;
    m_started = true;
    connect(m_store, &ObjectStore::changed, this, &CspcController::onStoreChanged);
    if (m_faults) {
        // Node readiness (pool-manager Deployments) and pausing change the counts.
        connect(m_faults, &FaultPlan::changed, this, [this] {
            for (const QJsonObject &cspc : m_store->list(kCspc))
                m_pending.insert(metaString(cspc, QStringLiteral("namespace")) + QLatin1Char('/') +
                                 metaString(cspc, QStringLiteral("name")));
            if (!m_scheduled) {
                m_scheduled = true;
                QTimer::singleShot(0, this, [this] {
                    m_scheduled = false;
                    const QSet<QString> keys = std::exchange(m_pending, {});
                    for (const QString &k : keys) {
                        const qsizetype slash = k.indexOf(QLatin1Char('/'));
                        sync(k.left(slash), k.mid(slash + 1));
                    }
                });
            }
        });
    }
    m_clock->callAfter(m_clock->uniform(0.1, 1.0) * m_resyncSeconds, this, [this] { resync(); });
}

void CspcController::resync()
{
    for (const QJsonObject &cspc : m_store->list(kCspc))
        sync(metaString(cspc, QStringLiteral("namespace")),
             metaString(cspc, QStringLiteral("name")));
    m_clock->callAfter(m_resyncSeconds, this, [this] { resync(); });
}

void CspcController::onStoreChanged(const StoreEvent &event)
{
    QString cspcKey;
    if (event.resource == kCspc && event.type != StoreEvent::Type::Deleted) {
        cspcKey = metaString(event.object, QStringLiteral("namespace")) + QLatin1Char('/') +
                  metaString(event.object, QStringLiteral("name"));
    } else if (event.resource == kCspi) {
        // The CSPC operator owns CSPIs: their changes enqueue the owner.
        const QString owner =
            child(child(event.object, QStringLiteral("metadata")), QStringLiteral("labels"))
                .value(QLatin1String("openebs.io/cstor-pool-cluster"))
                .toString();
        if (owner.isEmpty())
            return;
        cspcKey = metaString(event.object, QStringLiteral("namespace")) + QLatin1Char('/') + owner;
    } else {
        return;
    }
    m_pending.insert(cspcKey);
    if (!m_scheduled) {
        m_scheduled = true;
        QTimer::singleShot(0, this, [this] {
            m_scheduled = false;
            const QSet<QString> keys = std::exchange(m_pending, {});
            for (const QString &k : keys) {
                const qsizetype slash = k.indexOf(QLatin1Char('/'));
                sync(k.left(slash), k.mid(slash + 1));
            }
        });
    }
}

void CspcController::sync(const QString &ns, const QString &name)
{
    if (paused())
        return;
    const auto current = m_store->get(kCspc, ns, name);
    if (!current)
        return;
    // CO Controller::sync: cleanup, ScaleUp/ScaleDown, syncCSPI, handleOperations
    // (replaceBlockDevice), then UpdateStatusEventually.
    m_scaler.sync(*current);
    if (metaString(*current, QStringLiteral("deletionTimestamp")).isEmpty()) {
        m_specSync.sync(*current);
        m_operations.replaceBlockDevice(*current);
    }
    QJsonObject cspc = *current;
    const int desired =
        int(child(cspc, QStringLiteral("spec")).value(QLatin1String("pools")).toArray().size());
    const Instances instances = countInstances(m_store, m_faults, ns, name);
    QJsonObject status = child(cspc, QStringLiteral("status"));
    setCount(status, QStringLiteral("desiredInstances"), desired);
    setCount(status, QStringLiteral("provisionedInstances"), instances.provisioned);
    setCount(status, QStringLiteral("healthyInstances"), instances.healthy);
    setPoolManagerCondition(status, instances.unavailable, m_clock);
    if (status == child(cspc, QStringLiteral("status")))
        return;
    cspc.insert(QStringLiteral("status"), status);
    QJsonObject metadata = child(cspc, QStringLiteral("metadata"));
    metadata.remove(QStringLiteral("resourceVersion"));
    cspc.insert(QStringLiteral("metadata"), metadata);
    m_store->update(kCspc, cspc);
}

} // namespace Sim
