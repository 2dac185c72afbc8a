#pragma once

#include "models/sim/apiserver/resourcecatalog.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace Sim::StoragePrinters {

// kube-apiserver's server-side printers for persistentvolumes (printPersistentVolume) and
// persistentvolumeclaims (printPersistentVolumeClaim), pkg/printers/internalversion printers.go
// as of 1.32, the version the simulator reports by default: their column definitions (Name
// first, VolumeAttributesClass since 1.29, VolumeMode only with -o wide) and row cells.
// nullopt for other resources.
std::optional<QJsonArray> columns(const ResourceInfo &resource);
std::optional<QJsonArray> cells(const ResourceInfo &resource, const QJsonObject &object,
                                const QString &age);

} // namespace Sim::StoragePrinters
