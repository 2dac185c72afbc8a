#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

// How long the thread's event loop goes without turning: a 5 ms timer whose ticks should come
// 5 ms apart; every gap between two ticks is recorded (a gap of 80 ms is a 75 ms stall).
class StallMonitor : public QObject
{
    Q_OBJECT

public:
    static constexpr int kIntervalMs = 5;
    // Events that take this long are recorded with their receiver (see BenchApplication).
    static constexpr double kSlowEventMs = 16;

    explicit StallMonitor(QObject *parent = nullptr);

    void start(); // forgets earlier gaps
    void stop();
    // Gaps between ticks, in milliseconds.
    const QList<double> &gaps() const { return m_gaps; }
    // The longest gap and the 99th percentile, less the interval itself (0 = never stalled).
    double longestStallMs() const;
    double stallPercentileMs(double fraction) const;
    // The slowest events of the last period, one line each (empty: none as slow).
    QString slowestEvents(int count) const;

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    QList<double> m_gaps;
};
