#pragma once

#include "models/sim/apiserver/resourcecatalog.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace Sim::ServicePrinters {

// kube-apiserver's server-side printer for services (pkg/printers/internalversion printers.go
// printService): Name, Type, Cluster-IP, External-IP, Port(s), Age and, with -o wide, Selector.
// nullopt for other resources.
std::optional<QJsonArray> columns(const ResourceInfo &resource);
std::optional<QJsonArray> cells(const ResourceInfo &resource, const QJsonObject &object,
                                const QString &age);

} // namespace Sim::ServicePrinters
