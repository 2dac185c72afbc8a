#pragma once

class QValueAxis;

namespace Ui {

// A time axis in seconds whose ticks fall on round values (5 s, 15 s, 30 s, 1, 2, 5, 10, 15,
// 30 min, 1, 2, 6, 12 h, 1 day ...), at most kMaxTicks of them, instead of Qt's even division
// of the range (0, 22, 45, 67, 90).
class TimeAxis
{
public:
    static constexpr int kMaxTicks = 7;

    // The round step for a range of `span` seconds.
    static double step(double span);
    // Sets the range and puts the ticks on multiples of the step.
    static void fit(QValueAxis *axis, double from, double to);
};

} // namespace Ui
