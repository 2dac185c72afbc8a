#include "ui/volumeiofeed.h"

#include "models/kube/restclient.h"
#include "ui/offthread.h"

namespace Ui {

VolumeIoFeed::VolumeIoFeed(QObject *parent)
    : QObject(parent)
{
}

void VolumeIoFeed::follow(Kube::RestClient *client)
{
    ++m_generation;
    m_reading = false;
    m_client = client;
    m_result = {};
    emit updated(m_result);
}

void VolumeIoFeed::read(const Metrics::PrometheusService &prometheus)
{
    if (!m_client || m_reading)
        return;
    m_reading = true;
    const quint64 generation = m_generation;
    const QPointer<VolumeIoFeed> self(this);
    const QString where = prometheus.display();
    const int step = Metrics::VolumeIo::stepFor(kWindowDays);
    Metrics::VolumeIo::read(
        m_client, prometheus, kWindowDays, QDateTime::currentDateTimeUtc(),
        [self, generation, where, step](const QList<QByteArray> &bodies, const QString &problem) {
            if (!self || generation != self->m_generation)
                return;
            if (!problem.isEmpty()) {
                self->m_reading = false;
                Metrics::VolumeIo::Result result;
                result.problem = problem;
                self->m_result = result;
                emit self->updated(result);
                return;
            }
            OffThread::run(
                self.data(),
                [bodies, step, where] { return Metrics::VolumeIo::resultOf(bodies, step, where); },
                [self, generation](const Metrics::VolumeIo::Result &result) {
                    if (!self || generation != self->m_generation)
                        return;
                    self->m_reading = false;
                    self->m_result = result;
                    emit self->updated(result);
                });
        });
}

} // namespace Ui
