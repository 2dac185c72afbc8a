// The simulated pools' capacity history: a profile that ends at each pool's used bytes now, grows
// by its truth's g over whole weeks with a weekly rhythm, shows its declared steps and nothing
// else, draws its growth classes reproducibly from a seed, and backfills through promtool.
#include "models/sim/metrics/exporterinventory.h"
#include "models/sim/metrics/historyparts.h"
#include "models/sim/metrics/iohistory.h"
#include "models/sim/metrics/openmetricshistory.h"
#include "models/sim/metrics/poolhistory.h"
#include "models/sim/simcluster.h"
#include "models/sim/store/objectstore.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <memory>

using Sim::PoolHistory;
using namespace Qt::StringLiterals;

namespace {

// Wednesday 2026-03-04 10:17:23.456 UTC.
constexpr qint64 kNowMs = 1772619443456;
constexpr qint64 kDayMs = 86400000;
constexpr qint64 kWeekMs = 7 * kDayMs;

PoolHistory::Options options(quint64 seed = 7, int days = 30)
{
    PoolHistory::Options o;
    o.days = days;
    o.seed = seed;
    o.nowMs = kNowMs;
    return o;
}

qint64 stepsBetween(const PoolHistory::Pool &pool, qint64 from, qint64 to)
{
    qint64 bytes = 0;
    for (const Sim::CapacityStep &step : pool.steps()) {
        if (step.atMs > from && step.atMs <= to)
            bytes += step.bytes;
    }
    return bytes;
}

const PoolHistory::Pool *nearlyFull(const PoolHistory &history)
{
    for (const PoolHistory::Pool &pool : history.pools()) {
        if (pool.growthClass == PoolHistory::GrowthClass::NearlyFull)
            return &pool;
    }
    return nullptr;
}

QByteArray openMetrics(const PoolHistory &history)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString why;
    if (!Sim::OpenMetricsHistory::write(history, &buffer, &why))
        qWarning("%s", qPrintable(why));
    return buffer.data();
}

} // namespace

class TestPoolHistory : public QObject
{
    Q_OBJECT

private:
    // A cluster with its pool pods and every pool's capacity in the store.
    std::unique_ptr<Sim::SimCluster> cluster(const QString &generateSpec = QString())
    {
        auto sim = std::make_unique<Sim::SimCluster>();
        sim->setSeed(7);
        QString why;
        const bool loaded = generateSpec.isEmpty() ? sim->loadDefaultScenario(&why)
                                                   : sim->generate(generateSpec, &why);
        if (!loaded) {
            qWarning("%s", qPrintable(why));
            return nullptr;
        }
        sim->setSpeed(50);
        sim->startControllers();
        return sim;
    }

    static bool poolsReady(Sim::SimCluster &sim, int count)
    {
        const QList<Sim::HistoryPool> pools = Sim::HistoryPool::readAll(*sim.store());
        if (pools.size() != count)
            return false;
        for (const Sim::HistoryPool &pool : pools) {
            if (pool.pod.isEmpty() || pool.cspcUid.isEmpty())
                return false;
        }
        return true;
    }

private slots:
    void readsThePoolsOfTheStore()
    {
        auto sim = cluster();
        QVERIFY(sim);
        QTRY_VERIFY(poolsReady(*sim, 3));
        const QList<Sim::HistoryPool> pools = Sim::HistoryPool::readAll(*sim->store());
        for (const Sim::HistoryPool &pool : pools) {
            QCOMPARE(pool.ns, u"openebs"_s);
            QVERIFY(pool.cspi.startsWith(pool.cspc));
            QVERIFY(pool.node.startsWith(u"e2e1-node"_s));
            QVERIFY2(pool.pod.startsWith(pool.cspi + u'-'), qPrintable(pool.pod));
            QCOMPARE(pool.readOnlyPercent, 85);
            QVERIFY(pool.sizeBytes > pool.usedBytes && pool.usedBytes > 0);
        }
    }

