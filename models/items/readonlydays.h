#pragma once

#include "models/metrics/capacityforecast.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Items {

// When a pool goes read-only, in words, one way everywhere: the forecast verb, the Pools table,
// the forecast chart and the plans' capacity tables.
class ReadOnlyDays
{
    Q_DECLARE_TR_FUNCTIONS(Items::ReadOnlyDays)

public:
    // "in ~12 days"; "now" at 0 or less; "not growing" when unset (the pool does not grow).
    static QString in(const std::optional<double> &days);
    // A forecast's crossing with its band: "in ~12 days (10–15)", "now", "not growing", or
    // "> 30 days" past the horizon.
    static QString crossing(const Metrics::CapacityForecast::Crossing &crossing,
                            double horizonDays);
    // What a plan does to it: "in ~9 days → in ~41 days", or one of them when they agree.
    static QString change(const std::optional<double> &before, const std::optional<double> &after);
};

} // namespace Items
