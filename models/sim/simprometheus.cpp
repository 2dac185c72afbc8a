#include "models/sim/simprometheus.h"

#include "models/sim/metrics/exporterinventory.h"
#include "models/sim/metrics/historyparts.h"
#include "models/sim/metrics/iohistory.h"
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
        m_parts.reset(); // backfilled: not needed
        m_io.reset();
        m_history.reset();
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
        drawHistory(historyDays);
        config.historyParts = m_parts->count();
        const HistoryParts *parts = m_parts.get();
        config.writeHistoryPart = [parts](int index, const QString &path, QString *error) {
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
                return false;
            }
            return parts->write(index, &file, error) && file.flush();
        };
    }
    m_process->start(config);
}

void SimPrometheus::drawHistory(int days)
{
    PoolHistory::Options options;
    options.days = days;
    options.seed = m_cluster->clock()->seed();
    options.nowMs = QDateTime::currentMSecsSinceEpoch(); // Prometheus keeps wall-clock time
    m_history = std::make_unique<PoolHistory>(*m_cluster->store(), options);
    // The volumes' I/O over the same weeks.
    m_io = std::make_unique<IoHistory>(ExporterInventory::ofCluster(*m_cluster->store()),
                                       options.seed, m_history->firstSampleMs(),
                                       m_history->lastSampleMs(), kIoStepMs);
    m_parts = std::make_unique<HistoryParts>(*m_history, *m_io);
    m_cluster->setHistoryTruth(m_history->truth());
}

} // namespace Sim
