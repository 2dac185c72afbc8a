#pragma once

#include "app/console/moveoptions.h"
#include "models/migration/movelimits.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

class VerbCommandLine;

// The options of the verbs that run a plan of many moves (evacuate, drain, rebalance):
// --dry-run, --yes, --wait, the queue's caps (--max-per-pool, --max-per-node, --max-total,
// read into the engine's MoveLimits) and -o; and the caps in words and as JSON.
class PlanOptions
{
    Q_DECLARE_TR_FUNCTIONS(PlanOptions)

public:
    struct Values
    {
        Migration::MoveLimits limits;
        bool dryRun = false;
        bool yes = false;
        bool json = false; // -o json
    };

    PlanOptions();
    void addTo(VerbCommandLine *commandLine) const;
    // What the parsed line says, or nullopt (after printing why) when a cap is not a whole
    // number of at least 1 or -o names another format.
    std::optional<Values> read(const VerbCommandLine &commandLine) const;

    // The caps in one paragraph, with why they are the lever.
    static QString capsText(const Migration::MoveLimits &limits);
    static QJsonObject capsJson(const Migration::MoveLimits &limits);

private:
    MoveOptions m_move;
    QCommandLineOption m_perPool;
    QCommandLineOption m_perNode;
    QCommandLineOption m_total;
};
