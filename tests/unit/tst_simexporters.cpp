// The simulated cluster's m-exporters on the seed cluster: the pool exporter's and the volume
// target exporter's text against the CSPI and CV they read, counters that grow with simulated
// time, the workload model's closed forms, and the scrape endpoint's single exposition (identity
// labels first, one HELP/TYPE per family) as promtool reads it.
#include "models/cstor/capacity.h"
#include "models/sim/metrics/clusterexporters.h"
#include "models/sim/metrics/exposition.h"
#include "models/sim/metrics/volumeioworkload.h"
#include "models/sim/simcluster.h"
#include "models/sim/store/objectstore.h"
#include "models/sim/store/simclock.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString kVolume = u"pvc-d1b26676-5035-4e5b-b564-68869b023306"_s;
const QString kPool = u"cspc-stripe-pool-6qkw"_s;

// The value of the first sample whose line starts with `prefix` (name and, if any, labels).
double sampleValue(const QByteArray &text, const QByteArray &prefix)
{
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(line.lastIndexOf(' ') + 1).toDouble();
    }
    return -1;
}

// What promtool's linter says of m-exporter's own names (gauges named *_total or *_count, a
// counter without _total and named *_counter, the label volName): upstream's names, kept as they
// are.
const QRegularExpression kUpstreamNaming(
    u"^openebs_\\w+ ((non-counter|counter|non-histogram and non-summary) metrics should (not )?"
    u"have \"_(total|count)\" suffix|metric name should not include type 'counter'|"
    u"label names should be written in 'snake_case' not 'camelCase')$"_s);

} // namespace

class TestSimExporters : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void volumeTextMatchesTheVolume();
    void poolTextMatchesThePool();
    void countersGrowWithSimulatedTime();
    void workloadClosedForms();
    void workloadSpreadsQuietAndBusyVolumes();
    void scrapeCarriesIdentityLabelsOnce();
    void promtoolAcceptsTheScrape();
    void scrapeEndpointServesHttp();

private:
    QByteArray volumeText() const
    {
        return m_sim->exporters()->volumeText(u"openebs"_s, kVolume).value_or(QByteArray());
    }
    QByteArray poolText() const
    {
        return m_sim->exporters()->poolText(u"openebs"_s, kPool).value_or(QByteArray());
    }

    std::unique_ptr<Sim::SimCluster> m_sim;
};

void TestSimExporters::init()
{
    m_sim = std::make_unique<Sim::SimCluster>();
    m_sim->setSeed(11);
    m_sim->setSpeed(0);
    QString error;
    QVERIFY2(m_sim->loadDefaultScenario(&error), qPrintable(error));
    m_sim->startControllers();
}

void TestSimExporters::cleanup()
{
    m_sim.reset();
}

void TestSimExporters::volumeTextMatchesTheVolume()
{
    const QByteArray text = volumeText();
    QVERIFY(!text.isEmpty());
    QVERIFY(!m_sim->exporters()->volumeText(u"openebs"_s, u"pvc-nosuch"_s));
    QCOMPARE(sampleValue(text, "openebs_size_of_volume "), 5.0); // 5Gi in GiB
    QCOMPARE(sampleValue(text, "openebs_volume_status "), 3.0);  // Healthy
    QCOMPARE(sampleValue(text, "openebs_sector_size "), 512.0);
    QCOMPARE(sampleValue(text, "openebs_logical_size "), 0.0);
    QCOMPARE(sampleValue(text, "openebs_iscsi_initiator_login_status "), 0.0);
    QCOMPARE(sampleValue(text, "openebs_healthy_replica_count "), 2.0);
    QCOMPARE(sampleValue(text, "openebs_total_replica_count "), 2.0);
    // Used: the largest replica's used, in GiB of whole sectors.
    double used = 0;
    for (const QJsonObject &cvr : m_sim->store()->list(u"cstorvolumereplicas"_s)) {
        if (cvr["metadata"_L1]["labels"_L1]["cstorvolume.openebs.io/name"_L1].toString() == kVolume)
            used = std::max(used, double(*Cstor::Capacity::parseZfsSize(
                                      cvr["status"_L1]["capacity"_L1]["used"_L1].toString())));
    }
    QVERIFY(used > 0);
    QCOMPARE(sampleValue(text, "openebs_actual_used "),
             std::floor(used / 512) * 512 / 1073741824.0);
    QVERIFY(text.contains("openebs_volume_uptime{castype=\"cstor\",volName=\"" + kVolume.toUtf8() +
                          "\"} "));
    QVERIFY(text.contains("# TYPE openebs_reads gauge\n"));
    QVERIFY(text.contains("# HELP openebs_total_read_bytes Total read bytes\n"));
    // No labels of its own.
    QVERIFY(text.contains("\nopenebs_total_read_bytes "));
}

