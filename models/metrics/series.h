#pragma once

#include <QList>
#include <QMap>
#include <QString>

namespace Metrics {

// A time series as a metrics source answers it (a Prometheus range query, or the console's own
// kept history): the metric, its labels, and samples in time order.
struct Series
{
    struct Sample
    {
        qint64 timeMs = 0; // since the epoch, UTC
        double value = 0;
    };

    QString metric;
    QMap<QString, QString> labels;
    QList<Sample> samples;
};

} // namespace Metrics
