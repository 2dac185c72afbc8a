#pragma once

#include "models/sim/situations/situation.h"

#include <QList>
#include <QString>

namespace Sim {

// Every named situation the simulator can be driven into, in the order --help lists them.
class SituationCatalog
{
public:
    static const QList<Situation> &all();
    static const Situation *find(const QString &name);
    // "name  summary" lines for --help.
    static QString helpText();
};

// The situations of each family (one file each).
QList<Situation> volumeSituations();   // volumesituations.cpp
QList<Situation> poolSituations();     // poolsituations.cpp
QList<Situation> snapshotSituations(); // snapshotsituations.cpp
QList<Situation> diskSituations();     // disksituations.cpp

} // namespace Sim
