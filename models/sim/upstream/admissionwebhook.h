#pragma once

#include "models/sim/store/apierror.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Sim {

class ObjectStore;

// The cStor admission webhook "admission-webhook.cstor.openebs.io" (CSTOR-CONTROLLERS.md §6):
// CVC UPDATE rules (code 400), the CSPC UPDATE rules (code 422: the block devices of every pool,
// pool removal, raid group edits and block device replacement, which also creates the new block
// device's claim) and CSPC DELETE rules, with upstream's messages. Installed as an ObjectStore
// admission hook, so it sees user and controller writes alike (CVC has no status subresource).
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
    // The cluster has NDM objects (BlockDevices) in the namespace: the block device checks run.
    bool ndmModelled(const QString &ns) const;
    // cspcValidation's block device checks of every pool (blockDeviceValidation): the reason,
    // without "invalid pool spec: ", or empty.
    QString validatePoolBlockDevices(const QString &ns, const QString &cspcName,
                                     const QJsonArray &pools) const;
    // createBDC of an accepted replacement: the error text, or empty.
    QString createClaim(const QJsonObject &oldCspc, const QJsonObject &newCspc,
                        const QString &newBd, const QString &oldBd) const;
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
