#include "ui/timeaxis.h"

#include <QCategoryAxis>

#include <cmath>

namespace Ui {

namespace {
constexpr double kMinute = 60;
constexpr double kHour = 3600;
constexpr double kDay = 86400;
} // namespace

double TimeAxis::step(double span)
{
    static const double kSteps[] = {
        1,     2,      5,      10,    15,    30,   // seconds
        60,    120,    300,    600,   900,   1800, // minutes
        3600,  7200,   10800,  21600, 43200,       // hours
        86400, 172800, 604800,                     // days, a week
    };
    for (const double candidate : kSteps) {
        if (span / candidate <= kMaxTicks - 1)
            return candidate;
    }
    // Beyond weeks: whole weeks.
    return std::ceil(span / (kMaxTicks - 1) / 604800) * 604800;
}

QString TimeAxis::label(double seconds, double step)
{
    const qint64 whole = qRound64(seconds);
    if (step < kMinute) {
        // Earlier runs' history lies before 0: -1:30, not -1:-30.
        const qint64 magnitude = qAbs(whole);
        return QStringLiteral("%1%2:%3")
            .arg(whole < 0 ? QStringLiteral("-") : QString())
            .arg(magnitude / 60)
            .arg(magnitude % 60, 2, 10, QLatin1Char('0'));
    }
    if (step < kHour)
        return QString::number(whole / 60);
    if (step < kDay)
        return QString::number(whole / 3600);
    return QString::number(whole / 86400);
}

QString TimeAxis::title(double step)
{
    if (step < kMinute)
        return tr("Time (min:s)");
    if (step < kHour)
        return tr("Time (min)");
    if (step < kDay)
        return tr("Time (h)");
    return tr("Time (days)");
}

void TimeAxis::fit(QCategoryAxis *axis, double from, double to)
{
    const double interval = step(to - from);
    axis->setRange(from, to);
    axis->setTitleText(title(interval));
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (const QString &category : axis->categoriesLabels())
        axis->remove(category);
    axis->setStartValue(from);
    for (double tick = std::ceil(from / interval) * interval; tick <= to + 1e-9; tick += interval)
        axis->append(label(tick, interval), tick);
}

} // namespace Ui
