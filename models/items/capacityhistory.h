#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include "models/items/ring.h"

namespace Items {

// Each pool's used and total bytes over time: the last `capacity` samples, all series aligned
// with the sample times, and the cluster's total. Every series is a ring whose storage is taken
// whole when its pool first appears, so a full history costs what an empty one does.
// It can be kept between runs of the console, one file per context and namespace.
class CapacityHistory
{
public:
    struct Sample
    {
        double used = -1; // bytes; -1 where the pool was absent
        double total = 0;
        bool isPresent() const { return used >= 0; }
        // Present with a size: its used fraction can be drawn.
        bool hasFraction() const { return isPresent() && total > 0; }
        double fraction() const { return used / total; }
    };
    // One pool's samples, oldest first, aligned with times().
    class Series
    {
    public:
        Series() = default;
        explicit Series(qsizetype capacity)
            : m_samples(capacity)
        {
        }
        qsizetype size() const { return m_samples.size(); }
        bool isEmpty() const { return m_samples.isEmpty(); }
        const Sample &at(qsizetype i) const { return m_samples.at(i); }
        const Sample &last() const { return m_samples.last(); }
        void append(const Sample &sample) { m_samples.append(sample); }
        void appendAll(const Series &other) { m_samples.appendAll(other.m_samples); }
        QList<double> used() const { return values(&Sample::used); }
        QList<double> total() const { return values(&Sample::total); }

    private:
        friend class CapacityHistory;
        QList<double> values(double Sample::*field) const;
        Ring<Sample> m_samples;
        quint64 m_round = 0; // the history's append that wrote this series' newest sample
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

    const Ring<qint64> &times() const { return m_times; } // ms since the epoch
    const QHash<QString, Series> &pools() const { return m_pools; }
    const Series &total() const { return m_total; }

    bool save(const QString &path, QString *error) const;
    bool load(const QString &path, QString *error);

    // <DataPaths::folder()>/capacity-history/<context and namespace, encoded>.dat
    static QString fileFor(const QString &context, const QString &namespaceName);

private:
    // The same history in rings of `capacity` samples (the newest kept).
    CapacityHistory resized(int capacity) const;
    void forgetAbsentPools(); // those absent from every sample kept

    int m_capacity;
    Ring<qint64> m_times;
    QHash<QString, Series> m_pools;
    Series m_total;
    quint64 m_round = 0; // appends so far
};

} // namespace Items
