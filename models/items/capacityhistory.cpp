#include "models/items/capacityhistory.h"

#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

#include <algorithm>
#include <limits>

namespace Items {

namespace {
constexpr quint32 kMagic = 0x63536368; // "cSch"
constexpr quint32 kFormat = 1;

void pad(CapacityHistory::Series &series, qsizetype size)
{
    while (series.used.size() < size) {
        series.used.append(-1);
        series.total.append(0);
    }
}

void dropFront(CapacityHistory::Series &series, qsizetype count)
{
    series.used.remove(0, std::min(count, series.used.size()));
    series.total.remove(0, std::min(count, series.total.size()));
}
} // namespace

CapacityHistory::CapacityHistory(int capacity)
    : m_capacity(std::max(2, capacity))
{
}

void CapacityHistory::setCapacity(int samples)
{
    m_capacity = std::max(2, samples);
    trim();
}

void CapacityHistory::clear()
{
    m_times.clear();
    m_pools.clear();
    m_total = {};
}

void CapacityHistory::append(const QDateTime &time, const QList<PoolSample> &pools)
{
    const qint64 ms = time.toMSecsSinceEpoch();
    if (!m_times.isEmpty() && ms <= m_times.last())
        return;
    m_times.append(ms);
    const qsizetype before = m_times.size() - 1;
    double usedSum = 0;
    double totalSum = 0;
    for (const PoolSample &pool : pools) {
        Series &series = m_pools[pool.name];
        pad(series, before); // a pool that appeared late: absent before
        series.used.append(pool.usedBytes);
        series.total.append(pool.totalBytes);
        usedSum += pool.usedBytes;
        totalSum += pool.totalBytes;
    }
    for (auto it = m_pools.begin(); it != m_pools.end(); ++it)
        pad(*it, m_times.size()); // a pool that is gone: absent now
    m_total.used.append(usedSum);
    m_total.total.append(totalSum);
    trim();
}

void CapacityHistory::prepend(const CapacityHistory &older)
{
    const qint64 first = m_times.isEmpty() ? std::numeric_limits<qint64>::max() : m_times.first();
    qsizetype keep = 0;
    while (keep < older.m_times.size() && older.m_times.at(keep) < first)
        ++keep;
    if (keep == 0)
        return;
    const auto head = [keep](const Series &series) {
        return Series{series.used.first(keep), series.total.first(keep)};
    };
    const qsizetype newer = m_times.size();
    QHash<QString, Series> pools;
    for (auto it = older.m_pools.cbegin(); it != older.m_pools.cend(); ++it) {
        Series series = head(*it);
        const Series current = m_pools.value(it.key());
        series.used.append(current.used);
        series.total.append(current.total);
        pad(series, keep + newer);
        pools.insert(it.key(), series);
    }
    for (auto it = m_pools.cbegin(); it != m_pools.cend(); ++it) {
        if (pools.contains(it.key()))
            continue;
        Series series;
        pad(series, keep);
        series.used.append(it->used);
        series.total.append(it->total);
        pools.insert(it.key(), series);
    }
    Series total = head(older.m_total);
    total.used.append(m_total.used);
    total.total.append(m_total.total);
    QList<qint64> times = older.m_times.first(keep);
    times.append(m_times);
    m_times = times;
    m_pools = pools;
    m_total = total;
    trim();
}

void CapacityHistory::trim()
{
    const qsizetype excess = m_times.size() - m_capacity;
    if (excess <= 0)
        return;
    m_times.remove(0, excess);
    dropFront(m_total, excess);
    for (auto it = m_pools.begin(); it != m_pools.end();) {
        dropFront(*it, excess);
        // Absent for the whole history: forget it.
        if (std::all_of(it->used.cbegin(), it->used.cend(), [](double u) { return u < 0; }))
            it = m_pools.erase(it);
        else
            ++it;
    }
}

bool CapacityHistory::save(const QString &path, QString *error) const
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    QDataStream out(&file);
    out.setVersion(QDataStream::Qt_6_4);
    out << kMagic << kFormat << m_times << m_total.used << m_total.total << quint32(m_pools.size());
    for (auto it = m_pools.cbegin(); it != m_pools.cend(); ++it)
        out << it.key() << it->used << it->total;
    if (out.status() != QDataStream::Ok || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool CapacityHistory::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint32 format = 0;
    in >> magic >> format;
    if (magic != kMagic || format != kFormat) {
        *error = QStringLiteral("not a capacity history file");
        return false;
    }
    CapacityHistory loaded(m_capacity);
    quint32 count = 0;
    in >> loaded.m_times >> loaded.m_total.used >> loaded.m_total.total >> count;
    const qsizetype size = loaded.m_times.size();
    bool consistent = loaded.m_total.used.size() == size && loaded.m_total.total.size() == size &&
                      std::is_sorted(loaded.m_times.cbegin(), loaded.m_times.cend());
    for (quint32 i = 0; consistent && i < count && in.status() == QDataStream::Ok; ++i) {
        QString name;
        Series series;
        in >> name >> series.used >> series.total;
        consistent = series.used.size() == size && series.total.size() == size;
        loaded.m_pools.insert(name, series);
    }
    if (in.status() != QDataStream::Ok || !consistent) {
        *error = QStringLiteral("the capacity history file is damaged");
        return false;
    }
    loaded.trim();
    *this = loaded;
    return true;
}

QString CapacityHistory::fileFor(const QString &context, const QString &namespaceName)
{
    // Context names may hold '/' and ':' (EKS ARNs): percent-encode them into a file name.
    const QString key = QString::fromLatin1(
        QUrl::toPercentEncoding(context + QLatin1Char('@') + namespaceName, "@", "."));
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/capacity-history/") + key + QStringLiteral(".dat");
}

} // namespace Items
