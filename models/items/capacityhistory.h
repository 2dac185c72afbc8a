#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace Items {

// Each pool's used and total bytes over time: a ring of the last `capacity` samples, all
// series aligned with the sample times (-1 where a pool was absent), and the cluster's total.
// It can be kept between runs of the console, one file per context and namespace.
class CapacityHistory
{
public:
    struct Series
    {
        QList<double> used; // bytes; -1 where the pool was absent
        QList<double> total;
    };
    struct PoolSample
    {
        QString name;
        double usedBytes = 0;
        double totalBytes = 0;
    };

    explicit CapacityHistory(int capacity = 600);

    void setCapacity(int samples);
    int capacity() const { return m_capacity; }
    void clear();
    bool isEmpty() const { return m_times.isEmpty(); }
    int size() const { return int(m_times.size()); }

    // One sample of every pool present at `time` (later than the last sample).
    void append(const QDateTime &time, const QList<PoolSample> &pools);
    // Puts an older history (e.g. from an earlier run) before this one, keeping the newest
    // `capacity` samples. Samples not older than this history's first are dropped.
    void prepend(const CapacityHistory &older);

    const QList<qint64> &times() const { return m_times; } // ms since the epoch
    const QHash<QString, Series> &pools() const { return m_pools; }
    const Series &total() const { return m_total; }

    bool save(const QString &path, QString *error) const;
    bool load(const QString &path, QString *error);

    // <AppDataLocation>/capacity-history/<context and namespace, encoded>.dat
    static QString fileFor(const QString &context, const QString &namespaceName);

private:
    void trim();

    int m_capacity;
    QList<qint64> m_times;
    QHash<QString, Series> m_pools;
    Series m_total;
};

} // namespace Items
