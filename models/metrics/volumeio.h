#pragma once

#include "models/metrics/prometheusservice.h"
#include "models/metrics/series.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <array>
#include <functional>

namespace Kube {
class RestClient;
}

namespace Metrics {

// Read and write throughput and operations per second over a window, per volume (its target's
// exporter: what the application does) and per pool (the pool exporter's replicas: what the
// pool's disks do), from the cluster's Prometheus.
class VolumeIo
{
    Q_DECLARE_TR_FUNCTIONS(Metrics::VolumeIo)

public:
    enum Measure { ReadBytes, WriteBytes, ReadOps, WriteOps, MeasureCount };
    // One measure's samples, per second, in time order.
    using Rates = std::array<QList<Series::Sample>, MeasureCount>;

    struct Recent
    {
        double readBytesPerSecond = 0;
        double writeBytesPerSecond = 0;
        double operationsPerSecond = 0; // reads and writes
        bool known = false;
        double bytesPerSecond() const { return readBytesPerSecond + writeBytesPerSecond; }
    };

    struct Result
    {
        QString problem;
        QHash<QString, Rates> volumes; // by PV name
        QHash<QString, Rates> pools;   // by CStorPoolInstance name
        int stepSeconds = 0;

        // The mean of the last hour of samples.
        Recent recentOfVolume(const QString &volume) const;
        Recent recentOfPool(const QString &pool) const;
        // The volumes among `volumes` with the most recent I/O (read and write bytes), busiest
        // first, at most `count`.
        QStringList busiest(const QStringList &volumes, int count) const;
    };
    // The answers' bytes in the order of queries(), or the first problem.
    using Done = std::function<void(const QList<QByteArray> &bodies, const QString &problem)>;

    // One volume or one pool, for its I/O over a window.
    struct Subject
    {
        enum Kind { Volume, Pool } kind = Volume;
        QString name;
        bool operator==(const Subject &) const = default;
    };
    // One subject's rates, or why there are none.
    using RatesDone = std::function<void(const Rates &rates, const QString &problem)>;

    // The PromQL of each measure, per volume and per pool (only `name`'s, when given).
    static QString volumeQuery(Measure measure, int rateSeconds, const QString &name = {});
    static QString poolQuery(Measure measure, int rateSeconds, const QString &name = {});
    static int stepFor(int days); // an hour for a month: 720 points a series

    // Every query, volumes' then pools', in Measure order.
    static QStringList queries(int rateSeconds);
    // Asks `prometheus` for the window ending `now`; `done` once, on the client's thread, with
    // the answers unparsed (resultOf parses them, off the UI thread if they are large).
    static void read(Kube::RestClient *client, const PrometheusService &prometheus, int days,
                     const QDateTime &now, Done done);
    // Asks for one subject's four measures over the window ending `now` (small answers, parsed
    // where they arrive); `done` once, on the client's thread.
    static void readOf(Kube::RestClient *client, const PrometheusService &prometheus,
                       const Subject &subject, int days, const QDateTime &now, RatesDone done);
    // The answers' bytes (in the order volumeQuery 0..3, poolQuery 0..3) into a result; any
    // thread.
    static Result resultOf(const QList<QByteArray> &bodies, int stepSeconds, const QString &where);

private:
    static Recent recentOf(const Rates &rates);
};

} // namespace Metrics
