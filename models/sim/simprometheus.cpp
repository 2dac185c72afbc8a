#include "models/sim/simprometheus.h"

#include "models/sim/metrics/exporterinventory.h"
#include "models/sim/metrics/iohistory.h"
#include "models/sim/metrics/openmetricshistory.h"
#include "models/sim/metrics/poolhistory.h"
#include "models/sim/metrics/prometheusprocess.h"
#include "models/sim/simcluster.h"
#include "models/sim/store/simclock.h"

#include <QDateTime>
#include <QFile>

namespace Sim {

namespace {
// Four samples an hour: rate() over an hour has enough of them.
constexpr qint64 kIoStepMs = 15 * 60 * 1000;
} // namespace

SimPrometheus::SimPrometheus(SimCluster *cluster)
    : QObject(cluster)
    , m_cluster(cluster)
    , m_process(new PrometheusProcess(this))
{
    connect(m_process, &PrometheusProcess::ready, this, [this](const QUrl &url) {
        QFile::remove(m_dir.filePath(QStringLiteral("history.om"))); // backfilled: not needed
        m_cluster->attachPrometheus(url);
        emit ready(url);
    });
    connect(m_process, &PrometheusProcess::failed, this, &SimPrometheus::failed);
}

SimPrometheus::~SimPrometheus()
{
    m_process->stop();
}

QUrl SimPrometheus::url() const
{
    return m_process->url();
}

void SimPrometheus::start(int historyDays)
{
    PrometheusConfig config;
    const QUrl scrape = m_cluster->scrapeUrl();
    if (scrape.isEmpty()) {
        emit failed(QStringLiteral("the simulator's exporters cannot be served for scraping"));
        return;
    }
    config.scrapeTarget = QStringLiteral("%1:%2").arg(scrape.host()).arg(scrape.port());
    config.metricsPath = scrape.path();
    if (historyDays > 0) {
        QString error;
        if (!writeHistory(historyDays, &config.historyFile, &error)) {
            emit failed(error);
            return;
        }
    }
    m_process->start(config);
}

bool SimPrometheus::writeHistory(int days, QString *historyFile, QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("cannot create a temporary directory for the history: %1")
                     .arg(m_dir.errorString());
        return false;
    }
    PoolHistory::Options options;
    options.days = days;
    options.seed = m_cluster->clock()->seed();
    options.nowMs = QDateTime::currentMSecsSinceEpoch(); // Prometheus keeps wall-clock time
    const PoolHistory history(*m_cluster->store(), options);
    *historyFile = m_dir.filePath(QStringLiteral("history.om"));
    QFile file(*historyFile);
    // The volumes' I/O over the same weeks.
    const IoHistory io(ExporterInventory::ofCluster(*m_cluster->store()), options.seed,
                       history.firstSampleMs(), history.lastSampleMs(), kIoStepMs);
    if (!file.open(QIODevice::WriteOnly) ||
        !OpenMetricsHistory::write(history, &file, error, &io)) {
        if (error->isEmpty())
            *error = QStringLiteral("cannot write %1: %2").arg(*historyFile, file.errorString());
        return false;
    }
    m_cluster->setHistoryTruth(history.truth());
    return true;
}

} // namespace Sim
