#include "models/metrics/volumeio.h"

#include "models/metrics/prometheusanswer.h"
#include "models/metrics/prometheusclient.h"

#include <algorithm>
#include <memory>

namespace Metrics {

namespace {

constexpr qint64 kRecentMs = 3600 * 1000;

// The target's and the replicas' series share two names (openebs_total_read_bytes and
// openebs_total_write_bytes): the target's carry no `vol` label, the replicas' do.
const char *const kVolumeMetrics[] = {"openebs_total_read_bytes{vol=\"\"}",
                                      "openebs_total_write_bytes{vol=\"\"}", "openebs_reads",
                                      "openebs_writes"};
const char *const kPoolMetrics[] = {"openebs_total_read_bytes{vol!=\"\"}",
                                    "openebs_total_write_bytes{vol!=\"\"}",
                                    "openebs_total_read_count", "openebs_total_write_count"};

// `metric` (which may hold a selector already) with one more label matcher.
QString withLabel(const char *metric, const QString &label, const QString &value)
{
    QString text = QLatin1String(metric);
    if (value.isEmpty())
        return text;
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""));
    const QString matcher = QStringLiteral("%1=\"%2\"").arg(label, escaped);
    if (text.endsWith(QLatin1Char('}')))
        return text.chopped(1) + QLatin1Char(',') + matcher + QLatin1Char('}');
    return text + QLatin1Char('{') + matcher + QLatin1Char('}');
}

double meanSince(const QList<Series::Sample> &samples, qint64 fromMs)
{
    double sum = 0;
    int count = 0;
    for (auto it = samples.crbegin(); it != samples.crend() && it->timeMs >= fromMs; ++it) {
        sum += it->value;
        ++count;
    }
    return count > 0 ? sum / count : 0;
}

} // namespace

QString VolumeIo::volumeQuery(Measure measure, int rateSeconds, const QString &name)
{
    // The exporters' counters are gauges that only grow (reset when a target restarts):
    // rate() reads them as counters.
    return QStringLiteral("sum by (openebs_pv) (rate(%1[%2s]))")
        .arg(withLabel(kVolumeMetrics[measure], QStringLiteral("openebs_pv"), name))
        .arg(rateSeconds);
}

QString VolumeIo::poolQuery(Measure measure, int rateSeconds, const QString &name)
{
    return QStringLiteral("sum by (cstor_pool) (rate(%1[%2s]))")
        .arg(withLabel(kPoolMetrics[measure], QStringLiteral("cstor_pool"), name))
        .arg(rateSeconds);
}

void VolumeIo::readOf(Kube::RestClient *client, const PrometheusService &prometheus,
                      const Subject &subject, int days, const QDateTime &now, RatesDone done)
{
    const auto prometheusClient = std::make_shared<PrometheusClient>(client, prometheus);
    const int step = stepFor(days);
    struct Pending
    {
        Rates rates;
        int left = MeasureCount;
        QString problem;
    };
    const auto pending = std::make_shared<Pending>();
    const bool ofVolume = subject.kind == Subject::Volume;
    const QString where = prometheus.display();
    for (int m = 0; m < MeasureCount; ++m) {
        const QString query = ofVolume ? volumeQuery(Measure(m), std::max(step, 3600), subject.name)
                                       : poolQuery(Measure(m), std::max(step, 3600), subject.name);
        prometheusClient->queryRange(
            query, now.addDays(-days), now, step,
            [pending, m, done, where, prometheusClient](const PrometheusClient::RawAnswer &answer) {
                if (!answer.problem.isEmpty() && pending->problem.isEmpty())
                    pending->problem = answer.problem;
                if (answer.problem.isEmpty()) {
                    const PrometheusAnswer parsed = PrometheusAnswer::ofMatrix(answer.body);
                    if (!parsed.isValid() && pending->problem.isEmpty())
                        pending->problem = tr("Prometheus %1: %2").arg(where, parsed.problem);
                    else if (!parsed.series.isEmpty())
                        pending->rates[m] = parsed.series.first().samples;
                }
                if (--pending->left == 0)
                    done(pending->problem.isEmpty() ? pending->rates : Rates(), pending->problem);
            });
    }
}