    void endsAtTheUsedBytesNow()
    {
        auto sim = cluster();
        QVERIFY(sim);
        QTRY_VERIFY(poolsReady(*sim, 3));
        const PoolHistory history(*sim->store(), options());
        QCOMPARE(history.pools().size(), 3);
        for (const PoolHistory::Pool &pool : history.pools())
            QCOMPARE(pool.profile.usedAt(kNowMs), pool.pool.usedBytes);
        const qint64 step = history.options().stepMs;
        QCOMPARE(history.lastSampleMs() % step, 0);
        QVERIFY(history.lastSampleMs() <= kNowMs - step);
        QVERIFY(history.lastSampleMs() > kNowMs - 2 * step);
        QCOMPARE(history.lastSampleMs() - history.firstSampleMs(), 30 * kDayMs);
    }

    void growsByGOverWholeWeeks()
    {
        auto sim = cluster();
        QVERIFY(sim);
        QTRY_VERIFY(poolsReady(*sim, 3));
        const PoolHistory history(*sim->store(), options(7, 35));
        int sampledPools = 0;
        for (const PoolHistory::Pool &pool : history.pools()) {
            const double g = pool.growthBytesPerDay();
            QVERIFY(g > 0);
            // The trend, from any moment, over one to four whole weeks.
            for (int weeks = 1; weeks <= 4; ++weeks) {
                for (const qint64 end : {kNowMs, kNowMs - 3 * kDayMs - 12345}) {
                    const qint64 start = end - weeks * kWeekMs;
                    const double growth = pool.profile.expectedAt(end) -
                                          pool.profile.expectedAt(start) -
                                          double(stepsBetween(pool, start, end));
                    QVERIFY2(std::abs(growth / (7.0 * weeks) - g) <= g * 1e-9,
                             qPrintable(pool.pool.cspi));
                }
            }
            // The samples, over the latest whole weeks above the floor, where the growth is
            // large against the noise.
            const qint64 step = history.options().stepMs;
            const qint64 last = history.lastSampleMs();
            for (int weeks = 4; weeks >= 1; --weeks) {
                const qint64 first = last - weeks * kWeekMs;
                bool aboveFloor = true;
                for (qint64 ms = first; ms <= last && aboveFloor; ms += step)
                    aboveFloor = pool.profile.usedAt(ms) > pool.profile.floorBytes();
                const double growth = 7.0 * weeks * g;
                if (!aboveFloor || growth < 50 * pool.profile.shape().noiseBytes)
                    continue;
                const double sampled =
                    double(pool.profile.usedAt(last) - pool.profile.usedAt(first) -
                           stepsBetween(pool, first, last));
                QVERIFY2(std::abs(sampled - growth) <= 0.02 * growth,
                         qPrintable(u"%1 over %2 weeks: %3 for %4"_s.arg(pool.pool.cspi)
                                        .arg(weeks)
                                        .arg(sampled)
                                        .arg(growth)));
                ++sampledPools;
                break;
            }
        }
        QVERIFY(sampledPools >= 1); // the nearly full one at least
    }

