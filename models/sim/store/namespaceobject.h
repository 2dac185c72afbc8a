#pragma once

#include <QJsonObject>
#include <QString>

namespace Sim {

// A Namespace as the API server keeps one: Active, with the kubernetes finalizer and the
// kubernetes.io/metadata.name label.
QJsonObject namespaceObject(const QString &name);

} // namespace Sim