void TestSimExporters::poolTextMatchesThePool()
{
    const QByteArray text = poolText();
    QVERIFY(!text.isEmpty());
    const auto cspi = m_sim->store()->get(u"cstorpoolinstances"_s, u"openebs"_s, kPool);
    QVERIFY(cspi);
    const QJsonObject capacity = (*cspi)["status"_L1]["capacity"_L1].toObject();
    const auto bytes = [&capacity](const char *key) {
        return double(*Cstor::Capacity::parseQuantity(capacity[QLatin1String(key)].toString()));
    };
    QCOMPARE(sampleValue(text, "openebs_used_pool_capacity "), bytes("used"));
    QCOMPARE(sampleValue(text, "openebs_free_pool_capacity "), bytes("free"));
    QCOMPARE(sampleValue(text, "openebs_pool_size "), bytes("total"));
    QCOMPARE(sampleValue(text, "openebs_used_pool_capacity_percent "),
             std::floor(bytes("used") * 100 / bytes("total")));
    const auto cspc =
        m_sim->store()->get(u"cstorpoolclusters"_s, u"openebs"_s, u"cspc-stripe-pool"_s);
    QVERIFY(cspc);
    const QByteArray zpool = "cstor-" + (*cspc)["metadata"_L1]["uid"_L1].toString().toUtf8();
    QCOMPARE(sampleValue(text, "openebs_pool_status{pool=\"" + zpool + "\"}"), 1.0); // ONLINE
    QCOMPARE(sampleValue(text, "openebs_replica_status{pool=\"" + zpool + "\",vol=\"" +
                                   kVolume.toUtf8() + "\"}"),
             1.0);
    QVERIFY(text.contains("openebs_volume_replica_used_size{name=\"" + zpool + "/" +
                          kVolume.toUtf8() + "\"} "));
    QVERIFY(
        text.contains("# HELP openebs_total_read_bytes Total read in bytes of volume replica\n"));
    QCOMPARE(sampleValue(text, "openebs_zpool_list_command_error "), 0.0);
    QVERIFY(text.contains("openebs_zpool_last_sync_time{pool=\"" + kPool.toUtf8() + "-"));
    QVERIFY(text.contains("openebs_maya_exporter_version{commit=\""));
}

void TestSimExporters::countersGrowWithSimulatedTime()
{
    const QByteArray before = volumeText();
    const QByteArray poolBefore = poolText();
    m_sim->clock()->advance(3600);
    const QByteArray after = volumeText();
    const QByteArray poolAfter = poolText();
    for (const QByteArray name :
         {"openebs_reads ", "openebs_writes ", "openebs_total_read_bytes ",
          "openebs_total_write_bytes ", "openebs_read_time ", "openebs_write_block_count "}) {
        QVERIFY2(sampleValue(after, name) > sampleValue(before, name), name.constData());
    }
    QCOMPARE(sampleValue(after, "openebs_volume_uptime{") -
                 sampleValue(before, "openebs_volume_uptime{"),
             3600.0);
    const QByteArray replica = "openebs_total_write_bytes{pool=\"";
    QVERIFY(sampleValue(poolAfter, replica) > sampleValue(poolBefore, replica));
    // Every write reaches the replicas.
    QVERIFY(sampleValue(poolAfter, "openebs_total_write_count{") >= 0);
}

void TestSimExporters::workloadClosedForms()
{
    const Sim::VolumeIoWorkload workload(11, kVolume);
    const qint64 start = 1'790'000'000'000;
    const qint64 middle = start + 5 * 3600 * 1000 + 123;
    const qint64 end = start + 3 * 24 * 3600 * 1000;
    Sim::VolumeIoWorkload::Totals parts = workload.totals(start, middle);
    parts += workload.totals(middle, end);
    const Sim::VolumeIoWorkload::Totals whole = workload.totals(start, end);
    QVERIFY(qAbs(parts.writeBytes - whole.writeBytes) < 1e-6 * whole.writeBytes);
    QVERIFY(qAbs(parts.readOps - whole.readOps) < 1e-6 * whole.readOps);
    QCOMPARE(workload.totals(end, start).writeBytes, 0.0);
    // Over whole days the mean rate is the level.
    QVERIFY(qAbs((whole.readBytes + whole.writeBytes) / (3 * 24 * 3600.0) -
                 workload.meanBytesPerSecond()) < 1e-6 * workload.meanBytesPerSecond());
    // A short span's totals follow the rate at that moment.
    const Sim::VolumeIoWorkload::Rates rates = workload.ratesAt(middle);
    const Sim::VolumeIoWorkload::Totals second = workload.totals(middle, middle + 1000);
    QVERIFY(qAbs(second.writeBytes - rates.writeBytesPerSecond) < 1e-3 * rates.writeBytesPerSecond);
    // Deterministic: the same seed and name give the same profile.
    QCOMPARE(Sim::VolumeIoWorkload(11, kVolume).totals(start, end).readBytes, whole.readBytes);
    QVERIFY(Sim::VolumeIoWorkload(12, kVolume).totals(start, end).readBytes != whole.readBytes);
}

