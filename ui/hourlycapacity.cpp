#include "ui/hourlycapacity.h"

#include "models/items/keptforecast.h"
#include "models/items/poolmodel.h"
#include "ui/offthread.h"

#include <QDateTime>
#include <QFile>
#include <QLoggingCategory>
#include <QSettings>

#include <optional>

Q_LOGGING_CATEGORY(lcHourly, "cstor.ui.hourlycapacity", QtInfoMsg)

namespace Ui {

namespace {
constexpr int kCheckMs = 5 * 60 * 1000;
}

HourlyCapacity::HourlyCapacity(Items::PoolModel *pools, QObject *parent)
    : QObject(parent)
    , m_pools(pools)
    , m_history(Items::KeptForecast::kSamples)
    , m_intervalMs(Items::KeptForecast::kIntervalMs)
{
    m_timer.setInterval(kCheckMs);
    connect(&m_timer, &QTimer::timeout, this, &HourlyCapacity::sampleIfDue);
    m_timer.start();
}

HourlyCapacity::~HourlyCapacity()
{
    m_saving.waitForFinished();
}

bool HourlyCapacity::keeping()
{
    return QSettings().value(QStringLiteral("charts/keepCapacityHistory"), true).toBool();
}

void HourlyCapacity::setFile(const QString &path)
{
    if (path == m_file)
        return;
    m_file = path;
    m_history.clear();
    m_loading = false;
    if (path.isEmpty() || !keeping() || !QFile::exists(path))
        return;
    m_loading = true;
    QFuture<void> saving = m_saving;
    OffThread::run(
        this,
        [path, saving]() mutable {
            saving.waitForFinished(); // what the previous cluster's last save wrote
            Items::CapacityHistory history(Items::KeptForecast::kSamples);
            QString error;
            if (!history.load(path, &error)) {
                qCWarning(lcHourly) << "could not read the hourly capacity history:" << error;
                return std::optional<Items::CapacityHistory>();
            }
            return std::optional<Items::CapacityHistory>(history);
        },
        [this, path](const std::optional<Items::CapacityHistory> &kept) {
            if (path != m_file)
                return; // the cluster changed meanwhile
            m_loading = false;
            if (kept)
                m_history.prepend(*kept);
            sampleIfDue();
        });
}

void HourlyCapacity::sampleIfDue()
{
    if (m_file.isEmpty() || m_loading || m_pools->rows().isEmpty() || !keeping())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_history.isEmpty() && now.toMSecsSinceEpoch() - m_history.times().last() < m_intervalMs)
        return;
    QList<Items::CapacityHistory::PoolSample> pools;
    pools.reserve(m_pools->rows().size());
    for (const Cstor::PoolInstance &pool : m_pools->rows())
        pools.append({pool.meta.name, double(pool.usedBytes), double(pool.totalBytes)});
    m_history.append(now, pools);
    save();
    emit sampled();
}

void HourlyCapacity::save()
{
    // The history is implicitly shared: the copy costs nothing here. Saves run in order.
    const Items::CapacityHistory history = m_history;
    const QString path = m_file;
    QFuture<void> previous = m_saving;
    m_saving = QtConcurrent::run([history, path, previous]() mutable {
        previous.waitForFinished();
        QString error;
        if (!history.save(path, &error))
            qCWarning(lcHourly) << "could not keep the hourly capacity history:" << error;
    });
}

} // namespace Ui
