#include "models/sim/upstream/controllerwrites.h"

#include "models/sim/store/faultplan.h"

#include <algorithm>
#include <cmath>

namespace Sim {

ControllerWrites::ControllerWrites(ObjectStore *store, FaultPlan *faults)
    : m_store(store)
    , m_faults(faults)
{
}

ObjectStore::Result ControllerWrites::update(const QString &resource,
                                             const QJsonObject &object) const
{
    if (m_faults && m_faults->takeControllerConflict()) {
        const QString name = object.value(QLatin1String("metadata"))
                                 .toObject()
                                 .value(QLatin1String("name"))
                                 .toString();
        return ApiError::conflict(resource, m_store->groupOf(resource), name);
    }
    return m_store->update(resource, object);
}

bool ControllerWrites::isConflict(const ObjectStore::Result &result)
{
    const auto *error = std::get_if<ApiError>(&result);
    return error && error->code == 409 && error->reason == QLatin1String("Conflict");
}

double RequeueBackoff::failed(const QString &key)
{
    const int failures = m_failures.value(key);
    m_failures.insert(key, failures + 1);
    return std::min(0.005 * std::pow(2.0, std::min(failures, 30)), 1000.0);
}

void RequeueBackoff::forget(const QString &key)
{
    m_failures.remove(key);
}

} // namespace Sim