    void weekdaysGrowFasterThanWeekends()
    {
        auto sim = cluster();
        QVERIFY(sim);
        QTRY_VERIFY(poolsReady(*sim, 3));
        const PoolHistory history(*sim->store(), options(7, 28));
        const PoolHistory::Pool *pool = nearlyFull(history);
        QVERIFY(pool);
        // Whole UTC days of the last two weeks (above the floor), without a step.
        double weekday = 0;
        double weekend = 0;
        int weekdays = 0;
        int weekendDays = 0;
        const qint64 today = kNowMs / kDayMs * kDayMs;
        for (qint64 day = today - 14 * kDayMs; day < today; day += kDayMs) {
            if (stepsBetween(*pool, day, day + kDayMs) != 0)
                continue;
            const double growth =
                double(pool->profile.usedAt(day + kDayMs) - pool->profile.usedAt(day));
            const int weekdayIndex = int((day / kDayMs + 3) % 7); // Monday 0
            if (weekdayIndex >= 5) {
                weekend += growth;
                ++weekendDays;
            } else {
                weekday += growth;
                ++weekdays;
            }
        }
        QVERIFY(weekdays >= 8 && weekendDays >= 3);
        QVERIFY2(
            weekday / weekdays > 2 * (weekend / weekendDays),
            qPrintable(
                u"weekday %1, weekend %2"_s.arg(weekday / weekdays).arg(weekend / weekendDays)));
        // The same in the trend of every pool: a weekend day grows at 30 % of a weekday.
        for (const PoolHistory::Pool &p : history.pools()) {
            const qint64 saturday = today - ((today / kDayMs + 3) % 7 - 5 + 7) % 7 * kDayMs;
            const double sat = p.profile.expectedAt(saturday + kDayMs) -
                               p.profile.expectedAt(saturday) -
                               double(stepsBetween(p, saturday, saturday + kDayMs));
            const double fri = p.profile.expectedAt(saturday) -
                               p.profile.expectedAt(saturday - kDayMs) -
                               double(stepsBetween(p, saturday - kDayMs, saturday));
            QVERIFY(std::abs(sat / fri - Sim::PoolGrowthProfile::kWeekendShare) < 1e-6);
        }
    }

    void stepsAppearAtTheirMomentAndNothingElseJumps()
    {
        auto sim = cluster(u"nodes=10,pools-per-node=1,volumes=20,replicas=3"_s);
        QVERIFY(sim);
        QTRY_VERIFY(poolsReady(*sim, 10));
        const PoolHistory history(*sim->store(), options());
        const qint64 step = history.options().stepMs;
        const qint64 windowStart = kNowMs - 30 * kDayMs;
        int stepped = 0;
        for (const PoolHistory::Pool &pool : history.pools()) {
            const double size = double(pool.pool.sizeBytes);
            for (const Sim::CapacityStep &s : pool.steps()) {
                ++stepped;
                QVERIFY(s.atMs >= windowStart + 30 * kDayMs / 4);
                QVERIFY(s.atMs <= windowStart + 30 * kDayMs * 3 / 4);
                QVERIFY(std::abs(double(s.bytes)) >= 0.03 * size - 1);
                QVERIFY(std::abs(double(s.bytes)) <= 0.10 * size + 1);
                const qint64 before = (s.atMs - 1) / step * step;
                const qint64 jump =
                    pool.profile.usedAt(before + step) - pool.profile.usedAt(before);
                QVERIFY2(
                    std::abs(double(jump - s.bytes)) < 0.005 * size,
                    qPrintable(
                        u"%1: %2 for a step of %3"_s.arg(pool.pool.cspi).arg(jump).arg(s.bytes)));
            }
            for (qint64 ms = history.firstSampleMs(); ms < history.lastSampleMs(); ms += step) {
                if (stepsBetween(pool, ms, ms + step) != 0)
                    continue;
                const qint64 change = pool.profile.usedAt(ms + step) - pool.profile.usedAt(ms);
                QVERIFY2(std::abs(double(change)) <= 0.01 * size, qPrintable(pool.pool.cspi));
            }
        }
        QCOMPARE(stepped, 2); // one pool in five
    }

    void growthClassesOfTheSeedCluster()
    {
        auto sim = cluster();
        QVERIFY(sim);
        QTRY_VERIFY(poolsReady(*sim, 3));
        const PoolHistory history(*sim->store(), options());
        QHash<PoolHistory::GrowthClass, int> classes;
        double highestShare = 0;
        QString fullest;
        for (const PoolHistory::Pool &pool : history.pools()) {
            ++classes[pool.growthClass];
            const double share = double(pool.pool.usedBytes) / double(pool.pool.sizeBytes);
            if (share > highestShare) {
                highestShare = share;
                fullest = pool.pool.cspi;
            }
            const double days = pool.daysToPercent(pool.pool.readOnlyPercent).value_or(-1);
            switch (pool.growthClass) {
            case PoolHistory::GrowthClass::NearlyFull:
                QVERIFY2(days >= 9 && days <= 14, qPrintable(QString::number(days)));
                break;
            case PoolHistory::GrowthClass::Fast:
                QVERIFY2(days >= 20 && days <= 45, qPrintable(QString::number(days)));
                break;
            case PoolHistory::GrowthClass::Slow:
                QVERIFY2(days >= 120 && days <= 400, qPrintable(QString::number(days)));
                break;
            }
        }
        QCOMPARE(classes.value(PoolHistory::GrowthClass::NearlyFull), 1);
        QCOMPARE(classes.value(PoolHistory::GrowthClass::Fast), 1);
        QCOMPARE(classes.value(PoolHistory::GrowthClass::Slow), 1);
        QCOMPARE(nearlyFull(history)->pool.cspi, fullest);
    }

