#pragma once

#include <QCoreApplication>
#include <QString>

class QCategoryAxis;

namespace Ui {

// A time axis in seconds whose ticks fall on round values (5 s, 15 s, 30 s, 1, 2, 5, 10, 15,
// 30 min, 1, 2, 6, 12 h, 1 day ...), at most kMaxTicks of them, instead of Qt's even division
// of the range (0, 22, 45, 67, 90), labelled in the unit of the step: minutes and seconds
// (1:30) below a minute's step, then minutes, hours, days; the title names the unit.
class TimeAxis
{
    Q_DECLARE_TR_FUNCTIONS(TimeAxis)

public:
    static constexpr int kMaxTicks = 7;

    // The round step for a range of `span` seconds.
    static double step(double span);
    // Sets the range, the title, and a labelled tick on each multiple of the step.
    static void fit(QCategoryAxis *axis, double from, double to);

    static QString label(double seconds, double step); // "1:30", "15", "6", "2"
    static QString title(double step);                 // "Time (min:s)", "Time (min)", ...
};

} // namespace Ui
