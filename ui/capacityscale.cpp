#include "ui/capacityscale.h"

#include <QCoreApplication>

#include <algorithm>

namespace Ui {

namespace {

// Where each step starts, in percent of the pool's capacity.
constexpr int kBounds[CapacityScale::kSteps] = {0, 50, 70, 80, 85};

// ColorBrewer's YlGnBu, five classes without its palest: every step is told apart from the
// window's background and from the next one, in light and dark palettes alike.
constexpr QRgb kColours[CapacityScale::kSteps] = {0xc7e9b4, 0x7fcdbb, 0x41b6c4, 0x2c7fb8, 0x253494};

} // namespace

int CapacityScale::stepOf(double fraction)
{
    const double percent = fraction * 100;
    int step = 0;
    while (step + 1 < kSteps && percent >= kBounds[step + 1])
        ++step;
    return step;
}

QColor CapacityScale::color(int step)
{
    return QColor(kColours[std::clamp(step, 0, kSteps - 1)]);
}

double CapacityScale::lowerBound(int step)
{
    return kBounds[std::clamp(step, 0, kSteps - 1)] / 100.0;
}

QString CapacityScale::label(int step)
{
    step = std::clamp(step, 0, kSteps - 1);
    if (step == 0)
        return QCoreApplication::translate("Ui::CapacityScale", "< %1 %").arg(kBounds[1]);
    if (step == kSteps - 1)
        return QCoreApplication::translate("Ui::CapacityScale", "≥ %1 %").arg(kBounds[step]);
    return QCoreApplication::translate("Ui::CapacityScale", "%1–%2 %")
        .arg(kBounds[step])
        .arg(kBounds[step + 1]);
}

} // namespace Ui
