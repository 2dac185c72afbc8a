#include "models/cstor/disruptionbudget.h"

#include <QJsonArray>

namespace Cstor {

bool DisruptionBudget::fromJson(const QJsonObject &object, DisruptionBudget *out, QString *error)
{
    DisruptionBudget budget;
    if (!ObjectMeta::decode(object.value(QLatin1String("metadata")).toObject(), &budget.meta,
                            error))
        return false;
    const QJsonArray expressions = object.value(QLatin1String("spec"))
                                       .toObject()
                                       .value(QLatin1String("selector"))
                                       .toObject()
                                       .value(QLatin1String("matchExpressions"))
                                       .toArray();
    for (const QJsonValue &value : expressions) {
        const QJsonObject expression = value.toObject();
        if (expression.value(QLatin1String("key")).toString() !=
                QLatin1String("openebs.io/cstor-pool-instance") ||
            expression.value(QLatin1String("operator")).toString() != QLatin1String("In"))
            continue;
        for (const QJsonValue &pool : expression.value(QLatin1String("values")).toArray())
            budget.pools << pool.toString();
    }
    const QJsonObject status = object.value(QLatin1String("status")).toObject();
    budget.hasStatus = status.contains(QLatin1String("disruptionsAllowed"));
    budget.disruptionsAllowed = status.value(QLatin1String("disruptionsAllowed")).toInt();
    budget.currentHealthy = status.value(QLatin1String("currentHealthy")).toInt();
    budget.desiredHealthy = status.value(QLatin1String("desiredHealthy")).toInt();
    budget.expectedPods = status.value(QLatin1String("expectedPods")).toInt();
    *out = std::move(budget);
    return true;
}

} // namespace Cstor
