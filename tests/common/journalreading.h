#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

// The consoles' migration journal (JSON lines, append-only) as the kill tests read it after the
// fact: the last state written for each move, and the lines that do not read as a journal line
// (a JSON object that is either a queue record or a move's entry with an id and a state).
struct JournalReading
{
    QHash<QString, QString> lastState; // by move id
    QHash<QString, QString> volumeOf;  // by move id
    QHash<QString, QString> lastOwner; // by move id: the console that wrote its last state
    QHash<QString, int> entriesBy;     // how many entries each console ("host:pid") wrote
    QStringList order;                 // move ids, as first written
    QStringList unreadable;            // "line N: text"
    int lines = 0;

    static JournalReading read(const QString &path);

    // How many moves are in each last state.
    QHash<QString, int> counts() const;
    int count(const QString &state) const { return counts().value(state); }
    // The moves whose last state is neither Done nor RolledBack, as "id volume state".
    QStringList notEnded() const;
    // The moves of `volume` not in `known`, in the order they were first written.
    QStringList movesOf(const QString &volume, const QStringList &known = {}) const;
    static bool isFinal(const QString &state);
};