int VolumeIo::stepFor(int days)
{
    return std::max(300, days * 86400 / 720 / 300 * 300);
}

void VolumeIo::read(Kube::RestClient *client, const PrometheusService &prometheus, int days,
                    const QDateTime &now, Done done)
{
    const auto prometheusClient = std::make_shared<PrometheusClient>(client, prometheus);
    const int step = stepFor(days);
    // Over an hour at least: the history the console reads may hold a sample an hour.
    const QStringList all = queries(std::max(step, 3600));
    struct Pending
    {
        QList<QByteArray> bodies;
        int left = 0;
        QString problem;
    };
    const auto pending = std::make_shared<Pending>();
    pending->bodies.resize(all.size());
    pending->left = int(all.size());
    const QDateTime start = now.addDays(-days);
    for (int i = 0; i < all.size(); ++i) {
        prometheusClient->queryRange(
            all.at(i), start, now, step,
            [pending, i, done, prometheusClient](const PrometheusClient::RawAnswer &answer) {
                if (answer.problem.isEmpty())
                    pending->bodies[i] = answer.body;
                else if (pending->problem.isEmpty())
                    pending->problem = answer.problem;
                if (--pending->left == 0)
                    done(pending->bodies, pending->problem);
            });
    }
}

QStringList VolumeIo::queries(int rateSeconds)
{
    QStringList all;
    for (int m = 0; m < MeasureCount; ++m)
        all << volumeQuery(Measure(m), rateSeconds);
    for (int m = 0; m < MeasureCount; ++m)
        all << poolQuery(Measure(m), rateSeconds);
    return all;
}

VolumeIo::Result VolumeIo::resultOf(const QList<QByteArray> &bodies, int stepSeconds,
                                    const QString &where)
{
    Result result;
    result.stepSeconds = stepSeconds;
    for (int i = 0; i < bodies.size() && i < 2 * MeasureCount; ++i) {
        const PrometheusAnswer answer = PrometheusAnswer::ofMatrix(bodies.at(i));
        if (!answer.isValid()) {
            result.problem = tr("Prometheus %1: %2").arg(where, answer.problem);
            return result;
        }
        const bool ofVolume = i < MeasureCount;
        const QString key = ofVolume ? QStringLiteral("openebs_pv") : QStringLiteral("cstor_pool");
        for (const Series &series : answer.series) {
            const QString name = series.labels.value(key).trimmed();
            if (name.isEmpty())
                continue;
            Rates &rates = (ofVolume ? result.volumes : result.pools)[name];
            rates[i % MeasureCount] = series.samples;
        }
    }
    return result;
}

VolumeIo::Recent VolumeIo::recentOf(const Rates &rates)
{
    qint64 lastMs = 0;
    for (const QList<Series::Sample> &samples : rates) {
        if (!samples.isEmpty())
            lastMs = std::max(lastMs, samples.last().timeMs);
    }
    Recent recent;
    if (lastMs == 0)
        return recent;
    const qint64 fromMs = lastMs - kRecentMs;
    recent.known = true;
    recent.readBytesPerSecond = meanSince(rates[ReadBytes], fromMs);
    recent.writeBytesPerSecond = meanSince(rates[WriteBytes], fromMs);
    recent.operationsPerSecond =
        meanSince(rates[ReadOps], fromMs) + meanSince(rates[WriteOps], fromMs);
    return recent;
}

VolumeIo::Recent VolumeIo::Result::recentOfVolume(const QString &volume) const
{
    const auto it = volumes.constFind(volume);
    return it == volumes.cend() ? Recent() : recentOf(it.value());
}

VolumeIo::Recent VolumeIo::Result::recentOfPool(const QString &pool) const
{
    const auto it = pools.constFind(pool);
    return it == pools.cend() ? Recent() : recentOf(it.value());
}

QStringList VolumeIo::Result::busiest(const QStringList &candidates, int count) const
{
    QList<QPair<double, QString>> ranked;
    for (const QString &volume : candidates) {
        const Recent recent = recentOfVolume(volume);
        if (recent.known)
            ranked.append({recent.bytesPerSecond(), volume});
    }
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    QStringList names;
    for (qsizetype i = 0; i < ranked.size() && i < count; ++i)
        names << ranked.at(i).second;
    return names;
}

} // namespace Metrics
