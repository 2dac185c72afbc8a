#pragma once

#include <QtGlobal>

namespace Kube {

// Where a connection's first list of the cluster spent its time, from the start of the watcher
// to the moment every kind was listed and decoded: what the benchmark breaks its sync figure
// into. The network part ends with the last page received; decoding runs beside it on the
// decoding threads, so the two overlap and their sum may exceed `listedMs`.
struct FirstListTimings
{
    bool measured = false;
    qint64 lastPageMs = 0; // the last page of the first lists received
    qint64 listedMs = 0;   // every kind listed and decoded (synced)
    qint64 decodeMs = 0;   // time spent decoding pages, summed over the decoding threads
    qint64 bytes = 0;      // the list pages' bodies
    int pages = 0;
};

} // namespace Kube
