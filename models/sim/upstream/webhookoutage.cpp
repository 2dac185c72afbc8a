#include "models/sim/upstream/webhookoutage.h"

#include "models/sim/store/apierror.h"
#include "models/sim/store/faultplan.h"
#include "models/sim/store/objectstore.h"

#include <QJsonArray>

namespace Sim {

WebhookOutage::WebhookOutage(ObjectStore *store, const FaultPlan *faults)
    : m_store(store)
    , m_faults(faults)
{
}

// CO configuration.go registers CVC UPDATE; CSPC CREATE, UPDATE and DELETE; PVC CREATE and
// DELETE; namespace DELETE.
void WebhookOutage::install()
{
    m_store->addAdmissionHook([this](const QString &resource, const QJsonObject *old,
                                     const QJsonObject &) -> std::optional<ApiError> {
        if (!m_faults->webhookDown)
            return std::nullopt;
        const bool registered = (resource == QLatin1String("cstorvolumeconfigs") && old) ||
                                resource == QLatin1String("cstorpoolclusters") ||
                                resource == QLatin1String("persistentvolumeclaims");
        if (!registered)
            return std::nullopt;
        return refusal();
    });
    m_store->addDeletionHook(
        [this](const QString &resource, const QJsonObject &) -> std::optional<ApiError> {
            if (!m_faults->webhookDown)
                return std::nullopt;
            if (resource == QLatin1String("cstorpoolclusters") ||
                resource == QLatin1String("persistentvolumeclaims") ||
                resource == QLatin1String("namespaces"))
                return refusal();
            return std::nullopt;
        });
}

// k8s validating dispatcher: apierrors.NewInternalError(&ErrCallingWebhook{...}) with the
// Post's error; the service is CO's validatorServiceName in the operator's namespace.
ApiError WebhookOutage::refusal()
{
    const QString reason = QStringLiteral(
        "failed calling webhook \"admission-webhook.cstor.openebs.io\": failed to call webhook: "
        "Post \"https://openebs-cstor-admission-server.openebs.svc:443/validate?timeout=5s\": "
        "dial tcp 10.96.154.210:443: connect: connection refused");
    return ApiError{500, QStringLiteral("InternalError"),
                    QStringLiteral("Internal error occurred: %1").arg(reason),
                    QJsonObject{{QStringLiteral("causes"),
                                 QJsonArray{QJsonObject{{QStringLiteral("message"), reason}}}}}};
}

} // namespace Sim
