#pragma once

#include "models/sim/apiserver/apirequest.h"

#include <optional>

namespace Sim {

class FaultPlan;
class ObjectStore;

// The fault plan applied to API requests (never to the control endpoint): dropped
// connections, 429 throttling, injected 500s, added latency, and a second writer that edits a
// CStorVolumeConfig just after a client read it.
class FaultInjector
{
public:
    FaultInjector(ObjectStore *store, FaultPlan *faults);

    // The connection should break with no reply at all.
    bool dropsConnection();
    // A 429 or 500 instead of the real answer; nullopt when no fault is due.
    std::optional<ApiReply> injectedReply();
    // After a successful read of a CStorVolumeConfig: maybe someone else changes it now.
    void afterReply(const ApiRequest &request, const ApiReply &reply);
    int latencyMs() const;

private:
    ObjectStore *m_store;
    FaultPlan *m_faults;

    void editAsSecondWriter(const QString &ns, const QString &name);
};

} // namespace Sim
