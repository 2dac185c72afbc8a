#pragma once

#include <QColor>
#include <QString>

namespace Ui {

// The topology overview's colour for how full a node is (its fullest pool's used capacity): a
// sequential scale of five steps, light to dark, from a cool hue so that the health marks (red,
// amber, blue outlines with their symbols) stand out on every step. The top step starts at 85 %,
// cStor's default read-only threshold.
class CapacityScale
{
public:
    static constexpr int kSteps = 5;

    // The step of a used fraction (0..1).
    static int stepOf(double fraction);
    static QColor color(int step);
    // "< 50 %", "50–70 %", ... (translated).
    static QString label(int step);
    // The lowest fraction of a step.
    static double lowerBound(int step);
};

} // namespace Ui