    void growthClassesOfAGeneratedCluster()
    {
        auto sim = cluster(u"nodes=30,pools-per-node=1,volumes=60,replicas=3"_s);
        QVERIFY(sim);
        QTRY_VERIFY(poolsReady(*sim, 30));
        const PoolHistory history(*sim->store(), options());
        QHash<PoolHistory::GrowthClass, int> classes;
        int stepped = 0;
        for (const PoolHistory::Pool &pool : history.pools()) {
            ++classes[pool.growthClass];
            stepped += pool.steps().isEmpty() ? 0 : 1;
            const double days = pool.daysToPercent(pool.pool.readOnlyPercent).value_or(-1);
            const bool pastThreshold =
                pool.pool.usedBytes * 100 >= pool.pool.readOnlyPercent * pool.pool.sizeBytes;
            if (pool.growthClass == PoolHistory::GrowthClass::NearlyFull)
                QVERIFY(days >= 9 && days <= 14);
            else if (pool.growthClass == PoolHistory::GrowthClass::Fast)
                QVERIFY(days >= 20 && days <= 45);
            else if (!pastThreshold)
                QVERIFY(days >= 120 && days <= 400);
            else
                QCOMPARE(days, 0.0);
        }
        QCOMPARE(classes.value(PoolHistory::GrowthClass::NearlyFull), 1);
        QCOMPARE(classes.value(PoolHistory::GrowthClass::Fast), 3);
        QCOMPARE(classes.value(PoolHistory::GrowthClass::Slow), 26);
        QCOMPARE(stepped, 6);
    }

    void truthMatchesTheGrowth()
    {
        auto sim = cluster(u"nodes=12,pools-per-node=1,volumes=30,replicas=3"_s);
        QVERIFY(sim);
        QTRY_VERIFY(poolsReady(*sim, 12));
        const PoolHistory history(*sim->store(), options());
        const QJsonObject truth = history.truth();
        QCOMPARE(truth.value("nowMs"_L1).toDouble(), double(kNowMs));
        QCOMPARE(truth.value("lastSampleMs"_L1).toDouble(), double(history.lastSampleMs()));
        const QJsonArray pools = truth.value("pools"_L1).toArray();
        QCOMPARE(pools.size(), 12);
        for (const QJsonValue &value : pools) {
            const QJsonObject pool = value.toObject();
            const double size = pool.value("sizeBytes"_L1).toDouble();
            const double used = pool.value("usedBytes"_L1).toDouble();
            const double g = pool.value("growthBytesPerDay"_L1).toDouble();
            const double threshold = pool.value("readOnlyPercent"_L1).toDouble();
            QVERIFY(!pool.value("pod"_L1).toString().isEmpty());
            QVERIFY(!pool.value("cspcUid"_L1).toString().isEmpty());
            const auto expected = [&](double percent) {
                return used >= percent / 100 * size ? 0.0 : (percent / 100 * size - used) / g;
            };
            QVERIFY(g > 0);
            QVERIFY(std::abs(pool.value("daysToReadOnly"_L1).toDouble() - expected(threshold)) <
                    1e-9 * expected(threshold) + 1e-12);
            QVERIFY(std::abs(pool.value("daysTo80Percent"_L1).toDouble() - expected(80)) <
                    1e-9 * expected(80) + 1e-12);
            for (const QJsonValue &step : pool.value("steps"_L1).toArray()) {
                QVERIFY(step.toObject().value("atMs"_L1).toDouble() < double(kNowMs));
                QVERIFY(step.toObject().value("bytes"_L1).toDouble() != 0);
            }
        }
        // A pool that does not grow has no days.
        Sim::HistoryPool full;
        full.ns = u"openebs"_s;
        full.cspi = u"full-pool"_s;
        full.sizeBytes = 1000;
        full.usedBytes = 1000;
        const PoolHistory fullHistory({full}, options());
        const QJsonObject fullTruth =
            fullHistory.truth().value("pools"_L1).toArray().first().toObject();
        QCOMPARE(fullTruth.value("daysToReadOnly"_L1).toDouble(), 0.0);
        QCOMPARE(fullTruth.value("growthBytesPerDay"_L1).toDouble(), 0.0);
    }

