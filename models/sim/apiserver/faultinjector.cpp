#include "models/sim/apiserver/faultinjector.h"

#include "models/sim/store/faultplan.h"
#include "models/sim/store/objectstore.h"

namespace Sim {

FaultInjector::FaultInjector(ObjectStore *store, FaultPlan *faults)
    : m_store(store)
    , m_faults(faults)
{
}

bool FaultInjector::dropsConnection()
{
    return m_faults->takeDrop();
}

std::optional<ApiReply> FaultInjector::injectedReply()
{
    if (m_faults->takeThrottle()) {
        ApiReply reply = ApiReply::status(
            {429, QStringLiteral("TooManyRequests"),
             QStringLiteral("too many requests, please try again later"),
             QJsonObject{{QStringLiteral("retryAfterSeconds"), m_faults->retryAfterSeconds}}});
        reply.headers.append(
            {QByteArrayLiteral("Retry-After"), QByteArray::number(m_faults->retryAfterSeconds)});
        return reply;
    }
    if (m_faults->takeFailure())
        return ApiReply::status(ApiError::internal(QStringLiteral("injected fault")));
    return std::nullopt;
}

void FaultInjector::afterReply(const ApiRequest &request, const ApiReply &reply)
{
    if (reply.code == 200 && request.method == QLatin1String("GET") &&
        request.segments.size() == 7 &&
        request.segments.at(5) == QLatin1String("cstorvolumeconfigs") &&
        m_faults->takeSecondWrite())
        editAsSecondWriter(request.segments.at(4), request.segments.at(6));
}

int FaultInjector::latencyMs() const
{
    return m_faults->latencyMs;
}

// Someone else (another operator's kubectl edit, a controller) changes the CVC just after a
// client read it.
void FaultInjector::editAsSecondWriter(const QString &ns, const QString &name)
{
    std::optional<QJsonObject> object =
        m_store->get(QStringLiteral("cstorvolumeconfigs"), ns, name);
    if (!object)
        return;
    QJsonObject metadata = object->value(QLatin1String("metadata")).toObject();
    QJsonObject annotations = metadata.value(QLatin1String("annotations")).toObject();
    const QString key = QStringLiteral("sim.cstor.openebs.io/second-writer");
    annotations.insert(key, QString::number(annotations.value(key).toString().toInt() + 1));
    metadata.insert(QStringLiteral("annotations"), annotations);
    metadata.remove(QStringLiteral("resourceVersion"));
    object->insert(QStringLiteral("metadata"), metadata);
    m_store->update(QStringLiteral("cstorvolumeconfigs"), *object);
}

} // namespace Sim
