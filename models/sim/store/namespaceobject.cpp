#include "models/sim/store/namespaceobject.h"

#include <QJsonArray>

namespace Sim {

QJsonObject namespaceObject(const QString &name)
{
    return QJsonObject{
        {QStringLiteral("apiVersion"), QStringLiteral("v1")},
        {QStringLiteral("kind"), QStringLiteral("Namespace")},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("name"), name},
                     {QStringLiteral("labels"),
                      QJsonObject{{QStringLiteral("kubernetes.io/metadata.name"), name}}}}},
        {QStringLiteral("spec"),
         QJsonObject{{QStringLiteral("finalizers"), QJsonArray{QStringLiteral("kubernetes")}}}},
        {QStringLiteral("status"),
         QJsonObject{{QStringLiteral("phase"), QStringLiteral("Active")}}}};
}

} // namespace Sim