    void theSeedDecidesTheHistory()
    {
        auto sim = cluster(u"nodes=6,pools-per-node=1,volumes=12,replicas=3"_s);
        QVERIFY(sim);
        QTRY_VERIFY(poolsReady(*sim, 6));
        const QList<Sim::HistoryPool> pools = Sim::HistoryPool::readAll(*sim->store());
        const QByteArray first = openMetrics(PoolHistory(pools, options(11, 3)));
        const QByteArray again = openMetrics(PoolHistory(pools, options(11, 3)));
        const QByteArray other = openMetrics(PoolHistory(pools, options(12, 3)));
        QVERIFY(!first.isEmpty());
        QCOMPARE(first, again);
        QVERIFY(first != other);
        QCOMPARE(PoolHistory(pools, options(11, 3)).truth(),
                 PoolHistory(pools, options(11, 3)).truth());
    }

    void writesOpenMetrics()
    {
        auto sim = cluster();
        QVERIFY(sim);
        QTRY_VERIFY(poolsReady(*sim, 3));
        const PoolHistory history(*sim->store(), options(7, 1));
        const QList<QByteArray> lines = openMetrics(history).split('\n');
        QCOMPARE(lines.at(0), "# HELP openebs_pool_size Size of pool"_ba);
        QCOMPARE(lines.at(1), "# TYPE openebs_pool_size gauge"_ba);
        QCOMPARE(lines.at(lines.size() - 2), "# EOF"_ba);
        QCOMPARE(lines.last(), QByteArray());
        const qint64 samples = 24 * 12 + 1;
        QCOMPARE(lines.size(), 4 * (2 + 3 * samples) + 2);
        QVERIFY(lines.contains("# HELP openebs_used_pool_capacity Capacity used by pool"_ba));
        QVERIFY(lines.contains("# HELP openebs_free_pool_capacity Free capacity in pool"_ba));
        QVERIFY(lines.contains(
            "# HELP openebs_used_pool_capacity_percent Capacity used by pool in percent"_ba));
        // Each series once, in time order, with its identity; size = used + free.
        const PoolHistory::Pool &pool = history.pools().first();
        const QByteArray labels = "{cstor_pool=\"" + pool.pool.cspi.toUtf8() +
                                  "\",job=\"openebs-pool-exporter\",namespace=\"openebs\",pod=\"" +
                                  pool.pool.pod.toUtf8() + "\",storage_pool_claim=\"" +
                                  pool.pool.cspc.toUtf8() + "\"}";
        QHash<QByteArray, qint64> lastTime;
        for (const QByteArray &line : lines) {
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            const QList<QByteArray> fields = line.split(' ');
            QCOMPARE(fields.size(), 3);
            const qint64 time = fields.at(2).toLongLong();
            QVERIFY(time > lastTime.value(fields.at(0), 0));
            lastTime.insert(fields.at(0), time);
        }
        QCOMPARE(lastTime.value("openebs_used_pool_capacity" + labels),
                 history.lastSampleMs() / 1000);
        const QByteArray at = ' ' + QByteArray::number(history.lastSampleMs() / 1000);
        const qint64 used = pool.profile.usedAt(history.lastSampleMs());
        QVERIFY(lines.contains("openebs_used_pool_capacity" + labels + ' ' +
                               QByteArray::number(used) + at));
        QVERIFY(lines.contains("openebs_free_pool_capacity" + labels + ' ' +
                               QByteArray::number(pool.pool.sizeBytes - used) + at));
        QVERIFY(lines.contains("openebs_used_pool_capacity_percent" + labels + ' ' +
                               QByteArray::number(used * 100 / pool.pool.sizeBytes) + at));
    }

