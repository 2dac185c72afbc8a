#pragma once

#include <QString>

class QIODevice;

namespace Sim {

class IoHistory;
class PoolHistory;

// A pool history as the pool exporters' series would have stored it, in the OpenMetrics text
// format that `promtool tsdb create-blocks-from openmetrics` backfills: the families
// openebs_pool_size, openebs_used_pool_capacity, openebs_free_pool_capacity and
// openebs_used_pool_capacity_percent (m-exporter's HELP texts, gauges), one series per pool and
// family with the labels its scrape gives it (ExporterIdentity::ofPool), a sample at every time of
// the history (in seconds), a family's series together, each series in time order, `# EOF` last.
// Values as `zpool list -Hp` has them: bytes and a whole percent (used * 100 / size, truncated).
namespace OpenMetricsHistory {

// Writes it in pieces (30 days of 3,000 pools is about 100 million lines); false with *error
// set when the device refuses a write.
// With `io`, the volumes' and replicas' I/O counters over the same times come before `# EOF`.
bool write(const PoolHistory &history, QIODevice *out, QString *error,
           const IoHistory *io = nullptr);

// A part of it, a file of its own (HistoryParts): the pool families' series of `pools` pools from
// `firstPool` (-1: all of them; 0: no pool family), then with `io` the I/O series of `volumes`
// volumes from `firstVolume` (-1: all of them) and of their replicas, then `# EOF`.
struct Part
{
    qsizetype firstPool = 0;
    qsizetype pools = -1;
    const IoHistory *io = nullptr;
    qsizetype firstVolume = 0;
    qsizetype volumes = -1;
};
bool write(const PoolHistory &history, const Part &part, QIODevice *out, QString *error);

} // namespace OpenMetricsHistory

} // namespace Sim
