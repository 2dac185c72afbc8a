#include "models/sim/metrics/exporteridentity.h"

namespace Sim::ExporterIdentity {

Labels ofPool(const QString &ns, const QString &cspi, const QString &cspc, const QString &pod)
{
    return {{QStringLiteral("cstor_pool"), cspi},
            {QStringLiteral("job"), QStringLiteral("openebs-pool-exporter")},
            {QStringLiteral("namespace"), ns},
            {QStringLiteral("pod"), pod},
            {QStringLiteral("storage_pool_claim"), cspc}};
}

Labels ofVolume(const QString &ns, const QString &pv, const QString &pvc, const QString &pod)
{
    return {{QStringLiteral("job"), QStringLiteral("openebs-volume-exporter")},
            {QStringLiteral("namespace"), ns},
            {QStringLiteral("openebs_cas_type"), QStringLiteral("cstor")},
            {QStringLiteral("openebs_pv"), pv},
            {QStringLiteral("openebs_pvc"), pvc},
            {QStringLiteral("pod"), pod},
            {QStringLiteral("service"), pv}};
}

QByteArray render(const Labels &labels)
{
    if (labels.isEmpty())
        return QByteArray();
    QByteArray out("{");
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (i > 0)
            out += ',';
        out += labels.at(i).first.toUtf8();
        out += "=\"";
        for (const char c : labels.at(i).second.toUtf8()) {
            if (c == '\\')
                out += "\\\\";
            else if (c == '"')
                out += "\\\"";
            else if (c == '\n')
                out += "\\n";
            else
                out += c;
        }
        out += '"';
    }
    out += '}';
    return out;
}

} // namespace Sim::ExporterIdentity
