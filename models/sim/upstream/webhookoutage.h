#pragma once

#include <optional>

namespace Sim {

class ObjectStore;
class FaultPlan;
struct ApiError;

// The API server's side of a cStor admission webhook that cannot be reached (its pod down, the
// faults' webhookDown): the webhook is registered with failurePolicy Fail (CO pkg/webhook
// configuration.go), so every write it is registered for is refused with the dispatcher's
// InternalError, the CVC controller's own status writes included (a CVC has no status
// subresource).
class WebhookOutage
{
public:
    WebhookOutage(ObjectStore *store, const FaultPlan *faults);
    void install();

    static ApiError refusal();

private:
    ObjectStore *m_store;
    const FaultPlan *m_faults;
};

} // namespace Sim