void TestSimExporters::workloadSpreadsQuietAndBusyVolumes()
{
    QList<double> levels;
    for (int i = 0; i < 400; ++i)
        levels << Sim::VolumeIoWorkload(11, u"pvc-%1"_s.arg(i)).meanBytesPerSecond();
    std::sort(levels.begin(), levels.end());
    const double median = levels.at(levels.size() / 2);
    const double top = levels.last();
    QVERIFY2(top > 100 * median, qPrintable(u"median %1, top %2"_s.arg(median).arg(top)));
    // Busier by day than by night.
    const Sim::VolumeIoWorkload workload(11, kVolume);
    const qint64 midnight = 1'790'035'200'000; // 00:00 UTC
    QVERIFY(workload.ratesAt(midnight + 13 * 3600 * 1000).writeBytesPerSecond >
            2 * workload.ratesAt(midnight + 1 * 3600 * 1000).writeBytesPerSecond);
}

void TestSimExporters::scrapeCarriesIdentityLabelsOnce()
{
    m_sim->clock()->advance(60);
    const QByteArray text = m_sim->exporters()->scrapeText();
    QVERIFY(text.contains("\nopenebs_pool_size{cstor_pool=\"" + kPool.toUtf8() +
                          "\",job=\"openebs-pool-exporter\",namespace=\"openebs\",pod=\"" +
                          kPool.toUtf8() + "-"));
    QVERIFY(text.contains("\nopenebs_size_of_volume{job=\"openebs-volume-exporter\",namespace="
                          "\"openebs\",openebs_cas_type=\"cstor\",openebs_pv=\"" +
                          kVolume.toUtf8() + "\",openebs_pvc=\"demo-cstor-pvc\",pod=\"" +
                          kVolume.toUtf8() + "-target-"));
    // Identity first, the exporter's own labels after.
    QVERIFY(
        QRegularExpression(u"\nopenebs_total_read_bytes\\{cstor_pool=\"[^\"]+\",job=\"[^\"]+\","
                           u"namespace=\"openebs\",pod=\"[^\"]+\",storage_pool_claim=\"[^\"]+\","
                           u"pool=\"cstor-[^\"]+\",vol=\"pvc-[^\"]+\"\\} "_s)
            .match(QString::fromUtf8(text))
            .hasMatch());
    // One HELP and TYPE per family, its samples together.
    QHash<QByteArray, int> types;
    QByteArray family;
    QSet<QByteArray> closed;
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith("# TYPE ")) {
            const QByteArray name = line.split(' ').at(2);
            ++types[name];
            if (!family.isEmpty())
                closed.insert(family);
            family = name;
        } else if (!line.isEmpty() && !line.startsWith('#')) {
            const QByteArray name = line.left(line.indexOf(line.contains('{') ? '{' : ' '));
            QCOMPARE(name, family);
            QVERIFY(!closed.contains(name));
        }
    }
    for (auto it = types.cbegin(); it != types.cend(); ++it)
        QVERIFY2(it.value() == 1, it.key().constData());
    QVERIFY(types.contains("openebs_total_read_bytes"));
}

void TestSimExporters::promtoolAcceptsTheScrape()
{
    const QString promtool = QStandardPaths::findExecutable(u"promtool"_s);
    if (promtool.isEmpty())
        QSKIP("promtool is not installed");
    m_sim->clock()->advance(120);
    QProcess process;
    process.start(promtool, {u"check"_s, u"metrics"_s});
    QVERIFY(process.waitForStarted());
    process.write(m_sim->exporters()->scrapeText());
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(60000));
    const QString output =
        QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    // 0: clean; 3: lint problems only, which must all be upstream's names.
    QVERIFY2(process.exitCode() == 0 || process.exitCode() == 3, qPrintable(output));
    for (const QString &line : output.split(u'\n', Qt::SkipEmptyParts)) {
        QVERIFY2(kUpstreamNaming.match(line).hasMatch(), qPrintable(line));
    }
}

void TestSimExporters::scrapeEndpointServesHttp()
{
    const QUrl url = m_sim->scrapeUrl();
    QVERIFY(url.isValid());
    QCOMPARE(url.host(), u"127.0.0.1"_s);
    QCOMPARE(m_sim->scrapeUrl(), url);
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(url));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QTRY_VERIFY(finished.count() == 1);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(),
             Sim::Exposition::contentType);
    QVERIFY(reply->readAll().contains("openebs_pool_size{cstor_pool="));
    reply->deleteLater();
}

QTEST_GUILESS_MAIN(TestSimExporters)
#include "tst_simexporters.moc"
