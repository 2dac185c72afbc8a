#pragma once

#include <QString>

namespace Cstor {

// A duration as kubectl prints ages (apimachinery's HumanDuration): "45s", "3m20s", "5h",
// "2d3h", "1y20d"; "<invalid>" for clearly negative durations.
QString formatAge(qint64 milliseconds);

} // namespace Cstor
