#pragma once

#include "models/sim/apiserver/resourcecatalog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace Sim::WorkloadPrinters {

// kube-apiserver's server-side printers (pkg/printers/internalversion printers.go) for pods
// (printPod), nodes (printNode) and poddisruptionbudgets (printPodDisruptionBudget): their
// column definitions (Name first) and row cells. nullopt for other resources.
std::optional<QJsonArray> columns(const ResourceInfo &resource);
std::optional<QJsonArray> cells(const ResourceInfo &resource, const QJsonObject &object,
                                const QString &age);

} // namespace Sim::WorkloadPrinters
