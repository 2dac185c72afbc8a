#include "models/items/capacityhistory.h"

#include "models/migration/datapaths.h"

#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QUrl>

#include <algorithm>
#include <limits>

namespace Items {

namespace {
constexpr quint32 kMagic = 0x63536368; // "cSch"
constexpr quint32 kFormat = 1;

bool isAbsentThroughout(const CapacityHistory::Series &series)
{
    for (qsizetype i = 0; i < series.size(); ++i) {
        if (series.at(i).isPresent())
            return false;
    }
    return true;
}

// `count` samples of a pool that was not there.
void appendAbsent(CapacityHistory::Series &series, qsizetype count)
{
    for (qsizetype i = 0; i < count; ++i)
        series.append({});
}
} // namespace

QList<double> CapacityHistory::Series::values(double Sample::*field) const
{
    QList<double> values;
    values.reserve(size());
    for (qsizetype i = 0; i < size(); ++i)
        values.append(at(i).*field);
    return values;
}

CapacityHistory::CapacityHistory(int capacity)
    : m_capacity(std::max(2, capacity))
    , m_times(m_capacity)
    , m_total(m_capacity)
{
}

void CapacityHistory::setCapacity(int samples)
{
    if (std::max(2, samples) != m_capacity)
        *this = resized(samples);
}

void CapacityHistory::clear()
{
    m_times.clear();
    m_pools.clear();
    m_total = Series(m_capacity);
}

void CapacityHistory::append(const QDateTime &time, const QList<PoolSample> &pools)
{
    const qint64 ms = time.toMSecsSinceEpoch();
    if (!m_times.isEmpty() && ms <= m_times.last())
        return;
    m_times.append(ms);
    ++m_round;
    Sample total{0, 0};
    for (const PoolSample &pool : pools) {
        auto series = m_pools.find(pool.name);
        if (series == m_pools.end()) {
            // A pool that appeared late: absent before.
            series = m_pools.insert(pool.name, Series(m_capacity));
            appendAbsent(*series, m_times.size() - 1);
        } else if (series->m_round == m_round) {
            continue; // named twice in one sample: the first counts
        }
        series->m_round = m_round;
        series->append({pool.usedBytes, pool.totalBytes});
        total.used += pool.usedBytes;
        total.total += pool.totalBytes;
    }
    for (auto it = m_pools.begin(); it != m_pools.end();) {
        if (it->m_round == m_round) {
            ++it;
            continue;
        }
        // A pool that is gone: absent now, and forgotten once absent from the whole history.
        it->m_round = m_round;
        it->append({});
        if (isAbsentThroughout(*it))
            it = m_pools.erase(it);
        else
            ++it;
    }
    m_total.append(total);
}

void CapacityHistory::prepend(const CapacityHistory &older)
{
    const qint64 first = m_times.isEmpty() ? std::numeric_limits<qint64>::max() : m_times.first();
    qsizetype keep = 0;
    while (keep < older.m_times.size() && older.m_times.at(keep) < first)
        ++keep;
    if (keep == 0)
        return;
    CapacityHistory merged(m_capacity);
    const auto join = [&](const Series *before, const Series *now) {
        Series series(m_capacity);
        for (qsizetype i = 0; i < keep; ++i)
            series.append(before ? before->at(i) : Sample{});
        if (now)
            series.appendAll(*now);
        else
            appendAbsent(series, m_times.size());
        return series;
    };
    for (qsizetype i = 0; i < keep; ++i)
        merged.m_times.append(older.m_times.at(i));
    merged.m_times.appendAll(m_times);
    merged.m_total = join(&older.m_total, &m_total);
    for (auto it = older.m_pools.cbegin(); it != older.m_pools.cend(); ++it) {
        const auto now = m_pools.constFind(it.key());
        merged.m_pools.insert(it.key(), join(&*it, now == m_pools.cend() ? nullptr : &*now));
    }
    for (auto it = m_pools.cbegin(); it != m_pools.cend(); ++it) {
        if (!merged.m_pools.contains(it.key()))
            merged.m_pools.insert(it.key(), join(nullptr, &*it));
    }
    merged.forgetAbsentPools();
    *this = std::move(merged);
}

CapacityHistory CapacityHistory::resized(int capacity) const
{
    CapacityHistory copy(capacity);
    copy.m_times.appendAll(m_times);
    copy.m_total.appendAll(m_total);
    for (auto it = m_pools.cbegin(); it != m_pools.cend(); ++it) {
        Series series(copy.m_capacity);
        series.appendAll(*it);
        copy.m_pools.insert(it.key(), series);
    }
    copy.forgetAbsentPools();
    return copy;
}

void CapacityHistory::forgetAbsentPools()
{
    m_pools.removeIf([](const auto &pool) { return isAbsentThroughout(pool.value()); });
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
    out << kMagic << kFormat << m_times.toList() << m_total.used() << m_total.total()
        << quint32(m_pools.size());
    for (auto it = m_pools.cbegin(); it != m_pools.cend(); ++it)
        out << it.key() << it->used() << it->total();
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
    // The file holds plain lists, oldest first; they go into rings of this history's capacity.
    const auto series = [this](const QList<double> &used, const QList<double> &total) {
        Series samples(m_capacity);
        for (qsizetype i = 0; i < used.size(); ++i)
            samples.append({used.at(i), total.at(i)});
        return samples;
    };
    QList<qint64> times;
    QList<double> used;
    QList<double> total;
    quint32 count = 0;
    in >> times >> used >> total >> count;
    const qsizetype size = times.size();
    bool consistent =
        used.size() == size && total.size() == size && std::is_sorted(times.cbegin(), times.cend());
    CapacityHistory loaded(m_capacity);
    loaded.m_times.appendAll(times);
    if (consistent)
        loaded.m_total = series(used, total);
    for (quint32 i = 0; consistent && i < count && in.status() == QDataStream::Ok; ++i) {
        QString name;
        in >> name >> used >> total;
        consistent = used.size() == size && total.size() == size;
        if (consistent)
            loaded.m_pools.insert(name, series(used, total));
    }
    if (in.status() != QDataStream::Ok || !consistent) {
        *error = QStringLiteral("the capacity history file is damaged");
        return false;
    }
    loaded.forgetAbsentPools();
    *this = std::move(loaded);
    return true;
}

QString CapacityHistory::fileFor(const QString &context, const QString &namespaceName)
{
    // Context names may hold '/' and ':' (EKS ARNs): percent-encode them into a file name.
    const QString key = QString::fromLatin1(
        QUrl::toPercentEncoding(context + QLatin1Char('@') + namespaceName, "@", "."));
    return Migration::DataPaths::folder() + QStringLiteral("/capacity-history/") + key +
           QStringLiteral(".dat");
}

} // namespace Items
