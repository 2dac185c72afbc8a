#pragma once

// What every verb and the window's launcher exit with (the man page lists them).
enum ExitCode : int {
    Done = 0,       // done (or nothing to change)
    Failed = 1,     // refused or failed; the reason is on stderr
    UsageError = 2, // the command line was wrong
};
