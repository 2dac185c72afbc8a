#include "models/sim/metrics/exporterversion.h"

#include "models/sim/metrics/exposition.h"

namespace Sim::ExporterVersion {

void write(Exposition &out)
{
    out.gauge(
        "openebs_maya_exporter_version",
        "A metric with a constant '1' value labeled by commit and version from which "
        "openebs-exporter was built.",
        1,
        {{QStringLiteral("commit"), QStringLiteral("dc8e30e9014e1bc8ebb8045e7bed08e3aa27433e")},
         {QStringLiteral("version"), QStringLiteral("3.6.0")},
         {QStringLiteral("metaversion"), QString()}});
}

} // namespace Sim::ExporterVersion
