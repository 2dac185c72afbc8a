#pragma once

#include "models/metrics/prometheusservice.h"
#include "models/metrics/volumeio.h"

#include <QObject>
#include <QPointer>

namespace Kube {
class RestClient;
}

namespace Ui {

// The volumes' and pools' I/O over the last day, asked of the cluster's Prometheus (the one the
// capacity forecast found) and parsed off the UI thread.
class VolumeIoFeed : public QObject
{
    Q_OBJECT

public:
    static constexpr int kWindowDays = 1;

    explicit VolumeIoFeed(QObject *parent = nullptr);

    // Follows this cluster from now on (nullptr: none).
    void follow(Kube::RestClient *client);
    void read(const Metrics::PrometheusService &prometheus);
    const Metrics::VolumeIo::Result &result() const { return m_result; }

signals:
    void updated(const Metrics::VolumeIo::Result &result);

private:
    QPointer<Kube::RestClient> m_client;
    quint64 m_generation = 0;
    bool m_reading = false;
    Metrics::VolumeIo::Result m_result;
};

} // namespace Ui
