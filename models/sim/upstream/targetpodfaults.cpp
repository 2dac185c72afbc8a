#include "models/sim/upstream/targetpodfaults.h"

#include "models/sim/store/faultplan.h"
#include "models/sim/upstream/volumetarget.h"

namespace Sim {

TargetPodFaults::TargetPodFaults(FaultPlan *faults, VolumeTarget *target, QObject *parent)
    : QObject(parent)
    , m_faults(faults)
    , m_target(target)
{
    connect(faults, &FaultPlan::changed, this, &TargetPodFaults::onFaultsChanged);
}

void TargetPodFaults::onFaultsChanged()
{
    const QSet<QString> now = m_faults->stoppedTargets;
    for (const QString &entry : now - m_stopped) {
        const auto [ns, name] = volumeOf(entry);
        m_target->stop(ns, name);
    }
    for (const QString &entry : m_stopped - now) {
        const auto [ns, name] = volumeOf(entry);
        m_target->restart(ns, name);
    }
    m_stopped = now;
}

std::pair<QString, QString> TargetPodFaults::volumeOf(const QString &entry)
{
    const qsizetype slash = entry.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return {QStringLiteral("openebs"), entry};
    return {entry.left(slash), entry.mid(slash + 1)};
}

} // namespace Sim
