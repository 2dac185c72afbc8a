#pragma once

#include "models/sim/store/apierror.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Sim {

class ObjectStore;

// The cStor admission webhook "admission-webhook.cstor.openebs.io" (CSTOR-CONTROLLERS.md §6):
// CVC UPDATE rules (code 400), the CSPC UPDATE pool-removal and CSPC DELETE rules (code 422),
// with upstream's
// messages. Installed as an ObjectStore admission hook, so it sees user and controller writes
// alike (CVC has no status subresource).
class AdmissionWebhook
{
public:
    explicit AdmissionWebhook(ObjectStore *store);

    void install(); // adds the hook to the store
    void setEnabled(bool enabled) { m_enabled = enabled; }
    // The webhook's pod is not serving: with failurePolicy Fail the apiserver refuses every
    // request the webhook's rules match (CSPC CREATE/UPDATE/DELETE, CVC UPDATE) with callFailure().
    void setDown(bool down) { m_down = down; }
    bool isDown() const { return m_down; }
    // The apiserver's answer when it cannot call the webhook: 500 InternalError
    // "Internal error occurred: failed calling webhook \"admission-webhook.cstor.openebs.io\":
    // ...".
    static ApiError callFailure();

    std::optional<ApiError> review(const QString &resource, const QJsonObject *old,
                                   const QJsonObject &proposed) const;

    // The reason (without the apiserver's prefix) a CVC update is denied; empty: allowed.
    static QString validateCvcUpdate(const QJsonObject &oldCvc, const QJsonObject &newCvc);

private:
    std::optional<ApiError> validateCspcUpdate(const QJsonObject &oldCspc,
                                               const QJsonObject &newCspc) const;
    // CSPC DELETE: refused while any CVR sits on one of its pools.
    std::optional<ApiError> validateCspcDelete(const QJsonObject &cspc) const;
    // 422 "<prefix>: volume still exists on pool <cspi>" if a CVR is on the pool.
    std::optional<ApiError> refuseIfPoolHoldsVolumes(const QString &cspiName,
                                                     const QString &prefix) const;

    ObjectStore *m_store;
    bool m_enabled = true;
    bool m_down = false;
};

} // namespace Sim
