#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace Sim::ExporterIdentity {

// A series' labels in the order they are written.
using Labels = QList<QPair<QString, QString>>;

// The labels a pool exporter's series carry once scraped by the openebs-monitoring chart's
// PodMonitor (relabelings `cstor_pool` from the pod label openebs.io/cstor-pool-instance,
// `storage_pool_claim` from openebs.io/cstor-pool-cluster) and prometheus-operator's target
// labels (namespace, pod, job).
Labels ofPool(const QString &ns, const QString &cspi, const QString &cspc, const QString &pod);

// The labels a volume target exporter's series carry once scraped by the chart's ServiceMonitor
// (`openebs_pv`, `openebs_pvc` from the pod labels, `openebs_cas_type` from the service's) and
// prometheus-operator's target labels (namespace, pod, service, job).
Labels ofVolume(const QString &ns, const QString &pv, const QString &pvc, const QString &pod);

// `{a="b",c="d"}` with the exposition format's escapes; empty for no labels.
QByteArray render(const Labels &labels);

} // namespace Sim::ExporterIdentity
