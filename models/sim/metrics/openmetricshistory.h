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

} // namespace OpenMetricsHistory

} // namespace Sim
