#include "ui/timeaxis.h"

#include <QValueAxis>

#include <cmath>

namespace Ui {

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

void TimeAxis::fit(QValueAxis *axis, double from, double to)
{
    const double interval = step(to - from);
    axis->setRange(from, to);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(std::ceil(from / interval) * interval);
    axis->setTickInterval(interval);
}

} // namespace Ui
