#pragma once

#include <QObject>
#include <QSet>
#include <QString>

namespace Sim {

class FaultPlan;
class VolumeTarget;

// The faults' stoppedTargets acted out: a volume named there has its target pod stopped
// gracefully, and restarted (istgt.conf written again from the CV) when it leaves the list.
// Names are "volume" (namespace openebs) or "namespace/volume".
class TargetPodFaults : public QObject
{
    Q_OBJECT

public:
    TargetPodFaults(FaultPlan *faults, VolumeTarget *target, QObject *parent = nullptr);

private:
    void onFaultsChanged();
    static std::pair<QString, QString> volumeOf(const QString &entry);

    FaultPlan *m_faults;
    VolumeTarget *m_target;
    QSet<QString> m_stopped;
};

} // namespace Sim
