#include "models/sim/statuschurn.h"

#include "models/sim/store/objectstore.h"

#include <QLoggingCategory>

#include <algorithm>
#include <chrono>

Q_LOGGING_CATEGORY(lcChurn, "cstor.sim.churn")

namespace Sim {

namespace {
const QString kReplicas = QStringLiteral("cstorvolumereplicas");
constexpr int kTickMs = 10;
} // namespace

QString StatusChurn::stampAnnotation()
{
    return QStringLiteral("sim.cstor.openebs.io/status-written-at-ms");
}

QString StatusChurn::sequenceAnnotation()
{
    return QStringLiteral("sim.cstor.openebs.io/status-update");
}

qint64 StatusChurn::monotonicMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

StatusChurn::StatusChurn(ObjectStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &StatusChurn::tick);
}

void StatusChurn::setRate(int updatesPerSecond)
{
    m_rate = std::max(0, updatesPerSecond);
    m_due = 0;
    if (m_rate == 0) {
        m_timer.stop();
        return;
    }
    m_since.start();
    m_timer.start();
    qCInfo(lcChurn) << "status updates at" << m_rate << "per second";
}

void StatusChurn::tick()
{
    const qint64 owed = m_since.elapsed() * m_rate / 1000;
    // A late tick catches up, but never with more than one second's worth.
    const qint64 count = std::min<qint64>(owed - m_due, m_rate);
    m_due = owed;
    if (count > 0)
        writeUpdates(int(count));
}

void StatusChurn::refreshTargets()
{
    const int count = m_store->count(kReplicas);
    if (count == m_targetCount)
        return;
    m_targets.clear();
    for (const QJsonObject &object : m_store->list(kReplicas)) {
        const QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
        m_targets.append({metadata.value(QLatin1String("namespace")).toString(),
                          metadata.value(QLatin1String("name")).toString()});
    }
    m_targetCount = count;
    startPass();
}

void StatusChurn::startPass()
{
    std::shuffle(m_targets.begin(), m_targets.end(), m_random);
    m_next = 0;
}

int StatusChurn::writeUpdates(int count)
{
    refreshTargets();
    if (m_targets.isEmpty())
        return 0;
    int stored = 0;
    const QString now = ObjectStore::formatTimestamp(m_store->now());
    for (int i = 0; i < count; ++i) {
        const Target target = m_targets.at(m_next++);
        if (m_next == m_targets.size()) {
            ++m_passes;
            startPass();
        }
        std::optional<QJsonObject> object = m_store->get(kReplicas, target.ns, target.name);
        if (!object) {
            m_targetCount = -1; // gone: list again next time
            ++m_failed;
            continue;
        }
        QJsonObject metadata = object->value(QLatin1String("metadata")).toObject();
        QJsonObject annotations = metadata.value(QLatin1String("annotations")).toObject();
        annotations.insert(stampAnnotation(), QString::number(monotonicMs()));
        // Numbered, so that two writes within a millisecond are two changes.
        annotations.insert(sequenceAnnotation(), QString::number(++m_sequence));
        metadata.insert(QStringLiteral("annotations"), annotations);
        metadata.remove(QStringLiteral("resourceVersion"));
        object->insert(QStringLiteral("metadata"), metadata);
        QJsonObject status = object->value(QLatin1String("status")).toObject();
        status.insert(QStringLiteral("lastUpdateTime"), now);
        object->insert(QStringLiteral("status"), status);
        if (std::holds_alternative<ApiError>(m_store->update(kReplicas, *object))) {
            ++m_failed;
            continue;
        }
        ++stored;
    }
    m_written += stored;
    return stored;
}

QJsonObject StatusChurn::toJson() const
{
    return QJsonObject{
        {QStringLiteral("rate"), m_rate},
        {QStringLiteral("written"), double(m_written)},
        {QStringLiteral("passes"), double(m_passes)},
        {QStringLiteral("failed"), double(m_failed)},
        {QStringLiteral("stampAnnotation"), stampAnnotation()},
        {QStringLiteral("monotonicMs"), double(monotonicMs())},
    };
}

} // namespace Sim
