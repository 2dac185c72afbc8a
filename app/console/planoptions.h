#pragma once

#include "app/console/moveoptions.h"
#include "app/console/queueoptions.h"
#include "models/migration/queuesettings.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

class VerbCommandLine;

// The options of the verbs that run a plan of many moves (evacuate, drain, rebalance):
// --dry-run, --yes, --wait, the queue's caps and window (QueueOptions, read into the settings
// the plan's queue runs with) and -o.
class PlanOptions
{
    Q_DECLARE_TR_FUNCTIONS(PlanOptions)

public:
    struct Values
    {
        Migration::QueueSettings queue; // caps and window; never paused
        bool dryRun = false;
        bool yes = false;
        bool json = false; // -o json
    };

    PlanOptions();
    void addTo(VerbCommandLine *commandLine) const;
    // What the parsed line says, or nullopt (after printing why) when a cap is not a whole
    // number of at least 1, the window cannot be read or -o names another format.
    std::optional<Values> read(const VerbCommandLine &commandLine) const;

private:
    MoveOptions m_move;
    QueueOptions m_queue;
};
