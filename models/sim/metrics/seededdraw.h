#pragma once

#include <QStringView>
#include <QtGlobal>

// Reproducible draws for the simulated history: the same numbers on every platform and in every
// run for the same inputs (no process-seeded qHash, no library-defined distributions).
namespace Sim::SeededDraw {

// SplitMix64's finaliser: well-spread bits from any input.
quint64 mix(quint64 x);
// FNV-1a over the UTF-16 code units.
quint64 hashOf(QStringView text);
// The top 53 bits as a number in [0, 1).
double unit(quint64 bits);

} // namespace Sim::SeededDraw