    void promtoolAcceptsTheHistory()
    {
        const QString promtool = QStandardPaths::findExecutable(u"promtool"_s);
        if (promtool.isEmpty())
            QSKIP("promtool is not installed (Debian package prometheus)");
        auto sim = cluster();
        QVERIFY(sim);
        QTRY_VERIFY(poolsReady(*sim, 3));
        const PoolHistory history(*sim->store(), options(7, 30));
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        QFile file(directory.filePath(u"history.om"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QString why;
        QVERIFY2(Sim::OpenMetricsHistory::write(history, &file, &why), qPrintable(why));
        file.close();
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        // As PrometheusProcess runs it: without --max-block-duration promtool reads the whole
        // file once per 2 h block (most of a minute for this month of 3 pools, instead of a
        // fraction of a second).
        process.start(promtool, {u"tsdb"_s, u"create-blocks-from"_s, u"openmetrics"_s,
                                 u"--max-block-duration=744h"_s, file.fileName(),
                                 directory.filePath(u"tsdb"_s)});
        QVERIFY(process.waitForFinished(120000));
        const QString output = QString::fromUtf8(process.readAll());
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 qPrintable(output));
        // Its table: one line per block, NUM SAMPLES in the fifth column.
        qint64 samples = 0;
        for (const QString &line : output.split(u'\n')) {
            const QStringList columns =
                line.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
            if (columns.size() >= 8 && columns.at(1).toLongLong() > 0)
                samples += columns.at(4).toLongLong();
        }
        QCOMPARE(samples, 4 * 3 * (30 * 288 + 1));
    }

    // Backfilled in parts, the history is the same series and samples as written whole.
    void thePartsHoldTheWholeHistory()
    {
        auto sim = cluster();
        QVERIFY(sim);
        QTRY_VERIFY(poolsReady(*sim, 3));
        const PoolHistory history(*sim->store(), options(7, 2));
        const Sim::IoHistory io(Sim::ExporterInventory::ofCluster(*sim->store()), 7,
                                history.firstSampleMs(), history.lastSampleMs(), 900000);
        QVERIFY(io.volumeCount() >= 2);
        const auto samplesOf = [](const QByteArray &text) {
            QList<QByteArray> lines;
            for (const QByteArray &line : text.split('\n')) {
                if (!line.isEmpty() && !line.startsWith('#'))
                    lines.append(line);
            }
            std::sort(lines.begin(), lines.end());
            return lines;
        };
        QString why;
        QBuffer whole;
        whole.open(QIODevice::WriteOnly);
        QVERIFY2(Sim::OpenMetricsHistory::write(history, &whole, &why, &io), qPrintable(why));
        // One pool, one volume a part.
        const Sim::HistoryParts parts(history, io, 1, 1);
        QCOMPARE(parts.count(), 3 + int(io.volumeCount()));
        QByteArray joined;
        for (int index = 0; index < parts.count(); ++index) {
            QBuffer part;
            part.open(QIODevice::WriteOnly);
            QVERIFY2(parts.write(index, &part, &why), qPrintable(why));
            QVERIFY(part.data().endsWith("# EOF\n"));
            QVERIFY(part.data().contains("\n") && samplesOf(part.data()).size() > 0);
            joined += part.data();
        }
        QCOMPARE(samplesOf(joined), samplesOf(whole.data()));
    }
};

QTEST_GUILESS_MAIN(TestPoolHistory)
#include "tst_poolhistory.moc"
