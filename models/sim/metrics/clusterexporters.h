#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <optional>

namespace Sim {

class ExporterUptime;
class ObjectStore;
class SimClock;

// The m-exporters of the whole simulated cluster: one in every pool pod, one in every volume
// target pod. Serves one exporter's /metrics as the pod would, or everything at once as a
// Prometheus scraping the cluster with the openebs-monitoring chart stores it (every sample with
// its target's identity labels first). Reads the store once per render.
class ClusterExporters : public QObject
{
    Q_OBJECT

public:
    ClusterExporters(ObjectStore *store, SimClock *clock, QObject *parent = nullptr);

    // The pool pod's exporter (m-exporter -e=pool); nullopt when there is no such CSPI.
    std::optional<QByteArray> poolText(const QString &ns, const QString &cspi) const;
    // The target's exporter (m-exporter -e=cstor); nullopt when there is no such CV.
    std::optional<QByteArray> volumeText(const QString &ns, const QString &pv) const;
    // Every running exporter's series with ExporterIdentity's labels: one exposition.
    QByteArray scrapeText() const;

    const ExporterUptime &uptime() const { return *m_uptime; }

private:
    ObjectStore *m_store;
    SimClock *m_clock;
    ExporterUptime *m_uptime;
};

} // namespace Sim
