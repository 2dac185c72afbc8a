#include "ui/hourlycapacity.h"

#include "models/items/keptforecast.h"
#include "models/items/poolmodel.h"

#include <QDateTime>
#include <QFile>
#include <QSettings>

#include <optional>

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
    // After what the previous cluster's last save wrote, should it be the same file.
    m_keptFile.load(path, Items::KeptForecast::kSamples,
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
    m_keptFile.save(m_history, m_file);
}

} // namespace Ui
