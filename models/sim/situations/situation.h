#pragma once

#include <QList>
#include <QString>

#include <functional>
#include <variant>

namespace Sim {

class SimCluster;

// One step on the way into a situation: something done to the cluster (an edit as an operator
// would make it, a fault), then what must be true before the next step.
struct SituationStep
{
    QString what;                              // for progress and errors
    std::function<QString(SimCluster &)> act;  // an error, empty when done; may be null
    std::function<bool(SimCluster &)> reached; // null: the step is reached at once
    double withinSimulatedSeconds = 3600;      // else the situation fails at this step
};

using SituationScript = QList<SituationStep>;

// A named failure an operator meets, reached from the cluster as it is: `cstor-sim --situation
// NAME` and POST /sim/v1/situation. plan() picks the objects it needs from the loaded cluster
// (any scenario with enough nodes and pools), or says why this cluster cannot have it.
struct Situation
{
    QString name;
    QString summary; // one line for --help and the control endpoint
    std::function<std::variant<SituationScript, QString>(SimCluster &)> plan;
};

} // namespace Sim
