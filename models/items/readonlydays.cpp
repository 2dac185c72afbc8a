#include "models/items/readonlydays.h"

#include <algorithm>
#include <cmath>

namespace Items {

namespace {

int wholeDays(double days)
{
    return int(std::lround(std::max(days, 0.0)));
}

} // namespace

QString ReadOnlyDays::in(const std::optional<double> &days)
{
    if (!days)
        return tr("not growing");
    if (*days <= 0)
        return tr("now");
    return tr("in ~%n day(s)", nullptr, wholeDays(*days));
}

QString ReadOnlyDays::crossing(const Metrics::CapacityForecast::Crossing &crossing,
                               double horizonDays)
{
    if (crossing.reached)
        return tr("now");
    if (!crossing.days)
        return tr("not growing");
    if (*crossing.days > horizonDays)
        return tr("> %n day(s)", nullptr, wholeDays(horizonDays));
    const QString soonest =
        crossing.soonest ? QString::number(wholeDays(*crossing.soonest)) : QStringLiteral("?");
    const QString latest =
        crossing.latest ? QString::number(wholeDays(*crossing.latest)) : QStringLiteral("∞");
    return tr("in ~%n day(s) (%1–%2)", nullptr, wholeDays(*crossing.days)).arg(soonest, latest);
}

QString ReadOnlyDays::change(const std::optional<double> &before,
                             const std::optional<double> &after)
{
    const QString from = in(before);
    const QString to = in(after);
    return from == to ? from : tr("%1 → %2").arg(from, to);
}

} // namespace Items
