#pragma once

namespace Sim {

class Exposition;

// The build the simulated exporters pretend to be: openebs/m-exporter v3.6.0 (whose tags v3.0.0
// to v3.6.0 all name one commit).
namespace ExporterVersion {

// `openebs_maya_exporter_version{commit,version,metaversion} 1`, which both modes export
// (pkg/version NewVersionCollector("maya_exporter")).
void write(Exposition &out);

} // namespace ExporterVersion

} // namespace Sim
