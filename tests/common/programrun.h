#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// What a program the tests run (cstor-console, kubectl) exited with and wrote.
struct ProgramRun
{
    int exitCode = -1; // -1: it crashed or did not finish in time
    QString out;
    QString err;

    // For a failure: the whole output goes to the log (a failure's own message is cut at about
    // a thousand characters), the message keeps the end, where the command says why it stopped.
    QString whole() const;
};

struct ProgramOptions
{
    QProcessEnvironment environment; // empty: the test's own
    int timeoutMs = 60000;
    bool closedInput = false; // standard input from the null device: not a terminal
};

// Runs `program` and waits for it without blocking this thread's event loop, so that a
// simulator in this process keeps serving meanwhile. A program that does not finish in time is
// killed and reported as exit code -1 with no output.
ProgramRun runProgram(const QString &program, const QStringList &args,
                      const ProgramOptions &options = {});
