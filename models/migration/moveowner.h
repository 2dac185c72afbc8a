#pragma once

#include <QString>

namespace Migration {

// Which console process runs a move: "host:pid", written with each journal entry, so that a
// console resumes only the moves whose process is gone and never runs a move a live console
// still runs.
class MoveOwner
{
public:
    static QString current();
    // Whether `owner` is this process or another cstor-console process alive on this host.
    // An owner on another host (a journal on a shared home) counts as alive: it cannot be
    // checked from here.
    static bool isAlive(const QString &owner);
    static bool isCurrent(const QString &owner) { return owner == current(); }
    // Another console process, alive: the move is its to run, not this one's to resume.
    static bool runsElsewhere(const QString &owner) { return !isCurrent(owner) && isAlive(owner); }
    // The process id of an owner on this host, 0 otherwise.
    static qint64 processId(const QString &owner);
};

} // namespace Migration
