#pragma once

#include "models/migration/queuesettings.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QJsonObject>

class VerbCommandLine;

// The options that set the queue of moves: its caps (--max-per-pool, --max-per-node,
// --max-total) and its maintenance window (--window HH:MM-HH:MM, "none" to clear it), for the
// plan verbs and `queue set`; and the caps and window in words and as JSON.
class QueueOptions
{
    Q_DECLARE_TR_FUNCTIONS(QueueOptions)

public:
    QueueOptions();
    void addTo(VerbCommandLine *commandLine) const;
    // Applies the options given on the line to *settings; false (after printing why) when a
    // cap is not a whole number of at least 1 or the window cannot be read.
    bool read(const VerbCommandLine &commandLine, Migration::QueueSettings *settings) const;
    // Whether any of them was given.
    bool anySet(const VerbCommandLine &commandLine) const;

    // The caps in one paragraph, with why they are the lever, and the window if one is set.
    static QString text(const Migration::QueueSettings &settings);
    static QJsonObject capsJson(const Migration::MoveLimits &limits);

private:
    QCommandLineOption m_perPool;
    QCommandLineOption m_perNode;
    QCommandLineOption m_total;
    QCommandLineOption m_window;
};
