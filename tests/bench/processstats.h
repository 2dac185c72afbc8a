#pragma once

#include <QtGlobal>

// What Linux's /proc says of a process (0 for "self"): resident memory and CPU time used.
class ProcessStats
{
public:
    static qint64 residentKiB(qint64 pid = 0);     // VmRSS
    static qint64 peakResidentKiB(qint64 pid = 0); // VmHWM
    static double cpuSeconds(qint64 pid = 0);      // user + system
};
