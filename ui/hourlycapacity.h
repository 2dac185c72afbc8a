#pragma once

#include "models/items/capacityhistory.h"
#include "ui/capacityhistoryfile.h"

#include <QObject>
#include <QString>
#include <QTimer>

namespace Items {
class PoolModel;
}

namespace Ui {

// Each pool's used bytes once an hour while the console shows a cluster, kept per context and
// namespace for five weeks (Items::KeptForecast::fileFor): the history the capacity forecasts
// fall back to when the cluster has no Prometheus. Read in the background when the cluster is
// chosen, written in the background after every sample; kept only while the Pool capacity
// chart's "Keep history" is on (the same setting).
class HourlyCapacity : public QObject
{
    Q_OBJECT

public:
    explicit HourlyCapacity(Items::PoolModel *pools, QObject *parent = nullptr);

    // The file of the cluster now shown (empty: none); the previous one's samples are written.
    void setFile(const QString &path);
    // Takes a sample when the last is an hour old or more (the timer asks every five minutes).
    void sampleIfDue();
    const Items::CapacityHistory &history() const { return m_history; }
    QString file() const { return m_file; }
    bool isLoading() const { return m_loading; }
    void setIntervalMs(qint64 ms) { m_intervalMs = ms; } // an hour; shorter in tests

signals:
    void sampled();

private:
    void save();
    static bool keeping();

    Items::PoolModel *m_pools;
    Items::CapacityHistory m_history;
    QString m_file;
    QTimer m_timer;
    CapacityHistoryFile m_keptFile{QStringLiteral("hourly capacity history")};
    bool m_loading = false;
    qint64 m_intervalMs;
};

} // namespace Ui
