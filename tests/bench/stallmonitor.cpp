#include "tests/bench/stallmonitor.h"

#include "tests/bench/benchapplication.h"
#include "tests/bench/figuretable.h"

#include <algorithm>

StallMonitor::StallMonitor(QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const qint64 now = m_clock.nsecsElapsed();
        m_gaps.append(double(now - m_lastNs) / 1e6);
        m_lastNs = now;
    });
}

void StallMonitor::start()
{
    m_gaps.clear();
    m_clock.start();
    m_lastNs = 0;
    m_timer.start();
    if (BenchApplication *app = BenchApplication::instance())
        app->startRecording(kSlowEventMs);
}

void StallMonitor::stop()
{
    m_timer.stop();
    if (BenchApplication *app = BenchApplication::instance())
        app->stopRecording();
}

QString StallMonitor::slowestEvents(int count) const
{
    const BenchApplication *app = BenchApplication::instance();
    if (!app)
        return {};
    QStringList lines;
    for (const BenchApplication::SlowEvent &event : app->slowestEvents(count))
        lines.append(QStringLiteral("  %1 ms: %2").arg(event.ms, 0, 'f', 1).arg(event.what));
    return lines.join(QLatin1Char('\n'));
}

double StallMonitor::longestStallMs() const
{
    if (m_gaps.isEmpty())
        return 0;
    return std::max(0.0, *std::max_element(m_gaps.cbegin(), m_gaps.cend()) - kIntervalMs);
}

double StallMonitor::stallPercentileMs(double fraction) const
{
    if (m_gaps.isEmpty())
        return 0;
    return std::max(0.0, FigureTable::percentile(m_gaps, fraction) - kIntervalMs);
}
