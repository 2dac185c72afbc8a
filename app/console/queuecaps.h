#pragma once

#include "models/migration/movelimits.h"

#include <QCommandLineOption>
#include <QCoreApplication>

#include <optional>

class VerbCommandLine;

// The caps of the verbs that run a plan of many moves (evacuate, rebalance): --max-per-pool,
// --max-per-node and --max-total, read into the engine's MoveLimits, and said in words.
class QueueCaps
{
    Q_DECLARE_TR_FUNCTIONS(QueueCaps)

public:
    QueueCaps();
    void addTo(VerbCommandLine *commandLine) const;
    // The caps given (defaults for the others), or nullopt (after printing why) when one is
    // not a whole number of at least 1.
    std::optional<Migration::MoveLimits> read(const VerbCommandLine &commandLine) const;
    // The caps in one paragraph, with why they are the lever.
    static QString text(const Migration::MoveLimits &limits);

private:
    QCommandLineOption m_perPool;
    QCommandLineOption m_perNode;
    QCommandLineOption m_total;
};
